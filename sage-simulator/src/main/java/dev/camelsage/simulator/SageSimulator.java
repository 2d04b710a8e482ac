package dev.camelsage.simulator;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory, stateful simulator of the Sage Business Cloud Accounting API v2.0.0 (South Africa), strict where the
 * real API is strict: auth, Content-Type, quotas and blocks, validation, 404/405/409 shapes, OData paging.
 * <pre>
 * try (SageSimulator sage = SageSimulator.builder().start()) {
 *     String url = sage.baseUrl() + "/api/2.0.0/Customer/Get?apikey=" + SageSimulator.DEMO_API_KEY + "&amp;companyid=1";
 * }
 * </pre>
 */
public final class SageSimulator implements AutoCloseable {

    public static final String DEMO_USERNAME = "demo@camelsage.dev";
    public static final String DEMO_PASSWORD = "demo-password";
    /** Issued with braces like Sage's keys, and expected so (URL-encoded or not); see {@link Builder#acceptBareApiKey}. */
    public static final String DEMO_API_KEY = "{8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b}";
    /** "Demo Trading (Pty) Ltd", with realistic data. */
    public static final long DEMO_COMPANY_ID = 1;
    /** "Karoo Consulting CC", also visible to the demo user, with a small seed. */
    public static final long SECOND_COMPANY_ID = 2;

    static {
        // Without TCP_NODELAY small answers wait for delayed ACKs (~40 ms each); must be set before the server class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Builder config;
    private final Behaviour behaviour;
    private final SimulatorClock clock;
    private final Journal journal = new Journal();
    private final Outbox outbox = new Outbox();
    private final Faults faults;
    private final Store store;
    private final QuotaTracker quota;
    private final Users users;
    private HttpServer server;
    private ExecutorService executor;
    private ApiController controller;
    private String baseUrl;

    private SageSimulator(Builder config) {
        this.config = config;
        this.behaviour = new Behaviour(config.region, config.acceptBareApiKey, config.emptyModifiedOnCreate,
                config.stringFilters, config.taxPercentageFraction, config.deleteOverrides);
        this.clock = config.clock;
        this.store = new Store(clock, behaviour.emptyModifiedOnCreate());
        this.quota = new QuotaTracker(config.quota);
        this.faults = new Faults(clock, quota);
        this.users = new Users(config.users);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the server and seeds the data; returns this. */
    public synchronized SageSimulator start() {
        if (server != null) {
            throw new IllegalStateException("The simulator is already running at " + baseUrl);
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + config.port
                    + "; choose another port or 0 for a free one", e);
        }
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        controller = new ApiController(store, baseUrl, behaviour, outbox);
        Authenticator authenticator = new Authenticator(users, Set.copyOf(config.apiKeys), quota, behaviour.acceptBareApiKey());
        server.createContext("/", new SageHttpHandler(clock, journal, faults, authenticator, quota, controller, behaviour,
                baseUrl));
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(config.threads, r -> {
            Thread t = new Thread(r, "sage-simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        seed();
        server.start();
        return this;
    }

    public String baseUrl() {
        requireStarted();
        return baseUrl;
    }

    public int port() {
        requireStarted();
        return server.getAddress().getPort();
    }

    public SimulatorClock clock() {
        return clock;
    }

    public Journal journal() {
        return journal;
    }

    public Faults faults() {
        return faults;
    }

    public Store store() {
        return store;
    }

    /** The logins, e.g. to change a password while a route runs. */
    public Users users() {
        return users;
    }

    /** The emails the Email methods would have sent. */
    public Outbox outbox() {
        return outbox;
    }

    public Region region() {
        return behaviour.region();
    }

    /** Whether this simulator offers {@code {service}/Delete/{id}}: the catalog's decision unless the builder switched it. */
    public boolean supportsDelete(String service) {
        return behaviour.operations(ServiceCatalog.require(service)).contains(Operation.DELETE);
    }

    /** Changes the limits at run time; counters and blocks are kept. */
    public void quota(QuotaSettings settings) {
        quota.settings(Objects.requireNonNull(settings, "settings"));
    }

    /** Back to the freshly seeded state: data, journal, outbox, faults, quota settings, counters, blocks and passwords. */
    public synchronized void reset() {
        requireStarted();
        store.clear();
        journal.clear();
        outbox.clear();
        faults.clear();
        quota.clear();
        quota.settings(config.quota);
        users.reset();
        seed();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private void seed() {
        Set<Long> companies = new TreeSet<>();
        users.all().forEach(u -> companies.addAll(u.companyIds()));
        DemoData.seed(store, controller, behaviour.region(), companies, config.seedDemo);
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("The simulator is not running; call start() first");
        }
    }

    /** Configures a simulator; every option has the default a strict test wants. */
    public static final class Builder {
        private int port;
        private SimulatorClock clock = SimulatorClock.system();
        private QuotaSettings quota = QuotaSettings.sage();
        private boolean seedDemo = true;
        private int threads = 16;
        private final Map<String, UserAccount> users = new LinkedHashMap<>();
        private final Set<String> apiKeys = new LinkedHashSet<>();
        private Region region = Region.ZA;
        private boolean acceptBareApiKey;
        private boolean emptyModifiedOnCreate = true;
        private StringFilters stringFilters = StringFilters.REFUSE;
        private boolean taxPercentageFraction;
        private final Map<String, Boolean> deleteOverrides = new LinkedHashMap<>();

        private Builder() {
            user(DEMO_USERNAME, DEMO_PASSWORD, DEMO_COMPANY_ID, SECOND_COMPANY_ID);
            apiKey(DEMO_API_KEY);
        }

        /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port must be 0..65535, not " + port);
            }
            this.port = port;
            return this;
        }

        public Builder clock(SimulatorClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Limits to enforce; Sage's documented ones by default. */
        public Builder quota(QuotaSettings quota) {
            this.quota = Objects.requireNonNull(quota, "quota");
            return this;
        }

        /** Whether companies 1 and 2 get demo data (default true); without it they exist but are empty. */
        public Builder seedDemo(boolean seedDemo) {
            this.seedDemo = seedDemo;
            return this;
        }

        /** Adds (or replaces) a login that can see the given companies; companies that do not exist yet are created empty. */
        public Builder user(String username, String password, long... companyIds) {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            List<Long> ids = new ArrayList<>();
            for (long id : companyIds) {
                if (id <= 0) {
                    throw new IllegalArgumentException("Company IDs are positive, not " + id);
                }
                ids.add(id);
            }
            users.put(username.toLowerCase(Locale.ROOT), new UserAccount(username, password, Set.copyOf(ids)));
            return this;
        }

        /** Another valid API key (registered with or without braces; requests must still send them, as Sage's do). */
        public Builder apiKey(String apiKey) {
            apiKeys.add(ApiKeys.normalise(Objects.requireNonNull(apiKey, "apiKey")));
            return this;
        }

        /** Sage's country: ZA (the default: VAT 15 %, "Standard Rate") or AU (GST 10 %); the seed's tax types follow it. */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Whether a key sent without its braces is accepted (default false: 401 with {@code X-APIKey: Invalid}, as for
         * an unknown key). Sage issues keys braced and clients that strip them fail in production (darrynten PR #67).
         */
        public Builder acceptBareApiKey(boolean accept) {
            this.acceptBareApiKey = accept;
            return this;
        }

        /**
         * Whether a new record's Modified stays empty (left out of answers) until its first update (default true). The
         * Help pages type Created as a date and Modified as a nullable date, which only makes sense if it can be empty;
         * no capture shows a fresh record. Services without timestamps (JournalEntry, ...) have neither either way.
         */
        public Builder emptyModifiedOnCreate(boolean empty) {
            this.emptyModifiedOnCreate = empty;
            return this;
        }

        /** Whether $filter and $orderby on strings are refused (the default, as Sage documents) or evaluated. */
        public Builder stringFilters(StringFilters mode) {
            this.stringFilters = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Whether a document line's TaxPercentage is a fraction, 0.15 (default false: 15, the tax type's Percentage). */
        public Builder lineTaxPercentageAsFraction(boolean fraction) {
            this.taxPercentageFraction = fraction;
            return this;
        }

        /**
         * Switches {@code {service}/Delete/{id}} on or off against {@link ServiceCatalog#supportsDelete}, for services
         * whose Delete the evidence leaves open (Quote, SalesOrder, CustomerReceipt, ...).
         */
        public Builder deleteSupported(String service, boolean supported) {
            ServiceSchema schema = ServiceCatalog.require(service);
            if (schema.kind() == EntityKind.FUNCTION || schema.kind() == EntityKind.ATTACHMENT || schema.kind() == EntityKind.COMPANY) {
                throw new IllegalArgumentException(schema.name() + " has no entities to delete by ID");
            }
            deleteOverrides.put(schema.name().toLowerCase(Locale.ROOT), supported);
            return this;
        }

        /** Worker threads serving requests (default 16). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("At least one thread is needed, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        public SageSimulator build() {
            return new SageSimulator(this);
        }

        /** Builds and starts. */
        public SageSimulator start() {
            return build().start();
        }
    }
}

package dev.camelsage.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.hazelcast.HazelcastSageQuotaStore;
import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.Reservation;
import dev.camelsage.sage.quota.SageQuotaStore;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What sharing one Sage quota through Hazelcast costs and gives, from one run against the simulator, with three
 * Hazelcast members in this JVM talking over loopback TCP (so two thirds of the keys are owned by another member, as
 * in a real three-replica cluster):
 * <ol>
 * <li>added latency: the same sequential {@code sage:taxType} calls through a component on the in-memory store and
 * on the Hazelcast store, quota not binding, rounds alternating; and the cost of one reserve + release pair on each
 * store alone;</li>
 * <li>aggregate quota use: three CamelContexts (as three replicas) hammering one company with Sage's quota
 * compressed to 100 requests per 2 s, first each with its own in-memory store (what three replicas do today), then
 * all on the Hazelcast store.</li>
 * </ol>
 * Run: {@code mvn -B -Pbench -pl benchmarks -am package -DskipTests -Dbench=HazelcastQuotaBenchmark
 * [-Dbench.args="20 400 5"]} (seconds per load run, calls per latency round, rounds).
 */
public final class HazelcastQuotaBenchmark {

    static final int LIMIT = 100;
    static final Duration PERIOD = Duration.ofSeconds(2);
    static final int REPLICAS = 3;
    static final int THREADS_PER_REPLICA = 4;

    record Load(String name, int accepted, int rateLimited, int mostInAWindow, double quotaUsed) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Duration run = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 20);
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String clusterName = "camel-sage-bench-" + UUID.randomUUID();
        List<HazelcastInstance> members = new ArrayList<>();
        try (SageSimulator sage = SageSimulator.builder().quota(QuotaSettings.unlimited()).start()) {
            for (int i = 0; i < REPLICAS; i++) {
                members.add(Hazelcast.newHazelcastInstance(member(clusterName)));
            }
            double[] memoryMicros = new double[rounds];
            double[] hazelcastMicros = new double[rounds];
            SageQuotaStore memory = new InMemorySageQuotaStore();
            SageQuotaStore shared = new HazelcastSageQuotaStore(members.get(0));
            latency(sage, memory, calls);
            latency(sage, shared, calls);
            for (int round = 0; round < rounds; round++) {
                memoryMicros[round] = latency(sage, memory, calls);
                hazelcastMicros[round] = latency(sage, shared, calls);
            }
            double memoryPair = storePair(memory, 20_000);
            double sharedPair = storePair(shared, 20_000);

            // A fresh journal, day count and block for each load run; the components get fresh stores.
            QuotaSettings quota = QuotaSettings.sage().withWindow(LIMIT, PERIOD).withDaily(Integer.MAX_VALUE)
                    .withBlockDuration(Duration.ofSeconds(30));
            sage.reset();
            sage.quota(quota);
            Load separate = load("3 instances, each its own in-memory store", sage, run, InMemorySageQuotaStore::new);
            sage.reset();
            sage.quota(quota);
            int[] next = {0};
            Load together = load("3 instances, one Hazelcast store", sage, run,
                    () -> new HazelcastSageQuotaStore(members.get(next[0]++ % REPLICAS)));

            double memoryMedian = median(memoryMicros);
            double hazelcastMedian = median(hazelcastMicros);
            System.out.printf("%nHazelcast quota benchmark (%d members in this JVM over loopback TCP, Hazelcast 5.7.0)%n",
                    REPLICAS);
            System.out.printf("(1) latency of one sage:taxType get, sequential, quota not binding, %d rounds of %d calls:%n",
                    rounds, calls);
            System.out.printf("    in-memory store: median %.0f us per request (rounds %s)%n", memoryMedian,
                    Arrays.toString(round(memoryMicros)));
            System.out.printf("    Hazelcast store: median %.0f us per request (rounds %s)%n", hazelcastMedian,
                    Arrays.toString(round(hazelcastMicros)));
            System.out.printf("    added by the shared store: %.0f us per request (%.2fx); one reserve + release on the"
                              + " store alone: %.1f us in memory, %.0f us on Hazelcast%n",
                    hazelcastMedian - memoryMedian, hazelcastMedian / memoryMedian, memoryPair, sharedPair);
            System.out.printf("(2) %d instances x %d threads on one company for %d s, quota %d per %d s:%n", REPLICAS,
                    THREADS_PER_REPLICA, run.toSeconds(), LIMIT, PERIOD.toSeconds());
            System.out.printf("    %-44s %9s %6s %16s %11s%n", "", "accepted", "429s", "most in a window", "quota used");
            for (Load load : List.of(separate, together)) {
                System.out.printf("    %-44s %9d %6d %16d %10.1f%%%n", load.name(), load.accepted(), load.rateLimited(),
                        load.mostInAWindow(), load.quotaUsed() * 100);
            }
            System.out.println("    quota used: 200 answers in the whole 2 s windows from the first, over what those"
                               + " windows allow (a blocked company counts its blocked windows too).");
        } finally {
            members.forEach(member -> member.getLifecycleService().terminate());
        }
    }

    /** Mean microseconds per request of {@code calls} sequential requests through a component on {@code store}. */
    private static double latency(SageSimulator sage, SageQuotaStore store, int calls) throws Exception {
        CamelContext context = context(sage, store, 1_000_000, Duration.ofMinutes(1));
        try {
            ProducerTemplate template = context.createProducerTemplate();
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                Exception failure = template.request("direct:call", exchange -> { }).getException();
                if (failure != null) {
                    throw failure;
                }
            }
            return (System.nanoTime() - start) / 1_000.0 / calls;
        } finally {
            context.stop();
        }
    }

    /** Microseconds of one tryReserve + release pair on the store itself. */
    private static double storePair(SageQuotaStore store, int pairs) {
        QuotaKey key = new QuotaKey("http://bench", QuotaKey.fingerprint(UUID.randomUUID().toString()), "1");
        QuotaLimits limits = new QuotaLimits(Integer.MAX_VALUE, Duration.ofMillis(1), Integer.MAX_VALUE,
                Duration.ZERO, Duration.ofHours(1), 5);
        long start = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            Instant now = Instant.now();
            Reservation reservation = store.tryReserve(key, limits, now, now.plusSeconds(10));
            store.release(((Reservation.Granted) reservation).lease(), now);
        }
        return (System.nanoTime() - start) / 1_000.0 / pairs;
    }

    private static Load load(String name, SageSimulator sage, Duration run, Supplier<SageQuotaStore> stores)
            throws Exception {
        List<CamelContext> contexts = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            contexts.add(context(sage, stores.get(), LIMIT, PERIOD));
        }
        ExecutorService callers = Executors.newFixedThreadPool(REPLICAS * THREADS_PER_REPLICA);
        long end = System.nanoTime() + run.toNanos();
        for (int i = 0; i < REPLICAS * THREADS_PER_REPLICA; i++) {
            ProducerTemplate template = contexts.get(i % REPLICAS).createProducerTemplate();
            callers.execute(() -> {
                while (System.nanoTime() - end < 0) {
                    Exception failure = template.request("direct:call", exchange -> { }).getException();
                    if (failure instanceof SageRateLimitException limited && limited.getBlockedUntil() != null) {
                        // As a route with redelivery would: wait for the block to end (or the run).
                        long pause = Math.min(Duration.between(Instant.now(), limited.getBlockedUntil()).toNanos(),
                                end - System.nanoTime());
                        LockSupport.parkNanos(Math.max(pause, 1_000_000));
                    }
                }
            });
        }
        callers.shutdown();
        callers.awaitTermination(run.toSeconds() + 600, TimeUnit.SECONDS);
        for (CamelContext context : contexts) {
            context.stop();
        }
        List<JournalEntry> seen = sage.journal().entries();
        List<JournalEntry> accepted = seen.stream().filter(e -> e.status() == 200).toList();
        Instant first = accepted.get(0).time();
        long windows = run.toMillis() / PERIOD.toMillis();
        long inWindows = accepted.stream().filter(e -> e.time().isBefore(first.plus(PERIOD.multipliedBy(windows)))).count();
        return new Load(name, accepted.size(), (int) seen.stream().filter(e -> e.status() == 429).count(),
                sage.journal().maxRequestsInAnyWindow(SageSimulator.DEMO_API_KEY, SageSimulator.DEMO_COMPANY_ID, PERIOD),
                inWindows / (double) (windows * LIMIT));
    }

    private static CamelContext context(SageSimulator sage, SageQuotaStore store, int limit, Duration period)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        SageComponent component = new SageComponent();
        component.setQuotaStore(store);
        SageConfiguration c = component.getConfiguration();
        c.setBaseUrl(sage.baseUrl());
        c.setUsername(SageSimulator.DEMO_USERNAME);
        c.setPassword(SageSimulator.DEMO_PASSWORD);
        c.setApiKey(SageSimulator.DEMO_API_KEY);
        c.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
        c.setCustomQuota(true);
        c.setRateLimit(limit);
        c.setRateLimitPeriod(period.toMillis());
        c.setDailyRateLimit(Integer.MAX_VALUE);
        c.setBlockDuration(Duration.ofSeconds(30).toMillis());
        context.addComponent("sage", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("direct:call").to("sage:taxType?operation=get");
            }
        });
        context.start();
        return context;
    }

    private static Config member(String clusterName) {
        Config config = new Config().setClusterName(clusterName);
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.getNetworkConfig().setPort(25_701).setPortAutoIncrement(true).setPortCount(50)
                .getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        return config;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private HazelcastQuotaBenchmark() {
    }
}

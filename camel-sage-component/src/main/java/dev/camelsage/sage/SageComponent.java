package dev.camelsage.sage;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelsage.sage.internal.SageEntities;
import dev.camelsage.sage.internal.SageQuotaManagement;
import dev.camelsage.sage.internal.SageStrictConfigurer;
import dev.camelsage.sage.internal.SageHttpClients;
import dev.camelsage.sage.internal.quota.QuotaGuard;
import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.SageQuotaStore;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.Service;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code sage} component: endpoints for the services of the Sage Business Cloud Accounting (South Africa) API.
 * Holds what its endpoints share: the HTTP clients, the clock, and the one quota guard that keeps every company under
 * Sage's request limits, on the quota store.
 */
@Component("sage")
public class SageComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The options every endpoint of this component starts from; an endpoint URI overrides each.")
    private SageConfiguration configuration = new SageConfiguration();

    @Metadata(label = "advanced", autowired = true,
              description = "Where the state of every Sage quota lives: requests in the window and the day, blocks"
                            + " after a 429, failed logins. By default in memory, for this CamelContext only. Bind one"
                            + " shared store (such as the Hazelcast one of camel-sage-hazelcast) so that several Camel"
                            + " instances keep one company within one quota together: Sage counts per API key and"
                            + " company, not per process.")
    private SageQuotaStore quotaStore;

    @Metadata(label = "advanced", autowired = true,
              description = "The clock quotas, blocks, consumer look-backs and timestamps are measured by. The system"
                            + " clock (UTC) by default; tests bind a controllable one.")
    private Clock clock;

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSL context parameters when an endpoint has no"
                            + " sslContextParameters of its own.")
    private boolean useGlobalSslContextParameters;

    private final Map<SageHttpClients.Settings, HttpClient> httpClients = new ConcurrentHashMap<>();
    private final Map<QuotaKey, QuotaLimits> quotasInUse = new ConcurrentHashMap<>();
    private ScheduledExecutorService quotaScheduler;
    private ExecutorService executor;
    private QuotaGuard quotaGuard;
    private SageQuotaManagement quotaManagement;

    private volatile PropertyConfigurer strictComponentConfigurer;
    private volatile PropertyConfigurer strictEndpointConfigurer;

    /** The generated configurer, reading options given as text strictly (no "2m" taken as 120000). */
    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        PropertyConfigurer generated = super.getComponentPropertyConfigurer();
        if (generated != null && strictComponentConfigurer == null) {
            strictComponentConfigurer = new SageStrictConfigurer(generated);
        }
        return generated == null ? null : strictComponentConfigurer;
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        PropertyConfigurer generated = super.getEndpointPropertyConfigurer();
        if (generated != null && strictEndpointConfigurer == null) {
            strictEndpointConfigurer = new SageStrictConfigurer(generated);
        }
        return generated == null ? null : strictEndpointConfigurer;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String entity = SageEntities.canonicalName(remaining).orElseThrow(() -> unknownEntity(remaining));
        SageEndpoint endpoint = new SageEndpoint(uri, this, entity, configuration.copy());
        Map<String, Object> queryFlags = PropertiesHelper.extractProperties(parameters, "query.");
        setProperties(endpoint, parameters);
        endpoint.getConfiguration().getQueryParameters().putAll(queryFlags);
        return endpoint;
    }

    private static IllegalArgumentException unknownEntity(String name) {
        List<String> close = SageEntities.closeMatches(name);
        return new IllegalArgumentException("Unknown Sage entity '" + name + "' in sage:" + name + ". "
                                            + (close.isEmpty()
                                                    ? "Use a Sage service name such as Customer, Item or TaxInvoice."
                                                    : "Did you mean " + String.join(", ", close) + "?")
                                            + " Names are Sage's service names, in any case.");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (clock == null) {
            clock = Clock.systemUTC();
        }
        if (quotaStore == null) {
            quotaStore = new InMemorySageQuotaStore();
        } else if (quotaStore instanceof Service service && !getCamelContext().hasService(service)) {
            // A shared store that starts and stops (a Hazelcast member it runs) lives as long as the CamelContext.
            getCamelContext().addService(service, true, true);
        }
        // Runs the HTTP clients and every continuation of an answered or granted request: the rest of the route.
        executor = getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "SageClient");
        // Only decides when a waiting request may go; never runs route code.
        quotaScheduler = getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "SageQuotaGuard");
        quotaGuard = new QuotaGuard(quotaStore, quotaScheduler, executor, clock);
        quotaManagement = new SageQuotaManagement(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        if (quotaManagement != null) {
            quotaManagement.unregisterAll();
        }
        if (quotaGuard != null) {
            quotaGuard.close();
            quotaGuard = null;
        }
        if (quotaScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdown(quotaScheduler);
            quotaScheduler = null;
        }
        httpClients.clear();
        quotasInUse.clear();
        if (executor != null) {
            // Gracefully: answers still arriving complete their exchanges instead of vanishing.
            getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            executor = null;
        }
        super.doStop();
    }

    /** The HTTP client for a set of connection settings, shared by the endpoints that use the same ones. */
    HttpClient httpClient(SageHttpClients.Settings settings) {
        return httpClients.computeIfAbsent(settings, s -> SageHttpClients.create(getCamelContext(), s, executor));
    }

    /** How many HTTP clients the component holds (one per distinct set of connection settings). */
    int httpClientCount() {
        return httpClients.size();
    }

    QuotaGuard quotaGuard() {
        if (quotaGuard == null) {
            throw new IllegalStateException("The sage component is not started");
        }
        return quotaGuard;
    }

    /** Shows a quota over JMX and in {@link #getQuotaSnapshots()} from its first use on. */
    void trackQuota(QuotaKey key, QuotaLimits limits) {
        quotasInUse.putIfAbsent(key, limits);
        SageQuotaManagement management = quotaManagement;
        QuotaGuard guard = quotaGuard;
        if (management != null && guard != null) {
            management.track(guard, key, limits);
        }
    }

    /**
     * Every quota the endpoints of this component have used, as it stands now: for metrics, consoles and health
     * pages. The keys carry a fingerprint of the API key, never the key. Reading spends no quota.
     */
    public Map<QuotaKey, QuotaSnapshot> getQuotaSnapshots() {
        QuotaGuard guard = quotaGuard;
        Map<QuotaKey, QuotaSnapshot> snapshots = new java.util.LinkedHashMap<>();
        if (guard != null) {
            quotasInUse.forEach((key, limits) -> snapshots.put(key, guard.snapshot(key, limits)));
        }
        return snapshots;
    }

    /**
     * One quota as it stands now, as {@link #getQuotaSnapshots()} shows it: for a gauge that reads one quota. Reading
     * spends no quota.
     *
     * @return {@code null} while no endpoint of this component has used the quota, or the component is stopped
     */
    public QuotaSnapshot getQuotaSnapshot(QuotaKey key) {
        QuotaGuard guard = quotaGuard;
        QuotaLimits limits = quotasInUse.get(key);
        return guard == null || limits == null ? null : guard.snapshot(key, limits);
    }

    public SageConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SageConfiguration configuration) {
        this.configuration = configuration;
    }

    public SageQuotaStore getQuotaStore() {
        return quotaStore;
    }

    public void setQuotaStore(SageQuotaStore quotaStore) {
        this.quotaStore = quotaStore;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}

package dev.camelsage.sage;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelsage.sage.client.SageHttpClients;
import dev.camelsage.sage.quota.DefaultSageQuotaGuard;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.SageQuotaGuard;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code sage} component: endpoints for the services of the Sage Business Cloud Accounting (South Africa) API.
 * Holds what its endpoints share: the HTTP clients and the one quota guard that keeps every company under Sage's
 * request limits.
 */
@Component("sage")
public class SageComponent extends HealthCheckComponent {

    @Metadata(description = "The options every endpoint of this component starts from; an endpoint URI overrides each.")
    private SageConfiguration configuration = new SageConfiguration();

    @Metadata(label = "advanced", autowired = true,
              description = "The quota guard every request of this component asks before it is sent. By default an"
                            + " in-memory guard per CamelContext; supply your own (for example one backed by a shared"
                            + " store) so several Camel instances share one company's quota.")
    private SageQuotaGuard quotaGuard;

    private final Map<SageHttpClients.Settings, HttpClient> httpClients = new ConcurrentHashMap<>();
    private ScheduledExecutorService quotaScheduler;
    private ExecutorService httpExecutor;
    private SageQuotaManagement quotaManagement;

    @Override
    public Endpoint createEndpoint(String uri, Map<String, Object> properties) throws Exception {
        SageUriSecrets.Split split = SageUriSecrets.split(uri);
        Map<String, Object> secrets = new LinkedHashMap<>(split.secrets());
        Map<String, Object> others = properties == null ? null : new LinkedHashMap<>(properties);
        if (others != null) {
            properties.forEach((name, value) -> {
                if (SageUriSecrets.isSecret(name)) {
                    secrets.put(name, value);
                    others.remove(name);
                }
            });
        }
        Endpoint endpoint = super.createEndpoint(split.uri(), others);
        if (endpoint instanceof SageEndpoint sage && !secrets.isEmpty()) {
            secrets.forEach((name, value) -> sage.setSecret(name, value == null ? null : value.toString()));
        }
        return endpoint;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String entity = SageEntities.canonicalName(remaining).orElseThrow(() -> unknownEntity(remaining));
        Object operation = parameters.get("operation");
        if (operation != null && SageOperation.parse(String.valueOf(operation)).isEmpty()) {
            throw new IllegalArgumentException("Unknown operation '" + operation + "' in sage:" + remaining
                                               + ": set the operation option to one of " + List.of(SageOperation.values())
                                               + ".");
        }
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
        httpExecutor = getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "SageHttpClient");
        quotaManagement = new SageQuotaManagement(getCamelContext());
        if (quotaGuard == null) {
            quotaScheduler = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "SageQuotaGuard");
            quotaGuard = new DefaultSageQuotaGuard(quotaScheduler);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (quotaManagement != null) {
            quotaManagement.unregisterAll();
        }
        if (quotaScheduler != null) {
            if (quotaGuard instanceof AutoCloseable closeable) {
                closeable.close();
            }
            getCamelContext().getExecutorServiceManager().shutdown(quotaScheduler);
            quotaScheduler = null;
            quotaGuard = null;
        }
        httpClients.clear();
        if (httpExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(httpExecutor);
            httpExecutor = null;
        }
        super.doStop();
    }

    /** The HTTP client for a set of connection settings, shared by the endpoints that use the same ones. */
    HttpClient httpClient(SageHttpClients.Settings settings) {
        return httpClients.computeIfAbsent(settings, s -> SageHttpClients.create(getCamelContext(), s, httpExecutor));
    }

    /** How many HTTP clients the component holds (one per distinct set of connection settings). */
    int httpClientCount() {
        return httpClients.size();
    }

    /** Shows a quota over JMX from its first use on (once per quota). */
    void trackQuota(QuotaKey key, QuotaLimits limits) {
        SageQuotaManagement management = quotaManagement;
        if (management != null) {
            management.track(quotaGuard, key, limits);
        }
    }

    public SageConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SageConfiguration configuration) {
        this.configuration = configuration;
    }

    public SageQuotaGuard getQuotaGuard() {
        return quotaGuard;
    }

    public void setQuotaGuard(SageQuotaGuard quotaGuard) {
        this.quotaGuard = quotaGuard;
    }
}

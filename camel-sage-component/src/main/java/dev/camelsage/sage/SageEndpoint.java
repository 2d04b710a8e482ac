package dev.camelsage.sage;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelsage.sage.internal.SageEntities;
import dev.camelsage.sage.internal.SageEntityConverter;
import dev.camelsage.sage.internal.SageHttpClients;
import dev.camelsage.sage.internal.SageLastCall;
import dev.camelsage.sage.internal.SageOptionChecks;
import dev.camelsage.sage.internal.client.SageApi;
import dev.camelsage.sage.internal.client.SageApiSettings;
import dev.camelsage.sage.internal.client.SageTarget;
import dev.camelsage.sage.model.SageJson;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Lists, reads, saves and deletes the records of any Sage Business Cloud Accounting (South Africa) service, and calls
 * its other methods.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sage", title = "Sage Accounting", syntax = "sage:entity",
             category = { Category.SAAS, Category.CLOUD }, headersClass = SageConstants.class)
public class SageEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    /** Five minutes: Sage has no webhooks, and each poll spends at least one request of the company's daily 5,000. */
    static final long DEFAULT_DELAY = 300_000;

    @UriPath(description = "The Sage service to work with, such as Customer, Item, TaxInvoice or SupplierInvoice, in"
                           + " any case (customer and Customer are the same). An unknown name fails when the endpoint"
                           + " is created, with the closest known names.")
    @Metadata(required = true)
    private final String entity;

    @UriParam
    private final SageConfiguration configuration;

    @UriParam(label = "consumer,scheduler", defaultValue = "" + DEFAULT_DELAY, javaType = "java.time.Duration",
              description = "How long the consumer waits between polls. A poll of a quiet company spends two requests"
                            + " of its 5,000 a day, shared with every producer (one for changed records, one for new"
                            + " records never edited; one for services whose records carry no dates): the default of 5"
                            + " minutes costs 576 a day. Milliseconds, or a duration such as 5m.")
    private long delay = DEFAULT_DELAY;

    private final SageEntityConverter converter;
    private final AtomicReference<SageLastCall> lastCall = new AtomicReference<>();
    private volatile SageApi api;
    private StateRepository<String, String> watermarks;

    public SageEndpoint(String uri, SageComponent component, String entity, SageConfiguration configuration) {
        super(uri, component);
        this.entity = entity;
        this.configuration = configuration;
        this.converter = new SageEntityConverter(entity, SageEntities.modelClass(entity));
        setDelay(DEFAULT_DELAY);
    }

    @Override
    public Producer createProducer() throws Exception {
        return new SageProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        SageConsumer consumer = new SageConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public SageComponent getComponent() {
        return (SageComponent) super.getComponent();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SageOptionChecks.check("sage:" + entity, entity, configuration);
        SageComponent component = getComponent();
        SageHttpClients.Settings connection = new SageHttpClients.Settings(
                Duration.ofMillis(configuration.getConnectTimeout()), configuration.getProxyHost(),
                configuration.getProxyPort(), sslContextParameters());
        SageApiSettings settings = new SageApiSettings(configuration.resolvedBaseUrl(), configuration.getApiVersion(),
                configuration.getUsername(), configuration.getPassword(), configuration.getApiKey(),
                Duration.ofMillis(configuration.getConnectTimeout()), Duration.ofMillis(configuration.getRequestTimeout()),
                configuration.quotaLimits());
        api = new SageApi(settings, component.httpClient(connection), component.quotaGuard(), SageJson.mapper(),
                component.getClock(), configuration.getProgressLogInterval());
        trackQuota(configuration.getCompanyId());
    }

    private SSLContextParameters sslContextParameters() {
        SSLContextParameters own = configuration.getSslContextParameters();
        return own == null && getComponent().isUseGlobalSslContextParameters()
                ? getComponent().retrieveGlobalSslContextParameters() : own;
    }

    /** Where the consumer keeps its watermark: stateRepository, else stateFile, else memory held by this endpoint. */
    synchronized StateRepository<String, String> stateRepository() {
        if (configuration.getStateRepository() != null && configuration.getStateFile() != null) {
            throw new IllegalArgumentException("sage:" + entity + " has both stateRepository and stateFile: keep the"
                                               + " watermarks in one place; remove one of them.");
        }
        if (watermarks == null) {
            watermarks = configuration.getStateRepository() != null ? configuration.getStateRepository()
                    : configuration.getStateFile() != null
                            ? FileStateRepository.fileStateRepository(new File(configuration.getStateFile()))
                            : new MemoryStateRepository();
        }
        return watermarks;
    }

    /** This endpoint's service in a company, for one operation, with the endpoint's {@code query.*} flags. */
    SageTarget target(Long companyId, String operation) {
        Map<String, String> query = new LinkedHashMap<>();
        configuration.getQueryParameters().forEach((name, value) -> query.put(name, String.valueOf(value)));
        return new SageTarget(entity, companyId, query, operation);
    }

    /**
     * The target of list calls: documents get {@code includeDetail=true} (Sage leaves their lines out of lists
     * otherwise) unless {@code includeDetail} is off or a {@code query.includeDetail} flag says otherwise.
     */
    SageTarget listTarget(Long companyId, String operation, boolean includeDetail) {
        SageTarget target = target(companyId, operation);
        return includeDetail ? target.withDetail() : target;
    }

    /** The quota of a company now, without spending any; {@code null} before the endpoint started. */
    QuotaSnapshot quotaSnapshot(Long companyId) {
        SageApi current = api;
        return current == null ? null : current.quota(companyId);
    }

    /** Makes the quota of a company visible over JMX (once per quota). */
    void trackQuota(Long companyId) {
        getComponent().trackQuota(api().quotaKey(companyId), configuration.quotaLimits());
    }

    void recordCall(int statusCode, Throwable failure) {
        lastCall.set(new SageLastCall(now(), statusCode, failure));
    }

    /** The outcome of the last call of this endpoint, for the health check; {@code null} before the first. */
    SageLastCall getLastCall() {
        return lastCall.get();
    }

    Instant now() {
        return getComponent().getClock().instant();
    }

    SageApi api() {
        SageApi current = api;
        if (current == null) {
            throw new IllegalStateException("sage:" + entity + " is not started");
        }
        return current;
    }

    SageEntityConverter getConverter() {
        return converter;
    }

    public String getEntity() {
        return entity;
    }

    public SageConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    @Override
    public long getDelay() {
        return delay;
    }

    @Override
    public String getServiceUrl() {
        String base = configuration.resolvedBaseUrl();
        return (base.endsWith("/") ? base : base + "/") + "api/" + configuration.getApiVersion();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("entity", entity);
        if (configuration.getCompanyId() != null) {
            metadata.put("companyId", String.valueOf(configuration.getCompanyId()));
        }
        return metadata;
    }
}

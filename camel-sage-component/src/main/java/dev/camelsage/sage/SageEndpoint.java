package dev.camelsage.sage;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import dev.camelsage.sage.client.SageClient;
import dev.camelsage.sage.client.SageHttpClients;
import dev.camelsage.sage.client.SageListFetcher;
import dev.camelsage.sage.paging.SagePageFetcher;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Lists, reads, saves and deletes the records of any Sage Business Cloud Accounting (South Africa) service, and calls
 * its other methods.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "sage", title = "Sage Accounting", syntax = "sage:entity",
             category = { Category.SAAS, Category.CLOUD }, headersClass = SageConstants.class)
public class SageEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+]?");

    @UriPath(description = "The Sage service to work with, such as Customer, Item, TaxInvoice or SupplierInvoice, in"
                           + " any case (customer and Customer are the same). An unknown name fails when the endpoint"
                           + " is created, with the closest known names.")
    @Metadata(required = true)
    private final String entity;

    @UriParam
    private final SageConfiguration configuration;

    private final SageEntityConverter converter;
    private final AtomicReference<SageLastCall> lastCall = new AtomicReference<>();
    private volatile SageClient client;

    public SageEndpoint(String uri, SageComponent component, String entity, SageConfiguration configuration) {
        super(uri, component);
        this.entity = entity;
        this.configuration = configuration;
        this.converter = new SageEntityConverter(entity, SageEntities.modelClass(entity));
        // Camel polls every 500 ms by default: two polls a second would use the company's whole quota of 100 a minute.
        setDelay(SageConsumer.DEFAULT_DELAY);
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

    /** Where the consumer keeps its watermark: the stateRepository option, else memory held by this endpoint. */
    synchronized StateRepository<String, String> stateRepository() {
        if (configuration.getStateRepository() == null) {
            configuration.setStateRepository(new MemoryStateRepository());
        }
        return configuration.getStateRepository();
    }

    @Override
    public SageComponent getComponent() {
        return (SageComponent) super.getComponent();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        validate();
        SageHttpClients.Settings connection = new SageHttpClients.Settings(
                Duration.ofMillis(configuration.getConnectTimeout()), configuration.getProxyHost(),
                configuration.getProxyPort(), configuration.getSslContextParameters());
        SageClient.Settings settings = new SageClient.Settings(configuration.getBaseUrl(), configuration.getApiVersion(),
                configuration.getUsername(), configuration.getPassword(), configuration.getApiKey(),
                Duration.ofMillis(configuration.getRequestTimeout()), configuration.quotaLimits());
        client = new SageClient(getComponent().httpClient(connection), getComponent().getQuotaGuard(), settings,
                Clock.systemUTC());
        trackQuota(configuration.getCompanyId());
    }

    /** Fails with a message naming the option to set when the endpoint cannot work. */
    void validate() {
        String where = "sage:" + entity;
        if (isBlank(configuration.getUsername()) || isBlank(configuration.getPassword())
                || isBlank(configuration.getApiKey())) {
            throw new IllegalArgumentException(where + " has no " + missingCredentials() + ": Sage needs a username,"
                                               + " password and apiKey on every request. Set them on the endpoint or once"
                                               + " on the component (camel.component.sage.username, .password, .apiKey).");
        }
        if (configuration.getCompanyId() == null && !SageEntities.COMPANY.equals(entity)) {
            throw new IllegalArgumentException(where + " has no companyId: every Sage service but Company works on one"
                                               + " company. Set the companyId option (Company/Get lists the IDs).");
        }
        checkBaseUrl(where);
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new IllegalArgumentException(where + " has a connectTimeout or requestTimeout that is not positive:"
                                               + " give each a duration such as 10s (an unbounded wait would hold the"
                                               + " exchange forever).");
        }
        configuration.getQueryParameters().keySet().stream()
                .filter(name -> name.equalsIgnoreCase("apikey") || name.equalsIgnoreCase("companyid"))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException(where + " sets query." + name + ": use the apiKey and companyId"
                                                       + " options instead.");
                });
    }

    private String missingCredentials() {
        StringBuilder missing = new StringBuilder();
        if (isBlank(configuration.getUsername())) {
            missing.append("username");
        }
        if (isBlank(configuration.getPassword())) {
            missing.append(missing.isEmpty() ? "" : ", ").append("password");
        }
        if (isBlank(configuration.getApiKey())) {
            missing.append(missing.isEmpty() ? "" : ", ").append("apiKey");
        }
        return missing.toString();
    }

    private void checkBaseUrl(String where) {
        URI uri;
        try {
            uri = URI.create(configuration.getBaseUrl());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " has a baseUrl that is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException(where + " has baseUrl " + configuration.getBaseUrl()
                                               + ": use an https:// URL such as " + SageConfiguration.DEFAULT_BASE_URL + ".");
        }
        if (scheme.equals("http") && !configuration.isAllowInsecureHttp() && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(where + " would send the password in clear text to "
                                               + configuration.getBaseUrl() + ": use https://, or set allowInsecureHttp=true"
                                               + " for a trusted test server.");
        }
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Camel tells endpoints apart by their URI, which here holds no secret: two endpoints that differ only in password
     * or API key must still never be taken for one another (Camel's producer cache would send with the wrong login).
     */
    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof SageEndpoint that
                && Objects.equals(configuration.getPassword(), that.configuration.getPassword())
                && Objects.equals(configuration.getApiKey(), that.configuration.getApiKey());
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** Sets a secret option taken out of the URI (see {@link SageUriSecrets}). */
    void setSecret(String option, String value) {
        if (option.equalsIgnoreCase("password")) {
            configuration.setPassword(value);
        } else if (option.equalsIgnoreCase("apiKey")) {
            configuration.setApiKey(value);
        }
    }

    /** The list call of this entity for a company: {@code {Entity}/Get} with the endpoint's extra query flags. */
    public SagePageFetcher listFetcher(Long companyId, String operation) {
        return new SageListFetcher(client(), entity, "Get", companyId, extraQuery(), operation);
    }

    /** The endpoint's {@code query.*} flags as they are sent. */
    public Map<String, String> extraQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        configuration.getQueryParameters().forEach((name, value) -> query.put(name, String.valueOf(value)));
        return query;
    }

    /** The quota of a company now, without spending any; {@code null} before the endpoint started. */
    public QuotaSnapshot quotaSnapshot(Long companyId) {
        SageClient current = client;
        return current == null ? null : current.snapshot(companyId);
    }

    /** Makes the quota of a company visible over JMX (once per quota). */
    void trackQuota(Long companyId) {
        getComponent().trackQuota(client().quotaKey(companyId), configuration.quotaLimits());
    }

    void recordCall(int statusCode, Throwable failure) {
        lastCall.set(new SageLastCall(Instant.now(), statusCode, failure));
    }

    /** The outcome of the last call of this endpoint, for the health check; {@code null} before the first. */
    public SageLastCall getLastCall() {
        return lastCall.get();
    }

    public SageClient client() {
        SageClient current = client;
        if (current == null) {
            throw new IllegalStateException("sage:" + entity + " is not started");
        }
        return current;
    }

    public SageEntityConverter getConverter() {
        return converter;
    }

    public String getEntity() {
        return entity;
    }

    public SageConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        String base = configuration.getBaseUrl();
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

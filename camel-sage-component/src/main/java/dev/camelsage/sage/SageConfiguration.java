package dev.camelsage.sage;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelsage.sage.quota.QuotaLimits;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Every option of the {@code sage} component and its endpoints. Set once on the component, each one applies to all
 * endpoints; an endpoint URI overrides it for that endpoint only.
 */
@UriParams
public class SageConfiguration implements Cloneable {

    // --- where and who ---------------------------------------------------------------------------------------------

    @UriParam(label = "common", defaultValue = "za", enums = "za,au",
              description = "Where the company lives: za (South Africa, https://accounting.sageone.co.za) or au"
                            + " (Australia, https://accounting.sageone.com.au). It picks the host; baseUrl overrides"
                            + " it.")
    private SageRegion region = SageRegion.za;

    @UriParam(label = "common",
              description = "The Sage Accounting installation to call, without the /api/{version} part, when it is not"
                            + " the region's host: Sage's reseller host https://resellers.accounting.sageone.co.za, or"
                            + " a simulator. Plain http:// is refused for any host but the loopback interface unless"
                            + " allowInsecureHttp is set, because Basic authentication would send the password in"
                            + " clear text.")
    private String baseUrl;

    @UriParam(label = "common", defaultValue = "2.0.0",
              description = "The API version in the URL path (/api/{apiVersion}/). Keep 2.0.0 unless Sage asks you to move.")
    private String apiVersion = "2.0.0";

    @UriParam(label = "security",
              description = "The Sage Accounting login (e-mail address) sent with HTTP Basic authentication on every"
                            + " request. Too many wrong passwords lock this login for a day at Sage.")
    private String username;

    @UriParam(label = "security", secret = true,
              description = "The password of username. Never logged nor shown in endpoint URIs.")
    private String password;

    @UriParam(label = "security", secret = true,
              description = "The API key Sage issued to you, exactly as issued (braces included, such as"
                            + " {1a2b...}; a bare GUID gets its braces, which Sage expects); it is URL-encoded and sent"
                            + " as the apikey query parameter. Never logged nor shown in endpoint URIs.")
    private String apiKey;

    @UriParam(label = "common",
              description = "The Sage company the records belong to (see Company/Get for the IDs your login can use)."
                            + " Required for every entity but Company. Records are bound to companies: an ID from"
                            + " another company answers 404.")
    private Long companyId;

    // --- what to do ------------------------------------------------------------------------------------------------

    @UriParam(label = "producer", defaultValue = "get",
              description = "What the producer does: get (list records), getById, save (create without ID, update"
                            + " with ID), delete, or call (any other method of the service, named by the method"
                            + " option). The CamelSageOperation header overrides it per message.")
    private SageOperation operation = SageOperation.get;

    @UriParam(label = "producer", defaultValue = "fail", enums = "fail,skip,deactivate",
              description = "What a delete does when Sage refuses it because other records use the record (409): fail"
                            + " throws SageConflictException; skip leaves the record, sets the header"
                            + " CamelSageDeleteSkipped=true and carries on; deactivate reads the record and saves it"
                            + " with Active=false (the usual way to retire a customer, supplier or item that has"
                            + " documents), sets CamelSageDeactivated=true and returns the saved record. deactivate"
                            + " spends two more requests and fails for records without an Active field.")
    private SageDeleteConflictStrategy deleteConflictStrategy = SageDeleteConflictStrategy.fail;

    @UriParam(label = "producer",
              description = "A field of the records this endpoint creates whose value you make unique per record, such"
                            + " as Reference or ExternalReference (your own invoice number). When the answer to a create"
                            + " is lost, the producer fails with SageUnknownOutcomeException; its redelivery (see the"
                            + " sage-error-handling route configuration) first lists the records modified since the"
                            + " attempt and returns the one with the same value (header CamelSageReconciled=true)"
                            + " instead of creating it twice. Without it such a create is never sent again; with it,"
                            + " a create whose body lacks the field fails before anything is sent.")
    private String reconcileBy;

    @UriParam(label = "producer",
              description = "The record ID for getById, delete and call. The CamelSageId header overrides it; for save"
                            + " the ID comes from the body (no ID creates a new record). Attachments are named by a"
                            + " GUID, not a number: give it as query.id, such as operation=call&method=Download"
                            + "&query.id=3f2b... on sage:taxInvoiceAttachment.")
    private Long id;

    @UriParam(label = "producer",
              description = "The service method for operation=call, such as Calculate, Email, SaveBatch or"
                            + " GetWithSystemAccounts. The CamelSageMethod header overrides it.")
    private String method;

    @UriParam(label = "producer,advanced", enums = "GET,POST,DELETE",
              description = "Forces the HTTP method of operation=call: GET, POST or DELETE. By default Delete and"
                            + " DeleteAll are sent as DELETE (and, like operation=delete, may be sent again after a lost"
                            + " answer); Calculate, Email, SaveBatch, Save..., Validate, AllowDelete (but for"
                            + " attachments) and the criteria-based Get methods (such as AccountBalance/Get) as POST with"
                            + " the body as JSON; every other method as GET.")
    private String httpMethod;

    @UriParam(label = "common",
              description = "OData $filter for get, such as Modified ge datetime'2024-01-01', sent as written. Filters"
                            + " on numbers, dates and booleans work; Sage documents that filters on strings do not,"
                            + " although integrations rely on indexof(Reference,'...') ge 0: if Sage refuses one, the"
                            + " call fails with SageValidationException. The CamelSageFilter header overrides it. The"
                            + " consumer emits only the new and changed records that match it.")
    private String filter;

    @UriParam(label = "common", defaultValue = "true",
              description = "Asks Sage for the lines of documents (TaxInvoice, Quote, SalesOrder, CustomerReturn,"
                            + " SupplierInvoice, SupplierReturn, PurchaseOrder) when listing or consuming them: Sage"
                            + " leaves Lines out of a list unless includeDetail=true is sent. Set false to list"
                            + " headers only (smaller answers). Other services ignore it. The"
                            + " CamelSageIncludeDetail header overrides it.")
    private boolean includeDetail = true;

    @UriParam(label = "producer",
              description = "OData $orderby for get, such as ID or Modified desc. get orders by ID when none is given"
                            + " and adds ID after an order that may tie, so no record is repeated or skipped between"
                            + " pages. Ordered by ID, each page continues after the last ID received, so records"
                            + " added or deleted while paging cause no duplicate and no gap; any other order pages with"
                            + " $skip. The CamelSageOrderBy header overrides it.")
    private String orderBy;

    @UriParam(label = "producer",
              description = "OData $top for get: how many records to return. Sage answers at most 100 a call, so a"
                            + " larger top takes several calls; unset, get returns every matching record. The"
                            + " CamelSageTop header overrides it.")
    private Integer top;

    @UriParam(label = "producer",
              description = "OData $skip for get: how many matching records to pass over. The CamelSageSkip header"
                            + " overrides it.")
    private Integer skip;

    // --- lists and the polling consumer ----------------------------------------------------------------------------

    @UriParam(label = "producer", defaultValue = "false",
              description = "Makes the body of get a lazy Iterator instead of a List: it holds one page of 100 records"
                            + " and calls Sage for the next page only when the route asks for the record after it, so"
                            + " split(body()).streaming() walks 100,000 records in a small heap and the first record"
                            + " is processed after one call. The iterator must be consumed (or closed) by the route;"
                            + " CamelSageReturnedResults is not set.")
    private boolean streamResults;

    @UriParam(label = "common,advanced", defaultValue = "10",
              description = "Logs progress of a long list (get, and each poll of the consumer) at INFO every this many"
                            + " pages of 100: entity, page, records so far and the total. Every page is logged at"
                            + " DEBUG. 0 logs nothing at INFO.")
    private int progressLogInterval = 10;

    @UriParam(label = "consumer", defaultValue = "beginning",
              description = "Where the consumer starts when its state repository holds no watermark yet: beginning"
                            + " (every record, oldest Modified first), now (only records created or changed after the"
                            + " first poll; that poll reads the newest record's Modified from Sage) or a date or"
                            + " date-time as Sage writes Modified, without offset (2024-01-31 or 2024-01-31T08:00:00:"
                            + " records modified on or after it). Once a watermark is stored it wins; remove its key"
                            + " from the repository to start again.")
    private String since = "beginning";

    @UriParam(label = "consumer",
              description = "Where the consumer keeps its watermark (the Modified and ID of the last record it"
                            + " delivered), under the key entity:companyId (plus :filter when a filter is set), and"
                            + " with lookback the versions delivered in its window under lookback: and that key. The"
                            + " default keeps it in memory, so a restarted application delivers from since again; use a"
                            + " persistent one, such as FileStateRepository, to resume where it stopped.")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer",
              description = "A file to keep the consumer's watermarks in (a Camel FileStateRepository, created when"
                            + " missing), so a restarted application resumes where it stopped: the simple choice for"
                            + " YAML routes and Kamelets, which cannot build a stateRepository from a path. Set this or"
                            + " stateRepository, not both.")
    private String stateFile;

    @UriParam(label = "consumer", defaultValue = "300000", javaType = "java.time.Duration",
              description = "How far before the watermark's Modified each poll reads again, so that a record Sage"
                            + " commits late is still emitted: Sage stamps Modified when a save starts and commits it"
                            + " later, so a record can appear with a Modified older than records already delivered."
                            + " The versions (ID and Modified) delivered inside this window are kept in the"
                            + " stateRepository under lookback:<watermark key> and never emitted twice. A record that"
                            + " appears older than the watermark minus lookback is never emitted. Cost: every poll"
                            + " re-reads the records modified in the window, one request per 100 (a quiet company pays"
                            + " nothing extra; 1,000 changes in 5 minutes cost 10 more requests a poll), and each"
                            + " delivered record rewrites the kept versions. 0 reads only after the watermark."
                            + " Milliseconds, or a duration such as 5m.")
    private long lookback = 300_000;

    @UriParam(label = "consumer", defaultValue = "500",
              description = "The most records one poll reads and emits (in calls of 100). What is left is read by the"
                            + " next poll, at once when greedy=true. 0 reads every new record in one poll and holds"
                            + " them in memory together.")
    private int maxMessagesPerPoll = 500;

    @UriParam(label = "consumer", defaultValue = "1000",
              description = "How many requests of the company's daily quota (dailyRateLimit) the consumer leaves to"
                            + " producers: it skips a poll while fewer than this many are left in the last 24 hours,"
                            + " says so at WARN once (and at INFO when it polls again), and counts the skipped polls in"
                            + " its health check. 0 lets the consumer poll until the quota is used up.")
    private int pollReserve = 1000;

    @UriParam(label = "common", multiValue = true, prefix = "query.",
              description = "Extra query parameters sent to Sage as they are, for the flags some methods take, such as"
                            + " query.includeStatus=true (Company/Get) or query.useSystemDocumentNumber=true"
                            + " (TaxInvoice/Save). apikey and companyid cannot be set this way; document lines have"
                            + " their own option, includeDetail.")
    private Map<String, Object> queryParameters = new LinkedHashMap<>();

    // --- transport -------------------------------------------------------------------------------------------------

    @UriParam(label = "security", defaultValue = "false",
              description = "Allows plain http:// to a host other than the loopback interface. Basic authentication"
                            + " then travels in clear text: use it only towards a trusted test server.")
    private boolean allowInsecureHttp;

    @UriParam(label = "security",
              description = "TLS settings (trust store, key store, protocols) for the HTTPS connection to Sage. By"
                            + " default the JVM's trust store is used.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a connection to Sage before the request fails (a request that never"
                            + " connected was not sent). Milliseconds, or a duration such as 10s.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long to wait for Sage's answer once a request is sent. When it passes, the outcome is"
                            + " unknown: a save may have been stored; it is never sent again automatically."
                            + " Milliseconds, or a duration such as 60s.")
    private long requestTimeout = 60_000;

    @UriParam(label = "proxy", description = "The HTTP proxy host to reach Sage through; none by default.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of proxyHost.")
    private Integer proxyPort;

    // --- quota -----------------------------------------------------------------------------------------------------

    @UriParam(label = "quota", defaultValue = "100",
              description = "Maximum requests to one company in any window of rateLimitPeriod, shared by every"
                            + " endpoint of the CamelContext using the same API key. Sage blocks the API key for an"
                            + " hour at 101 requests a minute; keep the default unless Sage raised your limit.")
    private int rateLimit = 100;

    @UriParam(label = "quota", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The sliding window rateLimit counts in. Milliseconds, or a duration such as 60s.")
    private long rateLimitPeriod = 60_000;

    @UriParam(label = "quota", defaultValue = "5000",
              description = "Maximum requests to one company in a day. Sage asks integrations to stay below 5,000.")
    private int dailyRateLimit = 5000;

    @UriParam(label = "quota", defaultValue = "300000", javaType = "java.time.Duration",
              description = "How long a request may wait for a free slot in the quota before it fails with"
                            + " SageRateLimitException. Milliseconds, or a duration such as 5m.")
    private long maxQuotaWait = 300_000;

    @UriParam(label = "quota", defaultValue = "3600000", javaType = "java.time.Duration",
              description = "How long to send nothing for a company after Sage answered 429 without a Retry-After"
                            + " header. Every request during Sage's block extends it, so keep at least the hour Sage"
                            + " documents. Milliseconds, or a duration such as 1h.")
    private long blockDuration = 3_600_000;

    @UriParam(label = "quota", defaultValue = "false",
              description = "Set true only when Sage has agreed other request limits for your API key: then rateLimit,"
                            + " rateLimitPeriod, dailyRateLimit, maxFailedLogins and blockDuration may go beyond Sage's"
                            + " documented limits (100 requests a minute, 5,000 a day, a lock-out at 20 failed logins"
                            + " in an hour, a one-hour block). Without it such values fail when the route starts: one"
                            + " request too many blocks the company for an hour.")
    private boolean customQuota;

    @UriParam(label = "quota", defaultValue = "5",
              description = "How many 401 answers one username may collect in an hour before its requests are held"
                            + " back for the rest of the hour. Sage locks the login for a day after 20.")
    private int maxFailedLogins = 5;

    /** The quota options as the quota guard takes them. */
    public QuotaLimits quotaLimits() {
        return new QuotaLimits(rateLimit, Duration.ofMillis(rateLimitPeriod), dailyRateLimit,
                Duration.ofMillis(maxQuotaWait), Duration.ofMillis(blockDuration), maxFailedLogins);
    }

    public SageConfiguration copy() {
        try {
            SageConfiguration copy = (SageConfiguration) super.clone();
            copy.queryParameters = new LinkedHashMap<>(queryParameters);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The installation to call: {@code baseUrl} when set, else the region's host. */
    public String resolvedBaseUrl() {
        return baseUrl == null || baseUrl.isBlank() ? region.baseUrl() : baseUrl;
    }

    public SageRegion getRegion() {
        return region;
    }

    public void setRegion(SageRegion region) {
        this.region = region;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public SageOperation getOperation() {
        return operation;
    }

    public void setOperation(SageOperation operation) {
        this.operation = operation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public boolean isIncludeDetail() {
        return includeDetail;
    }

    public void setIncludeDetail(boolean includeDetail) {
        this.includeDetail = includeDetail;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public Integer getTop() {
        return top;
    }

    public void setTop(Integer top) {
        this.top = top;
    }

    public Integer getSkip() {
        return skip;
    }

    public void setSkip(Integer skip) {
        this.skip = skip;
    }

    public Map<String, Object> getQueryParameters() {
        return queryParameters;
    }

    public void setQueryParameters(Map<String, Object> queryParameters) {
        this.queryParameters = queryParameters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(queryParameters);
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public int getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    public long getRateLimitPeriod() {
        return rateLimitPeriod;
    }

    public void setRateLimitPeriod(long rateLimitPeriod) {
        this.rateLimitPeriod = rateLimitPeriod;
    }

    public int getDailyRateLimit() {
        return dailyRateLimit;
    }

    public void setDailyRateLimit(int dailyRateLimit) {
        this.dailyRateLimit = dailyRateLimit;
    }

    public long getMaxQuotaWait() {
        return maxQuotaWait;
    }

    public void setMaxQuotaWait(long maxQuotaWait) {
        this.maxQuotaWait = maxQuotaWait;
    }

    public long getBlockDuration() {
        return blockDuration;
    }

    public void setBlockDuration(long blockDuration) {
        this.blockDuration = blockDuration;
    }

    public SageDeleteConflictStrategy getDeleteConflictStrategy() {
        return deleteConflictStrategy;
    }

    public void setDeleteConflictStrategy(SageDeleteConflictStrategy deleteConflictStrategy) {
        this.deleteConflictStrategy = deleteConflictStrategy;
    }

    public String getReconcileBy() {
        return reconcileBy;
    }

    public void setReconcileBy(String reconcileBy) {
        this.reconcileBy = reconcileBy;
    }

    public boolean isCustomQuota() {
        return customQuota;
    }

    public void setCustomQuota(boolean customQuota) {
        this.customQuota = customQuota;
    }

    public int getMaxFailedLogins() {
        return maxFailedLogins;
    }

    public void setMaxFailedLogins(int maxFailedLogins) {
        this.maxFailedLogins = maxFailedLogins;
    }

    public boolean isStreamResults() {
        return streamResults;
    }

    public void setStreamResults(boolean streamResults) {
        this.streamResults = streamResults;
    }

    public int getProgressLogInterval() {
        return progressLogInterval;
    }

    public void setProgressLogInterval(int progressLogInterval) {
        this.progressLogInterval = progressLogInterval;
    }

    public String getSince() {
        return since;
    }

    public void setSince(String since) {
        this.since = since;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public String getStateFile() {
        return stateFile;
    }

    public void setStateFile(String stateFile) {
        this.stateFile = stateFile;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public int getPollReserve() {
        return pollReserve;
    }

    public void setPollReserve(int pollReserve) {
        this.pollReserve = pollReserve;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }
}

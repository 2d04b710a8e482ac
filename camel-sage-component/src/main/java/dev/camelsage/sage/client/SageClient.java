package dev.camelsage.sage.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaPermit;
import dev.camelsage.sage.quota.QuotaRequest;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.SageQuotaGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to Sage: every call asks the quota guard first, carries Basic authentication, the API key and
 * {@code Content-Type: application/json}, and ends as a {@link SageResponse} or an exception from
 * {@code dev.camelsage.sage.exception}. Never retries by itself: a create sent twice is a duplicate record. Never logs
 * the URL, which carries the API key.
 */
public final class SageClient {

    private static final Logger LOG = LoggerFactory.getLogger(SageClient.class);
    private static final String JSON = "application/json";

    private final HttpClient http;
    private final SageQuotaGuard guard;
    private final Settings settings;
    private final String authorization;
    private final SageErrorMapper errors = new SageErrorMapper();
    private final Clock clock;

    /**
     * What the client needs to know from the endpoint's options.
     *
     * @param baseUrl        the Sage installation, such as {@code https://accounting.sageone.co.za}
     * @param apiVersion     such as {@code 2.0.0}
     * @param username       the login
     * @param password       its password
     * @param apiKey         the API key as issued
     * @param requestTimeout how long to wait for an answer
     * @param limits         the quota limits
     */
    public record Settings(String baseUrl, String apiVersion, String username, String password, String apiKey,
                           Duration requestTimeout, QuotaLimits limits) {

        @Override
        public String toString() {
            return "Settings[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + "]";
        }
    }

    public SageClient(HttpClient http, SageQuotaGuard guard, Settings settings, Clock clock) {
        this.http = http;
        this.guard = guard;
        this.settings = settings;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    /** Sends one request once the quota allows it. */
    public CompletableFuture<SageResponse> send(SageRequest request) {
        QuotaRequest quotaRequest = new QuotaRequest(quotaKey(request.companyId()), settings.username(),
                settings.limits(), request.entity(), request.operation());
        HttpRequest httpRequest = toHttpRequest(request);
        return guard.acquire(quotaRequest).thenCompose(permit -> exchange(permit, request, httpRequest));
    }

    /** The quota this client spends for a company. */
    public QuotaKey quotaKey(Long companyId) {
        return new QuotaKey(settings.baseUrl(), QuotaKey.fingerprint(settings.apiKey()),
                companyId == null ? "-" : String.valueOf(companyId));
    }

    /**
     * When the block after a 429 ends, as the guard recorded it from {@code Retry-After} or the reason (24 hours for
     * a username, else {@code blockDuration}), so the exception and the guard never disagree.
     */
    private Instant blockEnd(SageRequest request) {
        QuotaSnapshot snapshot = snapshot(request.companyId());
        return snapshot != null && snapshot.blockedUntil() != null
                ? snapshot.blockedUntil()
                : clock.instant().plus(settings.limits().blockDuration());
    }

    /** The quota of a company now, without spending any of it. */
    public QuotaSnapshot snapshot(Long companyId) {
        return guard.snapshot(quotaKey(companyId), settings.limits());
    }

    private CompletableFuture<SageResponse> exchange(QuotaPermit permit, SageRequest request, HttpRequest httpRequest) {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException notSent) {
            permit.failed(); // a permit never given back would hold its quota slot for good
            throw notSent;
        }
        return sent.handle((response, failure) -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (failure != null) {
                permit.failed();
                Throwable cause = unwrap(failure);
                LOG.debug("{} failed after {} ms: {}", SageErrorMapper.describe(request), millis, cause.toString());
                throw new CompletionException(ioFailure(request, cause));
            }
            String retryAfter = header(response, "Retry-After");
            String exceededReason = header(response, "X-RequestLimit-ExceededReason");
            permit.completed(response.statusCode(), retryAfter, exceededReason);
            LOG.debug("{} answered {} in {} ms", SageErrorMapper.describe(request), response.statusCode(), millis);
            if (response.statusCode() >= 200 && response.statusCode() < 300) {
                return new SageResponse(response.statusCode(), header(response, "Location"),
                        header(response, "Content-Type"), response.body());
            }
            Instant blockedUntil = response.statusCode() == 429 ? blockEnd(request) : null;
            throw new CompletionException(errors.toException(request, response.statusCode(), response.body(),
                    header(response, "X-APIKey"), blockedUntil, exceededReason));
        });
    }

    private static Throwable ioFailure(SageRequest request, Throwable cause) {
        boolean neverSent = cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
        if (neverSent || request.repeatable() || !(cause instanceof IOException)) {
            return cause;
        }
        return new SageUnknownOutcomeException(
                "No answer came from Sage to " + SageErrorMapper.describe(request) + " (" + cause.getClass().getSimpleName()
                                               + "): Sage may or may not have stored it. It was not sent again: look for the record"
                                               + " (by its reference) before sending it once more, or a duplicate may be created.",
                request.entity(), request.operation(), request.companyKey(), cause);
    }

    private HttpRequest toHttpRequest(SageRequest request) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return HttpRequest.newBuilder(uri(request))
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .method(request.httpMethod(), body)
                .build();
    }

    /** {@code {baseUrl}/api/{version}/{path}?apikey=..&companyid=..&...}, every value URL-encoded. */
    URI uri(SageRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("apikey", settings.apiKey());
        if (request.companyId() != null) {
            query.put("companyid", String.valueOf(request.companyId()));
        }
        query.putAll(request.query());
        StringBuilder url = new StringBuilder(stripTrailingSlash(settings.baseUrl()))
                .append("/api/").append(settings.apiVersion()).append('/').append(request.path());
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(encode(parameter.getKey()).replace("%24", "$"))
                    .append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(url.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}

package dev.camelsage.sage.internal.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts a {@link SageRequest} on the wire: {@code {baseUrl}/api/{version}/{path}?apikey=..&companyid=..&...} with every
 * value URL-encoded, HTTP Basic authentication, {@code Content-Type} on every request (Sage answers 415 without it),
 * and one deadline for the whole exchange (connecting, sending, the headers and the body), so a request that hangs
 * never holds its quota slot for good. Never retries, never logs the URL (it carries the API key).
 */
public final class SageTransport {

    private final HttpClient http;
    private final SageApiSettings settings;
    private final String authorization;
    private final ExecutorService executor;

    /**
     * @param http a client built with an executor service (the component's pool): requests are made and answered
     *             on its threads
     */
    public SageTransport(HttpClient http, SageApiSettings settings) {
        this.http = http;
        this.executor = http.executor().filter(ExecutorService.class::isInstance).map(ExecutorService.class::cast)
                .orElseThrow(() -> new IllegalArgumentException(
                        "The HTTP client has no executor service to make Sage requests on"));
        this.settings = settings;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer, whatever its status; fails with an {@code IOException} when none came in time. */
    public CompletableFuture<HttpResponse<byte[]>> send(SageRequest request) {
        HttpRequest.BodyPublisher body = request.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest httpRequest = HttpRequest.newBuilder(uri(request))
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("Content-Type", request.contentType())
                .header("Accept", SageRequest.JSON)
                .method(request.httpMethod(), body)
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = new CompletableFuture<>();
        Future<?> call = executor.submit(() -> exchange(httpRequest, answer));
        // The client's own timeout stops at the headers: a body that never ends would wait forever.
        return answer.orTimeout(settings.leaseTime().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyComposeAsync(failure -> {
                    if (failure instanceof TimeoutException) {
                        call.cancel(true);
                        return CompletableFuture.failedFuture(new HttpTimeoutException(
                                "No whole answer within " + settings.leaseTime().toMillis() + " ms"));
                    }
                    return CompletableFuture.failedFuture(failure);
                }, executor);
    }

    /**
     * The blocking call, on a thread of the component's pool. {@code sendAsync} would complete every answer on a
     * thread of the JDK's common pool, which on a machine of one or two cores is a new thread per answer, and the
     * route would continue there; answered here, the route continues on the pool thread that made the call.
     */
    private void exchange(HttpRequest httpRequest, CompletableFuture<HttpResponse<byte[]>> answer) {
        try {
            answer.complete(http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (InterruptedException e) {
            answer.completeExceptionally(e);
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    /** The request URL; its text is never put in an exception or a log, as it carries the API key. */
    URI uri(SageRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("apikey", settings.apiKey());
        if (request.companyId() != null) {
            query.put("companyid", String.valueOf(request.companyId()));
        }
        query.putAll(request.query());
        StringBuilder url = new StringBuilder(settings.baseUrl()).append("/api/").append(settings.apiVersion())
                .append('/').append(request.path());
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(encode(parameter.getKey()).replace("%24", "$"))
                    .append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        try {
            return new URI(url.toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build the Sage URL of " + request.describe() + " (" + e.getReason()
                                               + "): check the baseUrl and apiVersion options");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

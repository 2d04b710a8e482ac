package dev.camelsage.sage.internal.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import dev.camelsage.sage.Captures;
import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageValidationException;
import dev.camelsage.sage.quota.QuotaLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each error answer becomes the exception a route catches by type, with Sage's messages, the facts and what to do;
 * the answers Sage really sent (captured by darrynten/sage-one-php from API 1.1.2) first.
 */
class SageErrorMapperTest {

    private static final String API_KEY = "{6a1c9f3e-0000-4000-8000-00000000c0de}";
    private static final String CAPTURED = "darrynten-sage-one-php/HttpResponseCodes";
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private final SageErrorMapper mapper = new SageErrorMapper(new SageApiSettings("https://accounting.sageone.co.za",
            "2.0.0", "alice", "secret", API_KEY, Duration.ofSeconds(1), Duration.ofSeconds(1),
            new QuotaLimits(100, Duration.ofMinutes(1), 5000, Duration.ofMinutes(1), Duration.ofHours(1), 3)));
    private final SageRequest getCustomer = SageRequest.json("GET",
            new SageTarget("Customer", 7L, Map.of(), "getById"), "Get/5", null, true);

    @Test
    void theCapturedBadApiKeyPageIsAnAuthenticationFailureOfTheApiKey() {
        Captures.Answer answer = Captures.answer(CAPTURED, "401_Unauthorized_BadAPIKey", "401_Unauthorized_BadAPIKey");

        SageApiException e = map(answer.status(), answer.headers(), answer.body());

        assertThat(e).isInstanceOfSatisfying(SageAuthenticationException.class,
                auth -> assertThat(auth.getRejected()).isEqualTo(SageAuthenticationException.Rejected.API_KEY));
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getMessage()).isEqualTo("Sage refused the API key for GET Customer/Get/5 in company 7 (401,"
                + " X-APIKey: Invalid). Sage says: 401 - Unauthorized: Access is denied due to invalid credentials."
                + " Check the apiKey option: give the key exactly as Sage issued it, braces included.");
        assertThat(e.getResponseHeaders()).containsEntry("x-apikey", List.of("Invalid"))
                .containsEntry("x-powered-by", List.of("ASP.NET"));
    }

    @Test
    void theCapturedBadLoginIsAnAuthenticationFailureOfTheCredentials() {
        Captures.Answer answer = Captures.answer(CAPTURED, "401_Unauthorized_BadUserPass",
                "401_Unauthorized_BadUserPass.json");

        SageApiException e = map(answer.status(), answer.headers(), answer.body());

        assertThat(e).isInstanceOfSatisfying(SageAuthenticationException.class,
                auth -> assertThat(auth.getRejected()).isEqualTo(SageAuthenticationException.Rejected.CREDENTIALS));
        assertThat(e.getMessages()).containsExactly("Authorization has been denied for this request.");
        assertThat(e.getMessage()).startsWith("Sage refused the username and password for GET Customer/Get/5 in"
                + " company 7 (401). Sage says: Authorization has been denied for this request. Check the username");
        assertThat(e.getResponseBody()).isEqualTo(new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void theCapturedServerErrorIsRetryableAndTheCapturedUnknownRouteIsNotFound() {
        Captures.Answer error = Captures.answer(CAPTURED, "501_Internal_Server_Error", "501_Internal_Server_Error.json");
        Captures.Answer missing = Captures.answer(CAPTURED, "404_Not_Found", "404_Not_Found.json");

        SageApiException server = map(error.status(), error.headers(), error.body());
        SageApiException notFound = map(missing.status(), missing.headers(), missing.body());

        assertThat(server).isInstanceOf(SageServerException.class);
        assertThat(server.getStatusCode()).isEqualTo(500);
        assertThat(server.isRetryable()).isTrue();
        assertThat(server.getMessage()).isEqualTo("Sage failed on GET Customer/Get/5 in company 7 (500). Sage says: An"
                + " error has occurred. This may pass: try again later.");
        assertThat(notFound).isInstanceOf(SageNotFoundException.class);
        assertThat(notFound.getMessage()).contains("(404)").contains("check the ID and companyId");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | SageValidationException | Sage refused GET Customer/Get/5 in company 7 as invalid (400). Sage says: Name is required. Correct the request
            402 | SageApiException        | Sage answered 402 to GET Customer/Get/5 in company 7. Sage says: Name is required. The Sage subscription of this company has expired: renew it.
            405 | SageApiException        | Sage answered 405 to GET Customer/Get/5 in company 7. Sage says: Name is required. The method does not take this HTTP verb
            409 | SageConflictException   | Sage refused GET Customer/Get/5 in company 7 because other records use it (409). Sage says: Name is required. Delete or change
            415 | SageApiException        | Sage answered 415 to GET Customer/Get/5 in company 7. Sage says: Name is required. Sage wants another Content-Type
            418 | SageApiException        | Sage answered 418 to GET Customer/Get/5 in company 7. Sage says: Name is required.
            503 | SageServerException     | Sage failed on GET Customer/Get/5 in company 7 (503, scheduled maintenance). Sage says: Name is required. This may pass
            502 | SageServerException     | Sage failed on GET Customer/Get/5 in company 7 (502). Sage says: Name is required. This may pass
            """)
    void eachStatusBecomesItsExceptionWithAHint(int status, String type, String message) {
        SageApiException e = map(status, Map.of(), "{\"Message\":\"Name is required...  \"}".getBytes(StandardCharsets.UTF_8));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getMessage()).startsWith(message);
        assertThat(e.getEntity()).isEqualTo("Customer");
        assertThat(e.getOperation()).isEqualTo("getById");
        assertThat(e.getCompanyId()).isEqualTo("7");
        assertThat(e.isRetryable()).isEqualTo(status >= 500);
    }

    @Test
    void a429CarriesTheBlockAndSagesReasonsFromTheHeaderAndTheBody() {
        Instant until = NOW.plus(Duration.ofMinutes(60));
        byte[] body = "{\"Message\":\"Too many\"}".getBytes(StandardCharsets.UTF_8);

        SageApiException fromHeader = mapper.toException(getCustomer, response(429,
                Map.of("X-RequestLimit-ExceededReason", List.of("Exceeded 100 in a minute")), body), until, NOW);
        SageApiException fromBody = mapper.toException(getCustomer, response(429, Map.of(), body), until, NOW);

        assertThat(fromHeader).isInstanceOfSatisfying(SageRateLimitException.class, e -> {
            assertThat(e.getReason()).isEqualTo("Exceeded 100 in a minute / Too many");
            assertThat(e.getBlockedUntil()).isEqualTo(until);
            assertThat(e.getRetryAfter()).isEqualTo(Duration.ofMinutes(60));
            assertThat(e.getMessage()).isEqualTo("Sage blocked GET Customer/Get/5 in company 7 for exceeding its request"
                    + " limit (429: Exceeded 100 in a minute / Too many). Sage says: Too many. Send nothing for this company until"
                    + " 2026-11-30T09:00:00Z: every request during the block extends it.");
        });
        assertThat(fromBody).isInstanceOfSatisfying(SageRateLimitException.class,
                e -> assertThat(e.getReason()).isEqualTo("Too many"));
        assertThat(SageErrorMapper.exceededReason(response(429, Map.of("X-RequestLimit-ExceededReason", List.of(" ")),
                new byte[0]))).as("a blank header and no body give no reason").isNull();
        assertThat(SageErrorMapper.exceededReason(response(429, Map.of("X-RequestLimit-ExceededReason", List.of("Exceeded")),
                "[\"Too many\", \" \"]".getBytes(StandardCharsets.UTF_8)))).as("a blank message adds nothing")
                .isEqualTo("Exceeded / Too many");
    }

    @Test
    void neitherTheApiKeyNorSessionHeadersAreKeptAndAnEmptyBodyHasNoMessages() {
        byte[] echo = ("{\"Message\":\"No resource for /api/2.0.0/Customer/Get?apikey=" + API_KEY + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Set-Cookie", List.of("ASP.NET_SessionId=abc"));
        headers.put("Authorization", List.of("Basic xyz"));
        headers.put(":status", List.of("404"));
        headers.put("LOGUID", List.of("349ba2a9"));

        SageApiException echoed = map(404, headers, echo);
        SageApiException empty = map(404, Map.of(), new byte[0]);

        assertThat(echoed.getMessage()).doesNotContain("6a1c9f3e").contains("apikey=xxxxxx");
        assertThat(echoed.getMessages()).singleElement().asString().doesNotContain("6a1c9f3e");
        assertThat(echoed.getResponseBody()).doesNotContain("6a1c9f3e");
        assertThat(echoed.getResponseHeaders()).containsOnlyKeys("loguid");
        assertThat(empty.getMessages()).isEmpty();
        assertThat(empty.getMessage()).isEqualTo("Sage found nothing for GET Customer/Get/5 in company 7 (404). Records"
                + " belong to one company: check the ID and companyId, and the service and method names.");
    }

    private SageApiException map(int status, Map<String, List<String>> headers, byte[] body) {
        return mapper.toException(getCustomer, response(status, headers, body), null, NOW);
    }

    private static HttpResponse<byte[]> response(int status, Map<String, List<String>> headers, byte[] body) {
        HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return null;
            }

            @Override
            public Optional<HttpResponse<byte[]>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return httpHeaders;
            }

            @Override
            public byte[] body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("https://accounting.sageone.co.za/api/2.0.0/Customer/Get/5");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}

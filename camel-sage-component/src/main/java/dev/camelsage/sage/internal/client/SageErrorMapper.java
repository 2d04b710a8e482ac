package dev.camelsage.sage.internal.client;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageValidationException;

/**
 * Turns an error answer from Sage into the exception a route can catch by type, with a message that says what failed,
 * Sage's reasons, and what to do, and the raw body and headers. Messages name the entity, operation and company;
 * never the URL (it carries the API key) nor any credential, and the API key is removed from the body.
 */
final class SageErrorMapper {

    /** Headers that may carry a session and are never kept on an exception. */
    private static final List<String> DROPPED_HEADERS = List.of("set-cookie", "authorization");

    private final SageApiSettings settings;

    SageErrorMapper(SageApiSettings settings) {
        this.settings = settings;
    }

    /**
     * Sage's reason for a 429, from the {@code X-RequestLimit-ExceededReason} header and the body's messages alike
     * (where Sage puts it is not known), each different text once; {@code null} when neither says anything. Both are
     * read so that a username lock-out named in only one of them is still seen as the 24-hour lock-out it is.
     */
    static String exceededReason(HttpResponse<byte[]> response) {
        Set<String> reasons = new LinkedHashSet<>();
        response.headers().firstValue("X-RequestLimit-ExceededReason").map(String::trim)
                .filter(header -> !header.isEmpty()).ifPresent(reasons::add);
        SageErrorBody.messages(response.body()).stream().map(String::trim).filter(message -> !message.isEmpty())
                .forEach(reasons::add);
        return reasons.isEmpty() ? null : String.join(" / ", reasons);
    }

    /**
     * @param blockedUntil for a 429: when the quota guard lets requests for this company go again
     */
    SageApiException toException(SageRequest request, HttpResponse<byte[]> response, Instant blockedUntil, Instant now) {
        int status = response.statusCode();
        String body = settings.redact(response.body() == null ? null : new String(response.body(), StandardCharsets.UTF_8));
        Map<String, List<String>> headers = headers(response);
        List<String> messages = SageErrorBody.messages(response.body()).stream().map(settings::redact).toList();
        String what = request.describe();
        String reasons = messages.isEmpty() ? "" : " Sage says: " + String.join(" / ", messages).replaceAll("[.\\s]+$", "") + ".";
        String entity = request.entity();
        String operation = request.operation();
        String company = request.companyKey();
        return switch (status) {
            case 400 -> new SageValidationException("Sage refused " + what + " as invalid (400)." + reasons
                    + " Correct the request (required fields, unique names, IDs of this company) and send it again.",
                    messages, entity, operation, company, body, headers);
            case 401 -> "invalid".equalsIgnoreCase(response.headers().firstValue("X-APIKey").orElse(null))
                    ? new SageAuthenticationException("Sage refused the API key for " + what + " (401, X-APIKey:"
                            + " Invalid)." + reasons + " Check the apiKey option: give the key exactly as Sage issued"
                            + " it, braces included.", SageAuthenticationException.Rejected.API_KEY, messages, entity,
                            operation, company, body, headers)
                    : new SageAuthenticationException("Sage refused the username and password for " + what + " (401)."
                            + reasons + " Check the username and password options and that this login may use the"
                            + " company; Sage locks a login for 24 hours after 20 failed attempts in an hour.",
                            SageAuthenticationException.Rejected.CREDENTIALS, messages, entity, operation, company,
                            body, headers);
            case 404 -> new SageNotFoundException("Sage found nothing for " + what + " (404)." + reasons
                    + " Records belong to one company: check the ID and companyId, and the service and method names.",
                    messages, entity, operation, company, body, headers);
            case 409 -> new SageConflictException("Sage refused " + what + " because other records use it (409)."
                    + reasons + " Delete or change what uses it first, or deactivate the record (Active=false) with a"
                    + " save instead.", messages, entity, operation, company, body, headers);
            case 429 -> {
                String reason = settings.redact(exceededReason(response));
                yield new SageRateLimitException("Sage blocked " + what + " for exceeding its request limit (429"
                        + (reason == null ? "" : ": " + reason) + ")." + reasons + " Send nothing for this company until "
                        + blockedUntil + ": every request during the block extends it.", blockedUntil,
                        Duration.between(now, blockedUntil), reason, messages,
                        entity, operation, company, body, headers);
            }
            default -> status >= 500
                    ? new SageServerException("Sage failed on " + what + " (" + status
                            + (status == 503 ? ", scheduled maintenance" : "") + ")." + reasons
                            + " This may pass: try again later.", status, messages, entity, operation, company, body,
                            headers)
                    : new SageApiException("Sage answered " + status + " to " + what + "." + reasons + hint(status),
                            status, messages, entity, operation, company, body, headers, null);
        };
    }

    private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.startsWith(":") && !DROPPED_HEADERS.contains(lower)) {
                headers.put(lower, List.copyOf(values));
            }
        });
        return headers;
    }

    private static String hint(int status) {
        return switch (status) {
            case 402 -> " The Sage subscription of this company has expired: renew it.";
            case 405 -> " The method does not take this HTTP verb, or this invited user may not call it: check the method"
                        + " name and the httpMethod option.";
            case 415 -> " Sage wants another Content-Type; report this as a camel-sage bug.";
            default -> "";
        };
    }
}

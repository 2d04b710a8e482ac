package dev.camelsage.sage.client;

import java.time.Instant;
import java.util.List;

import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageValidationException;

/**
 * Turns an error answer from Sage into the exception a route can catch by type, with a message that says what failed,
 * Sage's reasons, and what to do. Messages name the entity, operation and company; never the URL (it carries the API
 * key) nor any credential.
 */
final class SageErrorMapper {

    /**
     * @param apiKeyHeader   Sage's {@code X-APIKey} response header, or {@code null}
     * @param blockedUntil   for a 429: when the quota guard lets requests for this company go again
     * @param exceededReason the {@code X-RequestLimit-ExceededReason} header, or {@code null}
     */
    SageApiException toException(SageRequest request, int status, byte[] body, String apiKeyHeader, Instant blockedUntil,
                                 String exceededReason) {
        List<String> messages = SageErrorBody.messages(body);
        String what = describe(request);
        String reasons = messages.isEmpty() ? "" : " Sage says: " + String.join(" / ", messages).replaceAll("[.\\s]+$", "") + ".";
        String entity = request.entity();
        String operation = request.operation();
        String company = request.companyKey();
        return switch (status) {
            case 400 -> new SageValidationException(
                    "Sage refused " + what + " as invalid (400)." + reasons
                                                    + " Correct the request (required fields, unique names, IDs of this company) and send it again.",
                    messages, entity, operation, company);
            case 401 -> "invalid".equalsIgnoreCase(apiKeyHeader)
                    ? new SageAuthenticationException(
                            "Sage refused the API key for " + what + " (401, X-APIKey: Invalid)." + reasons
                                                      + " Check the apiKey option: give the key exactly as Sage issued it, braces included.",
                            SageAuthenticationException.Rejected.API_KEY, messages, entity, operation, company)
                    : new SageAuthenticationException(
                            "Sage refused the username and password for " + what + " (401)." + reasons
                                                      + " Check the username and password options and that this login may use the company;"
                                                      + " Sage locks a login for 24 hours after 20 failed attempts in an hour.",
                            SageAuthenticationException.Rejected.CREDENTIALS, messages, entity, operation, company);
            case 404 -> new SageNotFoundException(
                    "Sage found nothing for " + what + " (404)." + reasons
                                                  + " Records belong to one company: check the ID and companyId, and the service and method names.",
                    messages, entity, operation, company);
            case 409 -> new SageConflictException(
                    "Sage refused " + what + " because other records use it (409)." + reasons
                                                  + " Delete or change what uses it first, or deactivate the record (Active=false) with a save instead.",
                    messages, entity, operation, company);
            case 429 -> rateLimited(request, what, reasons, messages, blockedUntil, exceededReason);
            default -> status >= 500
                    ? new SageServerException(
                            "Sage failed on " + what + " (" + status + (status == 503 ? ", scheduled maintenance" : "") + ")."
                                              + reasons + " This may pass: try again later.",
                            status, messages, entity, operation, company)
                    : new SageApiException(
                            "Sage answered " + status + " to " + what + "." + reasons + hint(status),
                            status, messages, entity, operation, company);
        };
    }

    private SageRateLimitException rateLimited(SageRequest request, String what, String reasons, List<String> messages,
                                               Instant until, String exceededReason) {
        String reason = exceededReason != null ? exceededReason : messages.isEmpty() ? null : messages.get(0);
        return new SageRateLimitException(
                "Sage blocked " + what + " for exceeding its request limit (429"
                                          + (exceededReason == null ? "" : ": " + exceededReason) + ")." + reasons
                                          + " Send nothing for this company until " + until
                                          + ": every request during the block extends it.",
                until, reason, messages, request.entity(), request.operation(), request.companyKey());
    }

    private static String hint(int status) {
        return switch (status) {
            case 402 -> " The Sage subscription of this company has expired: renew it.";
            case 405 -> " The method does not take this HTTP verb, or this invited user may not call it: check the method"
                        + " name and the httpMethod option.";
            case 415 -> " Sage wants Content-Type: application/json; report this as a camel-sage bug.";
            default -> "";
        };
    }

    static String describe(SageRequest request) {
        StringBuilder text = new StringBuilder(request.httpMethod()).append(' ').append(request.path());
        if (request.companyId() != null) {
            text.append(" in company ").append(request.companyId());
        }
        return text.toString();
    }
}

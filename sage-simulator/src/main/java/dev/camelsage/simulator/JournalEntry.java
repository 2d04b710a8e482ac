package dev.camelsage.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the simulator received it.
 *
 * @param apiKey  normalised: no braces, lower case; null when the request had none
 * @param query   parameter names lower-cased, values decoded
 * @param headers names lower-cased; {@code Authorization} redacted to {@code "Basic <user>"}
 * @param whileBlocked the request arrived while its key+company (or its username) was blocked
 */
public record JournalEntry(Instant time, String username, String apiKey, Long companyId,
                           String httpMethod, String service, String method, String id,
                           Map<String, String> query, Map<String, String> headers,
                           int status, boolean whileBlocked) {
}

package dev.camelsage.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One request as the simulator received it, and what became of it.
 *
 * @param apiKey       normalised: no braces, lower case; null when the request had none
 * @param query        parameter names lower-cased, values decoded
 * @param headers      names lower-cased; {@code Authorization} redacted to {@code "Basic <user>"}
 * @param status       the status the simulator answered, or would have answered when a fault dropped the answer;
 *                     0 when the connection was reset before anything was processed
 * @param whileBlocked the request arrived while its key+company (or its username) was blocked
 * @param faults       the faults injected into this request (empty for most)
 * @param committed    whether the request changed stored data (a Save, SaveBatch, Delete, attachment or Email that
 *                     succeeded), whether or not its answer reached the client
 */
public record JournalEntry(Instant time, String username, String apiKey, Long companyId,
                           String httpMethod, String service, String method, String id,
                           Map<String, String> query, Map<String, String> headers,
                           int status, boolean whileBlocked, Set<FaultKind> faults, boolean committed) {

    /** Whether the client got no answer at all (connection reset, or answer dropped after the commit). */
    public boolean unanswered() {
        return faults.contains(FaultKind.CONNECTION_RESET) || faults.contains(FaultKind.ANSWER_DROPPED);
    }
}

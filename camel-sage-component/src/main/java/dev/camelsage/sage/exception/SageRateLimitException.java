package dev.camelsage.sage.exception;

import java.time.Instant;
import java.util.List;

/**
 * HTTP 429, or a request the component held back to keep the company under Sage's quota. Sage blocks the API key
 * and company for an hour and extends the block on every request made during it, so nothing is sent for this
 * company until {@link #getBlockedUntil()}.
 */
public class SageRateLimitException extends SageApiException {

    private final Instant blockedUntil;
    private final String reason;

    public SageRateLimitException(String message, Instant blockedUntil, String reason, List<String> messages,
                                  String entity, String operation, String companyId) {
        super(message, 429, messages, entity, operation, companyId);
        this.blockedUntil = blockedUntil;
        this.reason = reason;
    }

    /** The earliest instant a request for this API key and company may be sent again. */
    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    /** Why: Sage's {@code X-RequestLimit-ExceededReason}, or the component's own reason for holding the request back. */
    public String getReason() {
        return reason;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}

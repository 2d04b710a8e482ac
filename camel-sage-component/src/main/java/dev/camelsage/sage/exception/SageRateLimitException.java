package dev.camelsage.sage.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * HTTP 429, or a request the component held back to keep the company under Sage's quota ({@link #isHeldBack()}).
 * Sage blocks the API key and company for an hour and extends the block on every request made during it, so nothing
 * is sent for this company until {@link #getBlockedUntil()}.
 */
public class SageRateLimitException extends SageApiException {

    private final Instant blockedUntil;
    private final Duration retryAfter;
    private final String reason;
    private final boolean heldBack;

    /** Sage answered 429; {@code retryAfter} is how long from now until {@code blockedUntil}. */
    public SageRateLimitException(String message, Instant blockedUntil, Duration retryAfter, String reason,
                                  List<String> messages, String entity, String operation, String companyId,
                                  String responseBody, Map<String, List<String>> responseHeaders) {
        super(message, 429, messages, entity, operation, companyId, responseBody, responseHeaders, null);
        this.blockedUntil = blockedUntil;
        this.retryAfter = retryAfter;
        this.reason = reason;
        this.heldBack = false;
    }

    private SageRateLimitException(String message, Instant blockedUntil, Duration retryAfter, String reason,
                                   String entity, String operation, String companyId) {
        super(message, 0, List.of(), entity, operation, companyId);
        this.blockedUntil = blockedUntil;
        this.retryAfter = retryAfter;
        this.reason = reason;
        this.heldBack = true;
    }

    /** A request camel-sage did not send: the company is blocked, or no quota slot frees within maxQuotaWait. */
    public static SageRateLimitException heldBack(String message, Instant blockedUntil, Duration retryAfter,
                                                  String reason, String entity, String operation, String companyId) {
        return new SageRateLimitException(message, blockedUntil, retryAfter, reason, entity, operation, companyId);
    }

    /** The earliest instant a request for this API key and company may be sent again. */
    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    /** How long after the failure a request may be sent again: from then until {@link #getBlockedUntil()}. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** Why: Sage's lock-out reason, or the component's own reason for holding the request back. */
    public String getReason() {
        return reason;
    }

    /**
     * {@code true} when camel-sage held the request back and sent nothing (status code 0); {@code false} when Sage
     * answered 429.
     */
    public boolean isHeldBack() {
        return heldBack;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}

package dev.camelsage.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The request limits the simulator enforces, per (API key, company) and per username.
 *
 * @param requestsPerWindow   requests allowed in any sliding {@code window}; one more is answered 429 and starts a block
 * @param window              length of the sliding window
 * @param requestsPerDay      requests allowed per calendar day (UTC) per (API key, company)
 * @param blockDuration       how long a key+company stays blocked; every request during the block extends it
 * @param failedLoginsPerHour failed logins allowed per username in any hour; one more blocks the username
 * @param loginBlockDuration  how long a blocked username stays blocked
 * @param sendRetryAfter      whether 429 answers carry {@code Retry-After} (Sage documents none)
 * @param lockoutReason       where a 429 gives its reason: the {@code X-RequestLimit-ExceededReason} header, the
 *                            body, or both (the default; Sage's placement was never captured)
 */
public record QuotaSettings(int requestsPerWindow, Duration window, int requestsPerDay, Duration blockDuration,
                            int failedLoginsPerHour, Duration loginBlockDuration, boolean sendRetryAfter,
                            LockoutReason lockoutReason) {

    public QuotaSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockoutReason, "lockoutReason");
        Objects.requireNonNull(blockDuration, "blockDuration");
        Objects.requireNonNull(loginBlockDuration, "loginBlockDuration");
        if (requestsPerWindow < 1 || requestsPerDay < 1 || failedLoginsPerHour < 1) {
            throw new IllegalArgumentException("Quota counts must be at least 1; use QuotaSettings.unlimited() for no limits");
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("The quota window must be positive: " + window);
        }
    }

    /** Sage's documented limits: 100 per 60 s, 5,000 a day, one-hour block, 20 failed logins an hour block for 24 h. */
    public static QuotaSettings sage() {
        return new QuotaSettings(100, Duration.ofSeconds(60), 5000, Duration.ofHours(1),
                20, Duration.ofHours(24), false, LockoutReason.BOTH);
    }

    /** No limits at all, e.g. for throughput benchmarks. */
    public static QuotaSettings unlimited() {
        return new QuotaSettings(Integer.MAX_VALUE, Duration.ofSeconds(60), Integer.MAX_VALUE, Duration.ZERO,
                Integer.MAX_VALUE, Duration.ZERO, false, LockoutReason.BOTH);
    }

    public QuotaSettings withWindow(int requests, Duration window) {
        return new QuotaSettings(requests, window, requestsPerDay, blockDuration, failedLoginsPerHour, loginBlockDuration, sendRetryAfter, lockoutReason);
    }

    public QuotaSettings withDaily(int requests) {
        return new QuotaSettings(requestsPerWindow, window, requests, blockDuration, failedLoginsPerHour, loginBlockDuration, sendRetryAfter, lockoutReason);
    }

    public QuotaSettings withBlockDuration(Duration block) {
        return new QuotaSettings(requestsPerWindow, window, requestsPerDay, block, failedLoginsPerHour, loginBlockDuration, sendRetryAfter, lockoutReason);
    }

    public QuotaSettings withFailedLogins(int perHour, Duration block) {
        return new QuotaSettings(requestsPerWindow, window, requestsPerDay, blockDuration, perHour, block, sendRetryAfter, lockoutReason);
    }

    public QuotaSettings withRetryAfter(boolean send) {
        return new QuotaSettings(requestsPerWindow, window, requestsPerDay, blockDuration, failedLoginsPerHour, loginBlockDuration, send, lockoutReason);
    }

    public QuotaSettings withLockoutReason(LockoutReason where) {
        return new QuotaSettings(requestsPerWindow, window, requestsPerDay, blockDuration, failedLoginsPerHour,
                loginBlockDuration, sendRetryAfter, where);
    }
}

package dev.camelsage.sage.quota;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one quota looks like now, for health checks, metrics and result headers.
 *
 * @param usedInWindow       requests counted in the current sliding window
 * @param remainingInWindow  requests that may still be sent in it
 * @param usedToday          requests counted in the last 24 hours
 * @param remainingToday     requests that may still be sent in them
 * @param blockedUntil       when a block ends; {@code null} when not blocked
 * @param blockReason        why the quota is blocked; {@code null} when not blocked
 * @param recentRateLimited  429s received in the last hour
 * @param recentUnauthorized 401s received in the last hour
 */
public record QuotaSnapshot(int usedInWindow, int remainingInWindow, int usedToday, int remainingToday,
                            Instant blockedUntil, String blockReason, int recentRateLimited, int recentUnauthorized) implements Serializable {

    /** Whether nothing may be sent at {@code now} because Sage blocks the quota. */
    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }
}

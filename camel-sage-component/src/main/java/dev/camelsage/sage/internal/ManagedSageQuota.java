package dev.camelsage.sage.internal;

import dev.camelsage.sage.internal.quota.QuotaGuard;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;

/** One Sage quota (API key and company) as JMX attributes; every read asks the guard, and spends nothing. */
@ManagedResource(description = "A Sage quota: requests used in the window and the day, the block after a 429,"
                               + " and the 429s and 401s of the last hour")
public class ManagedSageQuota {

    private final QuotaGuard guard;
    private final QuotaKey key;
    private final QuotaLimits limits;

    public ManagedSageQuota(QuotaGuard guard, QuotaKey key, QuotaLimits limits) {
        this.guard = guard;
        this.key = key;
        this.limits = limits;
    }

    private QuotaSnapshot snapshot() {
        return guard.snapshot(key, limits);
    }

    @ManagedAttribute(description = "The company this quota counts for; - for calls made without one")
    public String getCompanyId() {
        return key.companyId();
    }

    @ManagedAttribute(description = "The Sage installation")
    public String getBaseUrl() {
        return key.baseUrl();
    }

    @ManagedAttribute(description = "A one-way fingerprint of the API key (never the key itself)")
    public String getApiKeyFingerprint() {
        return key.apiKeyFingerprint();
    }

    @ManagedAttribute(description = "Most requests in any window of rateLimitPeriod")
    public int getRateLimit() {
        return limits.rateLimit();
    }

    @ManagedAttribute(description = "The sliding window of rateLimit, in milliseconds")
    public long getRateLimitPeriodMillis() {
        return limits.rateLimitPeriod().toMillis();
    }

    @ManagedAttribute(description = "Most requests in any 24 hours")
    public int getDailyRateLimit() {
        return limits.dailyRateLimit();
    }

    @ManagedAttribute(description = "Requests in flight or completed within the current window")
    public int getUsedInWindow() {
        return snapshot().usedInWindow();
    }

    @ManagedAttribute(description = "Requests that may still be sent in the current window")
    public int getRemainingInWindow() {
        return snapshot().remainingInWindow();
    }

    @ManagedAttribute(description = "Requests in flight or completed within the last 24 hours")
    public int getUsedToday() {
        return snapshot().usedToday();
    }

    @ManagedAttribute(description = "Requests that may still be sent within the 24 hours")
    public int getRemainingToday() {
        return snapshot().remainingToday();
    }

    @ManagedAttribute(description = "Whether Sage blocks this quota now: nothing is sent until BlockedUntil")
    public boolean isBlocked() {
        return snapshot().blockedUntil() != null;
    }

    @ManagedAttribute(description = "When the block after a 429 ends (ISO-8601, UTC); empty when not blocked")
    public String getBlockedUntil() {
        QuotaSnapshot snapshot = snapshot();
        return snapshot.blockedUntil() == null ? "" : snapshot.blockedUntil().toString();
    }

    @ManagedAttribute(description = "429 answers within the last hour")
    public int getRecentRateLimited() {
        return snapshot().recentRateLimited();
    }

    @ManagedAttribute(description = "401 answers within the last hour")
    public int getRecentUnauthorized() {
        return snapshot().recentUnauthorized();
    }
}

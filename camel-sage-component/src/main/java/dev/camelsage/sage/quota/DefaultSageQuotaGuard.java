package dev.camelsage.sage.quota;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/** Placeholder until the quota guard of issue 5 is merged: lets every request through and counts nothing. */
public class DefaultSageQuotaGuard implements SageQuotaGuard {

    public DefaultSageQuotaGuard(ScheduledExecutorService scheduler) {
    }

    @Override
    public CompletableFuture<QuotaPermit> acquire(QuotaRequest request) {
        return CompletableFuture.completedFuture(new QuotaPermit() {
            @Override
            public void completed(int statusCode, String retryAfter, String exceededReason) {
            }

            @Override
            public void failed() {
            }
        });
    }

    @Override
    public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits) {
        return new QuotaSnapshot(0, limits.rateLimit(), 0, limits.dailyRateLimit(), null, 0, 0);
    }
}

package dev.camelsage.sage.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A guard on a manual clock and scheduler, with short names for what the quota tests do over and over. */
final class QuotaFixture {

    static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
    static final String BASE_URL = "http://127.0.0.1:8080";
    static final String API_KEY = "{6a1c9f3e-0000-4000-8000-00000000c0de}";

    final ManualClock clock = new ManualClock(START);
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final InMemorySageQuotaStore store = new InMemorySageQuotaStore();
    final DefaultSageQuotaGuard guard = new DefaultSageQuotaGuard(store, scheduler, clock);

    static QuotaKey company(String companyId) {
        return new QuotaKey(BASE_URL, QuotaKey.fingerprint(API_KEY), companyId);
    }

    /** rateLimit per period, a roomy day, generous wait, one-hour block, five failed logins. */
    static QuotaLimits limits(int rateLimit, Duration period) {
        return new QuotaLimits(rateLimit, period, 5_000, Duration.ofHours(30), Duration.ofHours(1), 5);
    }

    static QuotaLimits withMaxWait(QuotaLimits limits, Duration maxQuotaWait) {
        return new QuotaLimits(limits.rateLimit(), limits.rateLimitPeriod(), limits.dailyRateLimit(), maxQuotaWait,
                limits.blockDuration(), limits.maxFailedLogins());
    }

    static QuotaLimits withDaily(QuotaLimits limits, int dailyRateLimit) {
        return new QuotaLimits(limits.rateLimit(), limits.rateLimitPeriod(), dailyRateLimit, limits.maxQuotaWait(),
                limits.blockDuration(), limits.maxFailedLogins());
    }

    CompletableFuture<QuotaPermit> acquire(QuotaKey key, QuotaLimits limits) {
        return acquire(key, "alice@example.co.za", limits);
    }

    CompletableFuture<QuotaPermit> acquire(QuotaKey key, String username, QuotaLimits limits) {
        return guard.acquire(new QuotaRequest(key, username, limits, "Customer", "get"));
    }

    /** Asserts the request went at once and hands over its permit. */
    static QuotaPermit granted(CompletableFuture<QuotaPermit> future) {
        assertThat(future).as("permit granted").isCompleted();
        return future.join();
    }

    void advance(Duration duration) {
        scheduler.advance(duration);
    }

    Instant at(Duration sinceStart) {
        return START.plus(sinceStart);
    }
}

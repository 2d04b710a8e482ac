package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

import static org.assertj.core.api.Assertions.assertThat;

/** A guard on a manual clock and scheduler, with short names for what the quota tests do over and over. */
final class QuotaFixture {

    static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
    static final String BASE_URL = "http://127.0.0.1:8080";
    static final String API_KEY = "{6a1c9f3e-0000-4000-8000-00000000c0de}";
    /** Longer than any test's request, so no lease expires by itself. */
    static final Duration LEASE = Duration.ofDays(2);

    final ManualClock clock = new ManualClock(START);
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final InMemorySageQuotaStore store = new InMemorySageQuotaStore();
    final QuotaGuard guard = new QuotaGuard(store, scheduler, Runnable::run, clock);

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
        return guard.acquire(request(key, username, limits));
    }

    static QuotaRequest request(QuotaKey key, String username, QuotaLimits limits) {
        return new QuotaRequest(key, login(username), limits, LEASE, "Customer", "get");
    }

    static LoginKey login(String username) {
        return new LoginKey(BASE_URL, QuotaKey.fingerprint(username));
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

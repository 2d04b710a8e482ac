package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.LogCapture;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static dev.camelsage.sage.internal.quota.QuotaFixture.company;
import static dev.camelsage.sage.internal.quota.QuotaFixture.granted;
import static dev.camelsage.sage.internal.quota.QuotaFixture.limits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaGuardBlockTest {

    private static final String REASON = "Your IP address has exceeded the allowed number of transactions per minute"
            + " and has been blocked for 1 hour";
    private static final QuotaKey ACME = company("1");
    private static final QuotaKey GLOBEX = company("2");
    private static final QuotaLimits LIMITS = limits(10, Duration.ofSeconds(1));

    private final QuotaFixture quota = new QuotaFixture();

    @Test
    void a429WithRetryAfterInSecondsBlocksTheCompanyUntilThen() {
        granted(quota.acquire(ACME, LIMITS)).completed(429, "120", REASON);
        Instant until = quota.at(Duration.ofSeconds(120));

        CompletableFuture<QuotaPermit> refused = quota.acquire(ACME, LIMITS);
        assertThat(refused).as("fails at once, without waiting").isCompletedExceptionally();
        assertThatThrownBy(() -> BoundedWait.join(refused)).cause().isInstanceOfSatisfying(SageRateLimitException.class, e -> {
            assertThat(e.getBlockedUntil()).isEqualTo(until);
            assertThat(e.getReason()).isEqualTo(REASON);
            assertThat(e.getStatusCode()).as("nothing was sent").isZero();
            assertThat(e.isHeldBack()).isTrue();
            assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
            assertThat(e.getCompanyId()).isEqualTo("1");
            assertThat(e.getMessage()).contains(until.toString()).doesNotContain(QuotaFixture.API_KEY);
        });
        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isEqualTo(until);

        quota.advance(Duration.ofSeconds(119));
        assertThat(quota.acquire(ACME, LIMITS)).isCompletedExceptionally();
        quota.advance(Duration.ofSeconds(1));
        granted(quota.acquire(ACME, LIMITS));
        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isNull();
    }

    @Test
    void a429WithRetryAfterAsHttpDateBlocksUntilThatDate() {
        Instant until = quota.at(Duration.ofMinutes(45));
        String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atOffset(ZoneOffset.UTC));
        granted(quota.acquire(ACME, LIMITS)).completed(429, httpDate, REASON);

        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isEqualTo(until);
    }

    @Test
    void a429WithoutRetryAfterBlocksForBlockDuration() {
        granted(quota.acquire(ACME, LIMITS)).completed(429, null, null);

        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isEqualTo(quota.at(Duration.ofHours(1)));
        assertThatThrownBy(() -> BoundedWait.join(quota.acquire(ACME, LIMITS))).cause()
                .isInstanceOfSatisfying(SageRateLimitException.class,
                        e -> assertThat(e.getReason()).contains("without a reason"));
    }

    @Test
    void anUnreadableOrNegativeRetryAfterFallsBackToBlockDuration() {
        granted(quota.acquire(ACME, LIMITS)).completed(429, "soon", REASON);
        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isEqualTo(quota.at(Duration.ofHours(1)));

        granted(quota.acquire(GLOBEX, LIMITS)).completed(429, "-30", REASON);
        assertThat(quota.guard.snapshot(GLOBEX, LIMITS).blockedUntil()).isEqualTo(quota.at(Duration.ofHours(1)));
    }

    @Test
    void aFailedLoginLockoutBlocksForAtLeastTheDaySageLocksTheUserOut() {
        granted(quota.acquire(ACME, LIMITS)).completed(429, null,
                "Your Username has exceeded the allowed number of login attempts and has been blocked for 24 hours");

        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isEqualTo(quota.at(Duration.ofHours(24)));
    }

    @Test
    void requestsWaitingInLineFailAsSoonAsTheBlockStarts() {
        QuotaLimits one = limits(1, Duration.ofSeconds(10));
        QuotaPermit inFlight = granted(quota.acquire(ACME, one));
        CompletableFuture<QuotaPermit> waiting = quota.acquire(ACME, one);

        inFlight.completed(429, "3600", REASON);
        quota.scheduler.runDue();

        assertThatThrownBy(() -> BoundedWait.join(waiting)).cause().isInstanceOf(SageRateLimitException.class);
    }

    @Test
    void anotherCompanyGoesOnWhileOneIsBlocked() {
        granted(quota.acquire(ACME, LIMITS)).completed(429, "3600", REASON);

        granted(quota.acquire(GLOBEX, LIMITS)).completed(200, null, null);
        assertThat(quota.guard.snapshot(GLOBEX, LIMITS).blockedUntil()).isNull();
    }

    @Test
    void theBlockIsLoggedOnceLoudlyWithReasonCompanyAndEndButNeverTheApiKey() {
        try (LogCapture log = new LogCapture("dev.camelsage.sage.internal.quota")) {
            QuotaPermit first = granted(quota.acquire(ACME, LIMITS));
            QuotaPermit second = granted(quota.acquire(ACME, LIMITS));
            first.completed(429, "600", REASON);
            second.completed(429, "900", REASON);
            quota.acquire(ACME, LIMITS);

            assertThat(log.messagesAt(Level.ERROR)).singleElement().satisfies(message -> assertThat(message)
                    .contains(REASON).contains("company 1").contains(quota.at(Duration.ofMinutes(10)).toString())
                    .contains(ACME.apiKeyFingerprint()).doesNotContain(QuotaFixture.API_KEY)
                    .doesNotContain("6a1c9f3e"));
        }
    }

    @Test
    void aLaterRetryAfterExtendsTheBlockButAnEarlierOneDoesNotShortenIt() {
        QuotaPermit first = granted(quota.acquire(ACME, LIMITS));
        QuotaPermit second = granted(quota.acquire(ACME, LIMITS));
        QuotaPermit third = granted(quota.acquire(ACME, LIMITS));
        first.completed(429, "600", REASON);
        second.completed(429, "1200", REASON);
        third.completed(429, "60", REASON);

        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isEqualTo(quota.at(Duration.ofMinutes(20)));
    }

    @Test
    void snapshotCountsThe429sOfTheLastHour() {
        granted(quota.acquire(ACME, LIMITS)).completed(429, "1", REASON);
        quota.advance(Duration.ofMinutes(30));
        granted(quota.acquire(ACME, LIMITS)).completed(429, "1", REASON);
        assertThat(quota.guard.snapshot(ACME, LIMITS).recentRateLimited()).isEqualTo(2);

        quota.advance(Duration.ofMinutes(31));
        assertThat(quota.guard.snapshot(ACME, LIMITS).recentRateLimited()).isEqualTo(1);
        assertThat(quota.guard.snapshot(GLOBEX, LIMITS).recentRateLimited()).isZero();
    }

    @Test
    void aRetryAfterOfZeroSecondsEndsTheBlockAtOnce() {
        granted(quota.acquire(ACME, LIMITS)).completed(429, "0", REASON);

        assertThat(quota.guard.snapshot(ACME, LIMITS).blockedUntil()).isNull();
        granted(quota.acquire(ACME, LIMITS));
    }

    @Test
    void aRefusalForCallsWithoutACompanySaysSo() {
        QuotaKey noCompany = company("-");
        granted(quota.acquire(noCompany, LIMITS)).completed(429, "90", REASON);

        assertThatThrownBy(() -> BoundedWait.join(quota.acquire(noCompany, LIMITS))).cause()
                .isInstanceOfSatisfying(SageRateLimitException.class, e -> {
                    assertThat(e.getMessage()).contains("for calls without a company until");
                    assertThat(e.getCompanyId()).isNull();
                });
    }

    @Test
    void aRequestBehindOthersIsRefusedAtOnceWhenABlockStartsMeanwhile() {
        QuotaLimits one = limits(1, Duration.ofSeconds(10));
        granted(quota.acquire(ACME, one));
        CompletableFuture<QuotaPermit> waiting = quota.acquire(ACME, one);
        // Another instance sharing the store meets a 429.
        quota.store.block(ACME, quota.at(Duration.ofMinutes(5)), REASON, quota.clock.instant());

        CompletableFuture<QuotaPermit> behind = quota.acquire(ACME, one);

        assertThat(behind).as("refused at once, not queued behind the waiter").isCompletedExceptionally();
        assertThat(waiting).isNotDone();
    }
}

package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;

import org.junit.jupiter.api.Test;

import static dev.camelsage.sage.internal.quota.QuotaFixture.company;
import static dev.camelsage.sage.internal.quota.QuotaFixture.granted;
import static dev.camelsage.sage.internal.quota.QuotaFixture.limits;
import static dev.camelsage.sage.internal.quota.QuotaFixture.withDaily;
import static dev.camelsage.sage.internal.quota.QuotaFixture.withMaxWait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaGuardWindowTest {

    private static final Duration PERIOD = Duration.ofSeconds(10);
    private static final QuotaKey ACME = company("1");
    private static final QuotaKey GLOBEX = company("2");

    private final QuotaFixture quota = new QuotaFixture();

    @Test
    void grantsUpToRateLimitAtOnceThenWaitsForTheFirstCompletionToLeaveTheWindow() {
        QuotaLimits limits = limits(3, PERIOD);
        List<QuotaPermit> permits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            permits.add(granted(quota.acquire(ACME, limits)));
        }
        CompletableFuture<QuotaPermit> fourth = quota.acquire(ACME, limits);
        assertThat(fourth).isNotDone();

        for (QuotaPermit permit : permits) {
            quota.advance(Duration.ofSeconds(1));
            permit.completed(200, null, null);
        }
        // The first completed at +1 s: its slot frees at +11 s, not at +10 s when it was sent.
        quota.scheduler.advanceTo(quota.at(Duration.ofMillis(10_999)));
        assertThat(fourth).isNotDone();
        quota.scheduler.advanceTo(quota.at(Duration.ofSeconds(11)));
        assertThat(fourth).isCompleted();
    }

    @Test
    void requestsInFlightHoldTheirSlotsHoweverLongTheyTake() {
        QuotaLimits limits = limits(2, PERIOD);
        QuotaPermit slow = granted(quota.acquire(ACME, limits));
        granted(quota.acquire(ACME, limits));
        CompletableFuture<QuotaPermit> third = quota.acquire(ACME, limits);

        quota.advance(Duration.ofMinutes(30));
        assertThat(third).as("still two in flight").isNotDone();

        slow.completed(200, null, null);
        quota.advance(PERIOD.minusMillis(1));
        assertThat(third).isNotDone();
        quota.advance(Duration.ofMillis(1));
        assertThat(third).isCompleted();
    }

    @Test
    void aRequestThatGotNoAnswerCountsFromWhenItFailed() {
        QuotaLimits limits = limits(1, PERIOD);
        QuotaPermit lost = granted(quota.acquire(ACME, limits));
        CompletableFuture<QuotaPermit> next = quota.acquire(ACME, limits);
        quota.advance(Duration.ofSeconds(4));
        lost.failed();

        quota.scheduler.advanceTo(quota.at(Duration.ofSeconds(14)).minusMillis(1));
        assertThat(next).isNotDone();
        quota.scheduler.advanceTo(quota.at(Duration.ofSeconds(14)));
        assertThat(next).isCompleted();
    }

    @Test
    void waitersAreGrantedInArrivalOrder() {
        QuotaLimits limits = limits(2, PERIOD);
        List<Integer> grantOrder = new ArrayList<>();
        List<QuotaPermit> inFlight = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            inFlight.add(granted(quota.acquire(ACME, limits)));
        }
        for (int i = 0; i < 6; i++) {
            int index = i;
            quota.acquire(ACME, limits).thenAccept(permit -> {
                grantOrder.add(index);
                inFlight.add(permit);
            });
        }
        for (int round = 0; round < 4 && grantOrder.size() < 6; round++) {
            List<QuotaPermit> answering = new ArrayList<>(inFlight);
            inFlight.clear();
            answering.forEach(permit -> permit.completed(200, null, null));
            quota.advance(PERIOD);
        }
        assertThat(grantOrder).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aLaterRequestDoesNotOvertakeTheLineWhenASlotFrees() {
        QuotaLimits limits = limits(1, PERIOD);
        granted(quota.acquire(ACME, limits)).completed(200, null, null);
        CompletableFuture<QuotaPermit> first = quota.acquire(ACME, limits);
        quota.advance(PERIOD);
        assertThat(first).isCompleted();
        BoundedWait.join(first).completed(200, null, null);

        CompletableFuture<QuotaPermit> second = quota.acquire(ACME, limits);
        CompletableFuture<QuotaPermit> third = quota.acquire(ACME, limits);
        quota.advance(PERIOD);
        assertThat(second).isCompleted();
        assertThat(third).isNotDone();
    }

    @Test
    void failsAtOnceWhenNoSlotFreesWithinMaxQuotaWait() {
        QuotaLimits limits = withMaxWait(limits(2, PERIOD), Duration.ofSeconds(5));
        granted(quota.acquire(ACME, limits)).completed(200, null, null);
        quota.advance(Duration.ofSeconds(2));
        granted(quota.acquire(ACME, limits)).completed(200, null, null);

        CompletableFuture<QuotaPermit> waiting = quota.acquire(ACME, limits);
        assertThat(waiting).as("first slot frees at +10 s, 8 s away").isCompletedExceptionally();
        assertThatThrownBy(() -> BoundedWait.join(waiting)).cause()
                .isInstanceOfSatisfying(SageRateLimitException.class, e -> {
                    assertThat(e.getBlockedUntil()).isEqualTo(quota.at(PERIOD));
                    assertThat(e.getReason()).startsWith("Held back by camel-sage");
                    assertThat(e.getCompanyId()).isEqualTo("1");
                    assertThat(e.getEntity()).isEqualTo("Customer");
                    assertThat(e.getMessage()).contains("maxQuotaWait").contains("Nothing was sent")
                            .doesNotContain(QuotaFixture.API_KEY);
                });
    }

    @Test
    void failsAtItsDeadlineWhenRequestsInFlightDoNotFinishInTime() {
        QuotaLimits limits = withMaxWait(limits(1, Duration.ofSeconds(2)), Duration.ofSeconds(5));
        granted(quota.acquire(ACME, limits));
        CompletableFuture<QuotaPermit> waiting = quota.acquire(ACME, limits);
        quota.advance(Duration.ofMillis(4_999));
        assertThat(waiting).isNotDone();
        quota.advance(Duration.ofMillis(1));
        assertThatThrownBy(() -> BoundedWait.join(waiting)).cause().isInstanceOf(SageRateLimitException.class);
    }

    @Test
    void predictsTheWaitOfALongLineAcrossSeveralWindows() {
        QuotaLimits limits = withMaxWait(limits(2, PERIOD), Duration.ofSeconds(25));
        for (int i = 0; i < 2; i++) {
            granted(quota.acquire(ACME, limits)).completed(200, null, null);
        }
        // Slots free at +10 s (two), then +20 s (two, at the earliest), then +30 s.
        for (int i = 0; i < 4; i++) {
            assertThat(quota.acquire(ACME, limits)).isNotDone();
        }
        CompletableFuture<QuotaPermit> tooFar = quota.acquire(ACME, limits);
        assertThatThrownBy(() -> BoundedWait.join(tooFar)).cause().isInstanceOfSatisfying(SageRateLimitException.class,
                e -> assertThat(e.getBlockedUntil()).isEqualTo(quota.at(Duration.ofSeconds(30))));
    }

    @Test
    void closingTheGuardFailsTheRequestsStillWaitingAndNothingElse() {
        QuotaLimits limits = limits(1, PERIOD);
        QuotaPermit inFlight = granted(quota.acquire(ACME, limits));
        CompletableFuture<QuotaPermit> waiting = quota.acquire(ACME, limits);

        quota.guard.close();

        assertThatThrownBy(() -> BoundedWait.join(waiting)).cause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopping");
        inFlight.completed(200, null, null);
        assertThat(quota.guard.snapshot(ACME, limits).usedInWindow()).isEqualTo(1);
    }

    @Test
    void anotherCompanyNeverWaitsForAFullOne() {
        QuotaLimits limits = limits(1, PERIOD);
        granted(quota.acquire(ACME, limits));
        CompletableFuture<QuotaPermit> acmeWaiting = quota.acquire(ACME, limits);
        assertThat(acmeWaiting).isNotDone();

        granted(quota.acquire(GLOBEX, limits));
        assertThat(quota.guard.snapshot(GLOBEX, limits).usedInWindow()).isEqualTo(1);
        assertThat(quota.guard.snapshot(ACME, limits).usedInWindow()).isEqualTo(1);
    }

    @Test
    void theDailyLimitHoldsOverTwentyFourHours() {
        QuotaLimits limits = withMaxWait(withDaily(limits(100, Duration.ofSeconds(1)), 3), Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            granted(quota.acquire(ACME, limits)).completed(200, null, null);
            quota.advance(Duration.ofMinutes(10));
        }
        CompletableFuture<QuotaPermit> fourth = quota.acquire(ACME, limits);
        assertThatThrownBy(() -> BoundedWait.join(fourth)).cause().isInstanceOfSatisfying(SageRateLimitException.class, e -> {
            assertThat(e.getBlockedUntil()).isEqualTo(quota.at(Duration.ofHours(24)));
            assertThat(e.getReason()).contains("daily limit of 3");
        });

        QuotaLimits patient = withMaxWait(limits, Duration.ofHours(24));
        CompletableFuture<QuotaPermit> waiting = quota.acquire(ACME, patient);
        quota.scheduler.advanceTo(quota.at(Duration.ofHours(24)).minusMillis(1));
        assertThat(waiting).isNotDone();
        quota.scheduler.advanceTo(quota.at(Duration.ofHours(24)));
        assertThat(waiting).isCompleted();
    }

    @Test
    void snapshotCountsRequestsInFlightAndCompletedInTheWindowAndTheDay() {
        QuotaLimits limits = withDaily(limits(5, PERIOD), 50);
        granted(quota.acquire(ACME, limits)).completed(200, null, null);
        quota.advance(Duration.ofSeconds(5));
        granted(quota.acquire(ACME, limits)).completed(200, null, null);
        granted(quota.acquire(ACME, limits));
        quota.advance(Duration.ofSeconds(6));

        QuotaSnapshot snapshot = quota.guard.snapshot(ACME, limits);
        assertThat(snapshot.usedInWindow()).as("one left the window, one is in flight").isEqualTo(2);
        assertThat(snapshot.remainingInWindow()).isEqualTo(3);
        assertThat(snapshot.usedToday()).isEqualTo(3);
        assertThat(snapshot.remainingToday()).isEqualTo(47);
        assertThat(snapshot.blockedUntil()).isNull();
        assertThat(snapshot.recentRateLimited()).isZero();
        assertThat(snapshot.recentUnauthorized()).isZero();
    }

    /**
     * The safety claim itself: whatever the latency, no window of the period at Sage's server can hold more than
     * rateLimit arrivals. A request arrives somewhere between sending and completion; the worst window ending at
     * {@code t} holds every request sent by {@code t} that completed after {@code t - period}.
     */
    @Test
    void noWindowAtTheServerCanSeeMoreThanRateLimitWhateverTheLatency() {
        QuotaLimits limits = limits(5, PERIOD);
        Random random = new Random(20261130);
        List<Instant[]> requests = new ArrayList<>();
        List<Object[]> inFlight = new ArrayList<>();
        for (int step = 0; step < 2_000; step++) {
            if (random.nextInt(3) == 0) {
                quota.acquire(ACME, limits).thenAccept(permit ->
                        inFlight.add(new Object[] {permit, quota.clock.instant()}));
            }
            if (!inFlight.isEmpty() && random.nextInt(2) == 0) {
                Object[] done = inFlight.remove(random.nextInt(inFlight.size()));
                ((QuotaPermit) done[0]).completed(200, null, null);
                requests.add(new Instant[] {(Instant) done[1], quota.clock.instant()});
            }
            quota.advance(Duration.ofMillis(random.nextInt(1_500)));
        }
        assertThat(requests).hasSizeGreaterThan(300);
        int worst = 0;
        for (Instant[] candidate : requests) {
            Instant t = candidate[0];
            int count = (int) requests.stream()
                    .filter(r -> !r[0].isAfter(t) && r[1].isAfter(t.minus(PERIOD))).count();
            worst = Math.max(worst, count);
        }
        assertThat(worst).isEqualTo(limits.rateLimit());
    }

    @Test
    void refusesLimitsThatCannotWorkWithAMessageNamingTheOption() {
        assertThatThrownBy(() -> new QuotaLimits(0, PERIOD, 5_000, Duration.ZERO, Duration.ofHours(1), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimit must be at least 1");
        assertThatThrownBy(() -> new QuotaLimits(1, Duration.ofDays(2), 5_000, Duration.ZERO, Duration.ofHours(1), 5))
                .hasMessageContaining("rateLimitPeriod must be between 1 ms and 24 hours");
    }

    @Test
    void aWaiterWhoseOwnShorterWaitRunsOutIsToldWhenItsPlaceInTheLineWouldHaveGone() {
        QuotaLimits patient = withMaxWait(limits(1, PERIOD), Duration.ofHours(1));
        QuotaLimits hasty = withMaxWait(limits(1, PERIOD), Duration.ofSeconds(30));
        granted(quota.acquire(ACME, patient)); // stays in flight
        CompletableFuture<QuotaPermit> first = quota.acquire(ACME, patient);
        CompletableFuture<QuotaPermit> second = quota.acquire(ACME, hasty);
        assertThat(second).as("its slot, the second after the one in flight, frees within 30 s").isNotDone();

        quota.advance(Duration.ofSeconds(30));

        assertThat(first).isNotDone();
        // Still in flight at +30 s: the first waiter goes no earlier than +40 s, the second a period later.
        assertThat(second).failsWithin(Duration.ZERO).withThrowableOfType(Exception.class).havingCause()
                .isInstanceOfSatisfying(SageRateLimitException.class, e -> {
                    assertThat(e.isHeldBack()).isTrue();
                    assertThat(e.getBlockedUntil()).isEqualTo(quota.at(Duration.ofSeconds(50)));
                });
    }
}

package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.Reservation;
import org.junit.jupiter.api.Test;

import static dev.camelsage.sage.internal.quota.QuotaFixture.START;
import static dev.camelsage.sage.internal.quota.QuotaFixture.company;
import static dev.camelsage.sage.internal.quota.QuotaFixture.limits;
import static dev.camelsage.sage.internal.quota.QuotaFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Waiting requests never wait for nothing: a failing store, a stopped scheduler or a caller gone each end them. */
class QuotaGuardFailureTest {

    private static final Duration PERIOD = Duration.ofSeconds(10);
    private static final QuotaKey ACME = company("1");
    private static final QuotaLimits ONE = limits(1, PERIOD);

    private final ManualClock clock = new ManualClock(START);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FailingStore store = new FailingStore();
    /** Outcomes wait here until the test runs them, as they would on a busy pool. */
    private final Queue<Runnable> outcomes = new ArrayDeque<>();
    private final QuotaGuard guard = new QuotaGuard(store, scheduler, outcomes::add, clock);

    @Test
    void aStoreThatFailsWhileRequestsWaitFailsThemAllWithItsError() {
        QuotaPermit first = granted(acquire());
        CompletableFuture<QuotaPermit> second = acquire();
        CompletableFuture<QuotaPermit> third = acquire();
        first.completed(200, null, null);

        store.failure = new IllegalStateException("the cluster is out of reach");
        scheduler.advance(PERIOD);
        runOutcomes();

        assertThat(List.of(second, third)).allSatisfy(waiting -> assertThat(waiting).isCompletedExceptionally()
                .failsWithin(Duration.ZERO).withThrowableOfType(Exception.class)
                .havingCause().isSameAs(store.failure));
    }

    @Test
    void aRequestThatWouldWaitOnAStoppedSchedulerFailsAtOnceSayingTheComponentStops() {
        granted(acquire());
        scheduler.shutdown();

        CompletableFuture<QuotaPermit> waiting = acquire();
        runOutcomes();

        assertThat(waiting).failsWithin(Duration.ZERO).withThrowableOfType(Exception.class).havingCause()
                .isInstanceOf(IllegalStateException.class).withMessageContaining("The sage component is stopping");
    }

    @Test
    void aSlotGrantedToACallerThatHasGivenUpCountsAsSpentAndFreesAPeriodLater() {
        QuotaPermit first = granted(acquire());
        CompletableFuture<QuotaPermit> abandoned = acquire();
        first.completed(200, null, null);
        scheduler.advance(PERIOD); // the slot is granted to the waiter; its outcome is not delivered yet
        abandoned.cancel(false);
        runOutcomes();

        CompletableFuture<QuotaPermit> next = acquire();
        scheduler.advance(PERIOD.minusMillis(1));
        runOutcomes();
        assertThat(next).as("the abandoned slot still counts").isNotDone();
        scheduler.advance(Duration.ofMillis(1));
        runOutcomes();
        assertThat(next).as("and leaves the window a period after it was given up, not with its lease").isCompleted();
    }

    private CompletableFuture<QuotaPermit> acquire() {
        CompletableFuture<QuotaPermit> future = guard.acquire(request(ACME, "alice@example.co.za", ONE));
        runOutcomes();
        return future;
    }

    private void runOutcomes() {
        for (Runnable outcome; (outcome = outcomes.poll()) != null; ) {
            outcome.run();
        }
    }

    private static QuotaPermit granted(CompletableFuture<QuotaPermit> future) {
        assertThat(future).isCompleted();
        return future.join();
    }

    /** The in-memory store, which fails every quota call once told to. */
    private static final class FailingStore extends DelegatingStore {
        volatile RuntimeException failure;

        FailingStore() {
            super(new InMemorySageQuotaStore());
        }

        private void maybeFail() {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
            maybeFail();
            return super.tryReserve(key, limits, now, leaseExpiry);
        }

        @Override
        public Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots) {
            maybeFail();
            return super.freeAt(key, limits, now, slots);
        }

        @Override
        public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits, Instant now) {
            maybeFail();
            return super.snapshot(key, limits, now);
        }
    }
}

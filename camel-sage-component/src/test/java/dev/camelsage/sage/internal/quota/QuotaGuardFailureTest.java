package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.LoginAdmission;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.LoginTicket;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLease;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.Reservation;
import dev.camelsage.sage.quota.SageQuotaStore;
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
    private static final class FailingStore implements SageQuotaStore {
        private final SageQuotaStore store = new InMemorySageQuotaStore();
        volatile RuntimeException failure;

        private void maybeFail() {
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
            maybeFail();
            return store.tryReserve(key, limits, now, leaseExpiry);
        }

        @Override
        public void release(QuotaLease lease, Instant completedAt) {
            store.release(lease, completedAt);
        }

        @Override
        public Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots) {
            maybeFail();
            return store.freeAt(key, limits, now, slots);
        }

        @Override
        public boolean block(QuotaKey key, Instant until, String reason, Instant now) {
            return store.block(key, until, reason, now);
        }

        @Override
        public void recordUnauthorized(QuotaKey key, Instant at) {
            store.recordUnauthorized(key, at);
        }

        @Override
        public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits, Instant now) {
            maybeFail();
            return store.snapshot(key, limits, now);
        }

        @Override
        public LoginAdmission admit(LoginKey login, int maxFailedLogins, Instant now, Instant ticketExpiry) {
            return store.admit(login, maxFailedLogins, now, ticketExpiry);
        }

        @Override
        public void cancel(LoginTicket ticket) {
            store.cancel(ticket);
        }

        @Override
        public void answered(LoginTicket ticket, int statusCode, Instant now) {
            store.answered(ticket, statusCode, now);
        }

        @Override
        public void lockOut(LoginKey login, Instant until) {
            store.lockOut(login, until);
        }

        @Override
        public List<Instant> failedLoginsSince(LoginKey login, Instant since) {
            return store.failedLoginsSince(login, since);
        }
    }
}

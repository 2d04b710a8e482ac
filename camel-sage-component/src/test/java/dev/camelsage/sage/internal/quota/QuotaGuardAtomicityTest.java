package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.exception.SageRateLimitException;
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

import static dev.camelsage.sage.internal.quota.QuotaFixture.company;
import static dev.camelsage.sage.internal.quota.QuotaFixture.granted;
import static dev.camelsage.sage.internal.quota.QuotaFixture.limits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Refuse while blocked" and "reserve a slot" are one step, and nothing is completed under the line's lock. */
class QuotaGuardAtomicityTest {

    private static final QuotaKey ACME = company("1");
    private static final QuotaLimits LIMITS = limits(10, Duration.ofSeconds(10));

    private final QuotaFixture quota = new QuotaFixture();

    @Test
    void aBlockThatLandsJustBeforeTheReservationRefusesTheRequest() {
        // Another instance's 429 lands between this guard's look at the quota and its reservation.
        SageQuotaStore blockedMeanwhile = new DelegatingStore(quota.store) {
            @Override
            public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
                quota.store.block(key, now.plus(Duration.ofHours(1)), "429 seen by another instance", now);
                return super.tryReserve(key, limits, now, leaseExpiry);
            }
        };
        QuotaGuard guard = new QuotaGuard(blockedMeanwhile, quota.scheduler, Runnable::run, quota.clock);

        CompletableFuture<QuotaPermit> request = guard.acquire(QuotaFixture.request(ACME, "alice", LIMITS));

        assertThatThrownBy(() -> BoundedWait.join(request)).cause().isInstanceOfSatisfying(SageRateLimitException.class,
                e -> assertThat(e.isHeldBack()).isTrue());
        QuotaSnapshot snapshot = quota.store.snapshot(ACME, LIMITS, quota.clock.instant());
        assertThat(snapshot.usedInWindow()).as("no slot was taken for a request never sent").isZero();
    }

    @Test
    void stoppingCompletesWaitersOutsideTheLineSoTheirCallbacksMayUseIt() throws Exception {
        QuotaLimits one = limits(1, Duration.ofSeconds(10));
        granted(quota.acquire(ACME, one));
        CompletableFuture<QuotaPermit> waiting = quota.acquire(ACME, one);
        AtomicReference<CompletableFuture<QuotaPermit>> fromAnotherThread = new AtomicReference<>();
        waiting.whenComplete((permit, failure) -> {
            // A callback that needs the same line from another thread, and waits for it (bounded).
            CompletableFuture<CompletableFuture<QuotaPermit>> other
                    = CompletableFuture.supplyAsync(() -> quota.acquire(ACME, one));
            try {
                fromAnotherThread.set(other.get(5, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new AssertionError("the line was still locked while its waiters were completed", e);
            }
        });

        quota.guard.close();

        assertThat(waiting).isCompletedExceptionally();
        assertThat(fromAnotherThread.get()).isNotNull();
    }

    /** Passes every call on to a store. */
    private static class DelegatingStore implements SageQuotaStore {
        private final SageQuotaStore store;

        DelegatingStore(InMemorySageQuotaStore store) {
            this.store = store;
        }

        @Override
        public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
            return store.tryReserve(key, limits, now, leaseExpiry);
        }

        @Override
        public void release(QuotaLease lease, Instant completedAt) {
            store.release(lease, completedAt);
        }

        @Override
        public Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots) {
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

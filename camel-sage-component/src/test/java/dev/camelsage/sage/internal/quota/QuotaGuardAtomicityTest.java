package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.QuotaKey;
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
}

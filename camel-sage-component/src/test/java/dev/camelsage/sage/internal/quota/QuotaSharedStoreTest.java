package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

import org.junit.jupiter.api.Test;

import static dev.camelsage.sage.internal.quota.QuotaFixture.company;
import static dev.camelsage.sage.internal.quota.QuotaFixture.granted;
import static dev.camelsage.sage.internal.quota.QuotaFixture.limits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two Camel instances whose guards share one store keep one company within one quota together. */
class QuotaSharedStoreTest {

    private static final Duration PERIOD = Duration.ofSeconds(10);
    private static final QuotaKey ACME = company("1");

    private final QuotaFixture quota = new QuotaFixture();
    private final QuotaGuard otherInstance =
            new QuotaGuard(quota.store, quota.scheduler, Runnable::run, quota.clock);

    @Test
    void twoGuardsOnOneStoreShareTheWindowAndTheBlock() {
        QuotaLimits limits = limits(4, PERIOD);
        granted(quota.acquire(ACME, limits)).completed(200, null, null);
        granted(quota.acquire(ACME, limits)).completed(200, null, null);
        QuotaPermit third = granted(otherInstance.acquire(request(limits)));
        QuotaPermit fourth = granted(otherInstance.acquire(request(limits)));

        CompletableFuture<QuotaPermit> fifth = quota.acquire(ACME, limits);
        assertThat(fifth).as("the other instance used the rest of the window").isNotDone();
        assertThat(quota.guard.snapshot(ACME, limits).usedInWindow()).isEqualTo(4);

        third.completed(200, null, null);
        fourth.completed(429, "60", "blocked");
        assertThat(quota.guard.snapshot(ACME, limits).blockedUntil()).isEqualTo(quota.at(Duration.ofSeconds(60)));
        assertThat(quota.acquire(ACME, limits)).as("a block seen by one instance holds for the other")
                .isCompletedExceptionally();
        // A waiter of the other instance learns of the block when its slot would have freed, and is not sent.
        quota.advance(PERIOD);
        assertThatThrownBy(() -> BoundedWait.join(fifth)).cause().isInstanceOf(SageRateLimitException.class);
    }

    @Test
    void waitersOfEachInstanceGoWhenSlotsFreeWithoutEverOverfillingTheWindow() {
        QuotaLimits limits = limits(3, PERIOD);
        List<CompletableFuture<QuotaPermit>> granted = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            granted.add(i % 2 == 0 ? quota.acquire(ACME, limits) : otherInstance.acquire(request(limits)));
        }
        for (int round = 1; round <= 4; round++) {
            List<CompletableFuture<QuotaPermit>> done = granted.stream().filter(CompletableFuture::isDone).toList();
            assertThat(done).as("after %d windows", round - 1).hasSize(3 * round);
            done.forEach(permit -> BoundedWait.join(permit).completed(200, null, null));
            quota.advance(PERIOD);
        }
    }

    @Test
    void twoGuardsRacingOnOneStoreGrantExactlyTheWindowBetweenThem() {
        QuotaLimits limits = limits(3, PERIOD);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 30; round++) {
                InMemorySageQuotaStore store = new InMemorySageQuotaStore();
                List<QuotaGuard> guards = List.of(new QuotaGuard(store, scheduler, Runnable::run, quota.clock),
                        new QuotaGuard(store, scheduler, Runnable::run, quota.clock));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<CompletableFuture<QuotaPermit>>> calls = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    QuotaGuard guard = guards.get(i % 2);
                    calls.add(callers.submit(() -> {
                        BoundedWait.await(start);
                        return guard.acquire(request(limits));
                    }));
                }
                start.countDown();
                List<CompletableFuture<QuotaPermit>> acquired = new ArrayList<>();
                for (Future<CompletableFuture<QuotaPermit>> call : calls) {
                    acquired.add(call.get(BoundedWait.BOUND.toSeconds(), TimeUnit.SECONDS));
                }

                // No time passes: the 3 slots of the window went to 3 callers of either guard (the login gate would
                // have let 5 go), the other 13 wait for the window to move.
                assertThat(acquired.stream().filter(CompletableFuture::isDone)).as("round %d", round).hasSize(3);
                assertThat(store.snapshot(ACME, limits, quota.clock.instant()).usedInWindow()).isEqualTo(3);
                guards.forEach(QuotaGuard::close);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            scheduler.shutdownNow();
            callers.shutdownNow();
        }
    }

    private static QuotaRequest request(QuotaLimits limits) {
        return QuotaFixture.request(ACME, "alice@example.co.za", limits);
    }
}

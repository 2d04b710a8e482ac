package dev.camelsage.sage.internal.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.camelsage.sage.internal.quota.QuotaFixture.company;
import static dev.camelsage.sage.internal.quota.QuotaFixture.limits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many threads and a real scheduler: the window holds and every request is granted exactly once, the login gate
 * lets no more wrong-password requests through than allowed, and stopping never leaves a request waiting.
 */
class QuotaGuardConcurrencyTest {

    private static final Duration PERIOD = Duration.ofMillis(200);
    private static final QuotaLimits LIMITS = limits(20, PERIOD);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService network = Executors.newScheduledThreadPool(4);
    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        network.shutdownNow();
        callers.shutdownNow();
    }

    @Test
    void manyThreadsOnTwoCompaniesNeverOverfillAnyServerWindow() throws InterruptedException {
        QuotaGuard guard = new QuotaGuard(new InMemorySageQuotaStore(), scheduler, Runnable::run, Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        List<QuotaKey> companies = List.of(company("1"), company("2"));
        ConcurrentLinkedQueue<Instant[]> log1 = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Instant[]> log2 = new ConcurrentLinkedQueue<>();
        int perCompany = 120;
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < perCompany * 2; i++) {
            int index = i;
            callers.execute(() -> {
                BoundedWait.await(start);
                QuotaKey key = companies.get(index % 2);
                guard.acquire(QuotaFixture.request(key, "alice", LIMITS)).thenAccept(permit -> {
                    Instant sent = clock.instant();
                    // Simulated network latency of 0-30 ms, answered on another thread.
                    network.schedule(() -> {
                        Instant done = clock.instant();
                        permit.completed(200, null, null);
                        (index % 2 == 0 ? log1 : log2).add(new Instant[] {sent, done});
                        answered.incrementAndGet();
                    }, ThreadLocalRandom.current().nextInt(30), TimeUnit.MILLISECONDS);
                });
            });
        }
        start.countDown();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(answered).hasValue(perCompany * 2));
        assertThat(worstWindow(log1)).isLessThanOrEqualTo(LIMITS.rateLimit());
        assertThat(worstWindow(log2)).isLessThanOrEqualTo(LIMITS.rateLimit());
        assertThat(guard.snapshot(companies.get(0), LIMITS).usedToday()).isEqualTo(perCompany);
    }

    @Test
    void theLoginGateLetsExactlyMaxFailedLoginsThroughWhateverTheRaceOfCallersAndAnswers() {
        Clock fixed = new ManualClock(QuotaFixture.START);
        for (int round = 0; round < 20; round++) {
            QuotaGuard guard = new QuotaGuard(new InMemorySageQuotaStore(), scheduler, Runnable::run, fixed);
            List<QuotaKey> companies = List.of(company("1"), company("2"));
            AtomicInteger sent = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<QuotaPermit>> calls = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 24; i++) {
                QuotaKey key = companies.get(i % 2);
                callers.execute(() -> {
                    BoundedWait.await(start);
                    CompletableFuture<QuotaPermit> call = guard.acquire(QuotaFixture.request(key, "alice", LIMITS));
                    calls.add(call);
                    // Every request that is sent comes back 401, from another thread, a moment later.
                    call.thenAccept(permit -> {
                        sent.incrementAndGet();
                        network.schedule(() -> permit.completed(401, null, null),
                                ThreadLocalRandom.current().nextInt(3), TimeUnit.MILLISECONDS);
                    });
                });
            }
            start.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 24);
            List<String> outcomes = calls.stream().map(call -> BoundedWait.join(
                    call.handle((permit, failure) -> permit != null ? "sent" : failure.getClass().getSimpleName())))
                    .toList();

            assertThat(sent).as("round %d: requests sent with a wrong password", round).hasValue(LIMITS.maxFailedLogins());
            assertThat(outcomes).as("round %d: the rest refused at once for the rest of the hour", round)
                    .containsOnly("sent", "SageAuthenticationException")
                    .filteredOn("SageAuthenticationException"::equals).hasSize(24 - LIMITS.maxFailedLogins());
        }
    }

    @Test
    void closingWhileALaneDrainsLeavesNoRequestWaitingAndGrantsNoMoreThanTheFreeSlot() {
        QuotaLimits two = limits(2, Duration.ofSeconds(10));
        for (int round = 0; round < 50; round++) {
            ManualClock clock = new ManualClock(QuotaFixture.START);
            QuotaGuard guard = new QuotaGuard(new InMemorySageQuotaStore(), scheduler, Runnable::run, clock);
            QuotaKey acme = company("1");
            QuotaPermit done = BoundedWait.join(guard.acquire(QuotaFixture.request(acme, "alice", two)));
            done.completed(200, null, null);
            QuotaPermit inFlight = BoundedWait.join(guard.acquire(QuotaFixture.request(acme, "alice", two)));
            List<CompletableFuture<QuotaPermit>> waiting = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                waiting.add(guard.acquire(QuotaFixture.request(acme, "alice", two)));
            }
            // The first request's slot frees; the answer to the second makes the scheduler drain the line while the
            // component stops on another thread.
            clock.advance(Duration.ofSeconds(10));
            CountDownLatch start = new CountDownLatch(1);
            callers.execute(() -> {
                BoundedWait.await(start);
                inFlight.completed(200, null, null);
            });
            start.countDown();
            guard.close();

            List<String> outcomes = waiting.stream().map(call -> BoundedWait.join(
                    call.handle((permit, failure) -> permit != null ? "granted" : failure.getMessage()))).toList();
            assertThat(outcomes).as("round %d", round).hasSize(10)
                    .allSatisfy(outcome -> assertThat(outcome).asString().satisfiesAnyOf(
                            o -> assertThat(o).isEqualTo("granted"),
                            o -> assertThat(o).contains("The sage component is stopping")))
                    .filteredOn("granted"::equals).hasSizeLessThanOrEqualTo(1);
        }
    }

    /** The most requests any window of the period at the server could have seen, whatever their arrival. */
    private static int worstWindow(ConcurrentLinkedQueue<Instant[]> log) {
        int worst = 0;
        for (Instant[] candidate : log) {
            Instant t = candidate[0];
            int count = (int) log.stream().filter(r -> !r[0].isAfter(t) && r[1].isAfter(t.minus(PERIOD))).count();
            worst = Math.max(worst, count);
        }
        return worst;
    }
}

package dev.camelsage.sage.internal.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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

/** Many threads, the real clock and a real scheduler: the window holds and every request is granted exactly once. */
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

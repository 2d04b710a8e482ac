package dev.camelsage.sage.quota;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One quota's rules on their own: leases that are never released, and when a store may forget a quota. */
class QuotaWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final QuotaKey KEY = new QuotaKey("https://accounting.sageone.co.za", "fp", "1");
    private static final QuotaLimits LIMITS = new QuotaLimits(2, Duration.ofSeconds(10), 3, Duration.ZERO,
            Duration.ofHours(1), 5);

    private final QuotaWindow window = new QuotaWindow();

    @Test
    void aLeaseNeverReleasedCountsAsCompletedAtItsExpiry() {
        window.tryReserve(KEY, LIMITS, T0, T0.plusSeconds(30));
        window.tryReserve(KEY, LIMITS, T0, T0.plusSeconds(30));

        assertThat(window.tryReserve(KEY, LIMITS, T0.plusSeconds(39), T0.plusSeconds(99)))
                .as("in flight until 30 s, then in the window for 10 s more").isInstanceOf(Reservation.Full.class);
        assertThat(window.freeAt(LIMITS, T0.plusSeconds(31), 1)).isEqualTo(T0.plusSeconds(40));
        assertThat(window.snapshot(LIMITS, T0.plusSeconds(31)).usedInWindow()).isEqualTo(2);
        assertThat(window.tryReserve(KEY, LIMITS, T0.plusSeconds(40), T0.plusSeconds(99)))
                .isInstanceOf(Reservation.Granted.class);
        assertThat(window.snapshot(LIMITS, T0.plusSeconds(40)).usedToday()).as("both expired leases, and this one")
                .isEqualTo(3);
        window.release(1, T0.plusSeconds(50));
        assertThat(window.snapshot(LIMITS, T0.plusSeconds(50)).usedToday())
                .as("releasing a lease that expired already counts nothing twice").isEqualTo(3);
    }

    @Test
    void aQuotaIsIdleOnlyWhenNothingInItMattersAnyMore() {
        assertThat(window.isIdle(T0)).as("new").isTrue();
        Reservation.Granted granted = (Reservation.Granted) window.tryReserve(KEY, LIMITS, T0, T0.plusSeconds(30));
        assertThat(window.isIdle(T0)).as("a request in flight").isFalse();
        window.release(granted.lease().id(), T0.plusSeconds(1));
        assertThat(window.isIdle(T0.plusSeconds(2))).as("a request in the day's count").isFalse();
        assertThat(window.isIdle(T0.plusSeconds(1).plus(Duration.ofHours(24)))).as("a day after it completed").isTrue();

        QuotaWindow blocked = new QuotaWindow();
        blocked.block(T0.plus(Duration.ofHours(2)), "429", T0);
        assertThat(blocked.isIdle(T0.plus(Duration.ofMinutes(90)))).as("blocked").isFalse();
        assertThat(blocked.isIdle(T0.plus(Duration.ofHours(2)))).as("the block over, and the 429 older than an hour")
                .isTrue();

        QuotaWindow refused = new QuotaWindow();
        refused.recordUnauthorized(T0);
        assertThat(refused.isIdle(T0.plus(Duration.ofMinutes(59)))).as("a 401 within the hour").isFalse();
        assertThat(refused.isIdle(T0.plus(Duration.ofHours(1)))).isTrue();
    }
}

package dev.camelsage.sage.quota;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaTimeLogTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void keepsOrderAndCountsAcrossGrowthAndWrapAround() {
        TimeLog log = new TimeLog();
        for (int i = 0; i < 12; i++) {
            log.add(T0.plusSeconds(i));
        }
        log.dropUpTo(T0.plusSeconds(9));
        for (int i = 12; i < 40; i++) {
            log.add(T0.plusSeconds(i));
        }

        assertThat(log.size()).isEqualTo(30);
        assertThat(log.get(0)).isEqualTo(T0.plusSeconds(10));
        assertThat(log.get(29)).isEqualTo(T0.plusSeconds(39));
        assertThat(log.countAfter(T0.plusSeconds(29))).isEqualTo(10);
        assertThat(log.countAfter(T0)).isEqualTo(30);
        assertThat(log.countAfter(T0.plusSeconds(39))).isZero();
    }

    @Test
    void anInstantOlderThanTheNewestIsRecordedAsTheNewestSoItNeverLeavesTheWindowEarly() {
        TimeLog log = new TimeLog();
        log.add(T0.plusSeconds(5));
        log.add(T0.plusSeconds(3));

        assertThat(log.get(1)).isEqualTo(T0.plusSeconds(5));
        assertThat(log.countAfter(T0.plusSeconds(4))).isEqualTo(2);
    }
}

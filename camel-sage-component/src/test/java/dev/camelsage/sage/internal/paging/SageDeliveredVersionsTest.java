package dev.camelsage.sage.internal.paging;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SageDeliveredVersionsTest {

    private static final String TEN = "2026-11-01T10:00:00.000";

    @Test
    void keepsVersionsGroupedByModifiedThroughTheStateRepositoryForm() {
        SageDeliveredVersions delivered = new SageDeliveredVersions(new SageWatermark("2026-11-01T09:00:00.000", 7));
        delivered.add(new SageWatermark(TEN, 12));
        delivered.add(new SageWatermark(TEN, 11));
        delivered.add(new SageWatermark(TEN, 11));
        delivered.add(new SageWatermark("2026-11-01T10:00:01.000", 3));

        String state = delivered.toState();
        SageDeliveredVersions read = SageDeliveredVersions.fromState(state);

        assertThat(state).isEqualTo("2026-11-01T09:00:00.000|7;2026-11-01T10:00:00|11,12;2026-11-01T10:00:01|3");
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.toState()).isEqualTo(state);
        assertThat(read.isNew(new SageWatermark(TEN, 11))).isFalse();
        assertThat(read.isNew(new SageWatermark("2026-11-01T10:00:01.000", 11))).isTrue();
        assertThat(SageDeliveredVersions.fromState(null)).isNull();
        assertThat(SageDeliveredVersions.fromState("")).isNull();
    }

    @Test
    void countsEverythingAtOrBeforeTheFloorAsDelivered() {
        SageDeliveredVersions delivered = new SageDeliveredVersions(new SageWatermark(TEN, 50));

        assertThat(delivered.isNew(new SageWatermark("2026-11-01T09:59:59.999", 99))).isFalse();
        assertThat(delivered.isNew(new SageWatermark(TEN, 50))).isFalse();
        assertThat(delivered.isNew(new SageWatermark(TEN, 51))).isTrue();
        assertThat(delivered.isNew(new SageWatermark("2026-11-01T10:00:00", 1))).isFalse();
        assertThat(SageDeliveredVersions.fromState(";" + TEN + "|1").isNew(new SageWatermark("2001-01-01", 2))).isTrue();
    }

    @Test
    void forgetsTheVersionsBeforeTheWindowSoTheListStaysBounded() {
        SageDeliveredVersions delivered = new SageDeliveredVersions(null);
        for (int second = 0; second < 60; second++) {
            for (long id = 1; id <= 10; id++) {
                delivered.add(new SageWatermark(String.format("2026-11-01T10:00:%02d.000", second), id));
            }
        }

        delivered.forgetBefore(LocalDateTime.parse("2026-11-01T10:00:50"));

        assertThat(delivered.size()).isEqualTo(100);
        assertThat(delivered.isNew(new SageWatermark("2026-11-01T10:00:50", 1))).isFalse();
        // The floor rises to the window: a longer window later does not read the forgotten versions again.
        assertThat(delivered.floor()).isEqualTo(new SageWatermark("2026-11-01T10:00:50", 0));
        assertThat(delivered.isNew(new SageWatermark("2026-11-01T10:00:49.999", 11))).isFalse();
        assertThat(delivered.toState())
                .startsWith("2026-11-01T10:00:50|0;2026-11-01T10:00:50|1,2,3,4,5,6,7,8,9,10;");
    }

    @Test
    void refusesAStateItCannotReadSayingHowToRecover() {
        assertThatThrownBy(() -> SageDeliveredVersions.fromState(";" + TEN + "|eleven"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + ";" + TEN + "|eleven'")
                .hasMessageContaining("remove it from the state repository");
    }

    @Test
    void watermarksCompareByDateNotText() {
        assertThat(new SageWatermark("2026-11-01T10:00:00", 2).isAfter(new SageWatermark(TEN, 1))).isTrue();
        assertThat(new SageWatermark("2026-11-01", 9).isAfter(new SageWatermark("2026-11-01T00:00:00.001", 1))).isFalse();
        assertThat(SageWatermark.before(LocalDateTime.parse("2026-11-01T09:55:00.123456")))
                .isEqualTo(new SageWatermark("2026-11-01T09:55:00.123", 0));
    }
}

package dev.camelsage.sage.internal.paging;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageNewRecordsFeedTest {

    private static final String KEY = "JournalEntry:1";

    private final FakeSageList list = new FakeSageList();
    private final RecordingWatermarks state = new RecordingWatermarks();

    private SageNewRecordsFeed feed(String filter, boolean startNow) {
        return new SageNewRecordsFeed(list, new SagePager<>(list, "JournalEntry", 0), state, KEY, filter, startNow);
    }

    private static List<Long> ids(List<JsonNode> records) {
        return records.stream().map(record -> record.get("ID").asLong()).toList();
    }

    @Test
    void readsEveryRecordFromTheFirstAcrossPagesWithoutAStoredPosition() {
        list.seed(150);

        List<JsonNode> records = feed(null, false).poll(0).join();

        assertThat(ids(records)).hasSize(150).doesNotHaveDuplicates().startsWith(1L, 2L).endsWith(150L);
        assertThat(list.queries()).extracting(SageListQuery::filter).containsExactly(null, "ID gt 100");
    }

    @Test
    void readsAtMostMaxRecordsAfterTheStoredId() {
        list.seed(10);
        state.set(KEY, "4");

        List<JsonNode> records = feed(null, false).poll(2).join();

        assertThat(ids(records)).containsExactly(5L, 6L);
        assertThat(list.queries()).singleElement()
                .isEqualTo(new SageListQuery("ID gt 4", "ID", 0, 2));
    }

    @Test
    void keepsTheUsersFilterTrimmedAndIgnoresABlankOne() {
        list.seed(6);

        assertThat(ids(feed("  Even eq true ", false).poll(0).join())).containsExactly(2L, 4L, 6L);
        assertThat(ids(feed("   ", false).poll(0).join())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void startingNowKeepsTheNewestIdAndDeliversOnlyLaterRecords() {
        list.seed(3);
        SageNewRecordsFeed feed = feed(null, true);

        assertThat(feed.poll(0).join()).isEmpty();
        assertThat(list.queries()).singleElement().isEqualTo(new SageListQuery(null, "ID desc", 0, 1));
        assertThat(state.get(KEY)).isEqualTo("3");

        list.add();
        assertThat(ids(feed.poll(0).join())).containsExactly(4L);
    }

    @Test
    void startingNowOnAnEmptyListDeliversEveryLaterRecord() {
        SageNewRecordsFeed feed = feed(null, true);

        assertThat(feed.poll(0).join()).isEmpty();
        assertThat(state.get(KEY)).isEqualTo("0");

        list.seed(2);
        assertThat(ids(feed.poll(0).join())).containsExactly(1L, 2L);
    }

    @Test
    void commitMovesThePositionForwardOnly() {
        SageNewRecordsFeed feed = feed(null, false);
        assertThat(feed.position()).isNull();

        feed.commit(record(5));
        feed.commit(record(3));
        feed.commit(record(5));

        assertThat(state.writes()).containsExactly(KEY + "=5");
        assertThat(feed.position()).isEqualTo("ID 5");

        feed.commit(record(6));
        assertThat(feed.position()).isEqualTo("ID 6");
    }

    @Test
    void commitIgnoresARecordWithoutAPositiveId() {
        SageNewRecordsFeed feed = feed(null, false);

        feed.commit(JsonNodeFactory.instance.objectNode().put("Name", "no id"));
        feed.commit(record(0));

        assertThat(state.writes()).isEmpty();
        assertThat(feed.position()).isNull();
    }

    private static JsonNode record(long id) {
        return JsonNodeFactory.instance.objectNode().put("ID", id);
    }
}

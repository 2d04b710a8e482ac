package dev.camelsage.sage.internal.paging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The change feed's queries, watermark and delivered versions, over a list that answers every call with the records it
 * holds (up to the call's top, as one complete page): what each poll asks Sage and what it keeps are checked here; that
 * Sage's answers to those filters are right is proven against the simulator by the consumer tests.
 */
class SageChangeFeedTest {

    private static final String KEY = "Customer:1";
    private static final String DELIVERED = "lookback:" + KEY;
    private static final String EARLIEST = new SageWatermark("1900-01-01", 0).after("Modified");

    private final AnsweringList list = new AnsweringList();
    private final RecordingWatermarks state = new RecordingWatermarks();

    private SageChangeFeed feed(SageSince since, Duration lookback) {
        return feed(null, new SageChangeFeed.Start(KEY, since, lookback, "Modified", null));
    }

    private SageChangeFeed feed(String filter, SageChangeFeed.Start start) {
        return new SageChangeFeed(list, new SagePager<>(list, "Customer", 0), state, filter, start);
    }

    private static ObjectNode version(long id, String modified) {
        return JsonNodeFactory.instance.objectNode().put("ID", id).put("Modified", modified);
    }

    private static List<Long> ids(List<JsonNode> records) {
        return records.stream().map(record -> record.get("ID").asLong()).toList();
    }

    @Test
    void readsEveryDatedRecordFromTheBeginningAndLeavesOutRecordsWithoutTheDate() {
        list.answer(version(1, "2024-04-18T10:00:00"), JsonNodeFactory.instance.objectNode().put("ID", 2).putNull("Modified"),
                version(3, "2024-04-18T10:01:00"));

        List<JsonNode> records = feed(new SageSince.Beginning(), Duration.ZERO).poll(0).join();

        assertThat(ids(records)).containsExactly(1L, 3L);
        assertThat(list.queries).containsExactly(new SageListQuery(EARLIEST, "Modified,ID", 0, 100));
    }

    @Test
    void readsAtMostMaxRecordsAfterTheCommittedWatermark() {
        SageWatermark watermark = new SageWatermark("2024-04-18T10:00:00", 7);
        state.set(KEY, watermark.toState());
        list.answer(version(8, "2024-04-18T10:00:00"), version(9, "2024-04-18T10:01:00"), version(10, "2024-04-18T10:02:00"));

        List<JsonNode> records = feed(SageSince.parse("2020-01-01"), Duration.ZERO).poll(2).join();

        assertThat(ids(records)).containsExactly(8L, 9L);
        assertThat(list.queries).containsExactly(new SageListQuery(watermark.after("Modified"), "Modified,ID", 0, 2));
    }

    @Test
    void startsFromTheSinceDateWhenNoWatermarkIsStored() {
        feed(SageSince.parse("2024-01-31"), Duration.ZERO).poll(0).join();

        assertThat(list.queries).extracting(SageListQuery::filter)
                .containsExactly(new SageWatermark("2024-01-31", 0).after("Modified"));
    }

    @Test
    void startsFromTheBeginningWhenAnEarlierStartFoundTheListEmpty() {
        state.set(KEY, "");

        feed(SageSince.parse("2024-01-31"), Duration.ZERO).poll(0).join();
        feed(new SageSince.Now(), Duration.ZERO).poll(0).join();

        assertThat(list.queries).extracting(SageListQuery::filter).containsExactly(EARLIEST, EARLIEST);
    }

    @Test
    void startingNowKeepsTheNewestVersionAsTheWatermarkAndDeliversNothing() {
        list.answer(version(5, "2024-04-18T10:00:00"));
        SageChangeFeed feed = feed(new SageSince.Now(), Duration.ZERO);

        assertThat(feed.poll(0).join()).isEmpty();

        assertThat(list.queries).containsExactly(new SageListQuery(null, "Modified desc,ID desc", 0, 1));
        assertThat(feed.watermark()).isEqualTo(new SageWatermark("2024-04-18T10:00:00", 5));
        assertThat(feed.position()).isEqualTo("Modified 2024-04-18T10:00:00|5");
    }

    @Test
    void startingNowOnAnEmptyListStoresAnEmptyWatermark() {
        SageChangeFeed feed = feed(new SageSince.Now(), Duration.ZERO);

        assertThat(feed.poll(0).join()).isEmpty();

        assertThat(state.writes()).containsExactly(KEY + "=");
        assertThat(feed.watermark()).isNull();
        assertThat(feed.position()).isNull();
    }

    @Test
    void startingNowFailsThePollWhenTheCallCannotBeMade() {
        list.refuse(new IllegalStateException("no login"));

        CompletableFuture<List<JsonNode>> poll = feed(new SageSince.Now(), Duration.ZERO).poll(0);

        assertThatThrownBy(poll::join).hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("no login");
        assertThat(state.writes()).isEmpty();
    }

    @Test
    void joinsTheUsersTrimmedFilterAndTheFeedsConditionToTheStart() {
        SageWatermark watermark = new SageWatermark("2024-04-18T10:00:00", 7);
        state.set(KEY, watermark.toState());

        feed("  Even eq true ", new SageChangeFeed.Start(KEY, new SageSince.Beginning(), Duration.ZERO, "Created",
                "Modified eq null")).poll(0).join();
        feed(" ", new SageChangeFeed.Start(KEY, new SageSince.Beginning(), Duration.ZERO, "Created", "Modified eq null"))
                .poll(0).join();

        assertThat(list.queries).extracting(SageListQuery::filter).containsExactly(
                "((Even eq true) and Modified eq null) and " + watermark.after("Created"),
                "(Modified eq null) and " + watermark.after("Created"));
        assertThat(list.queries).extracting(SageListQuery::orderBy).containsOnly("Created,ID");
    }

    @Test
    void commitWithoutLookbackStoresTheRecordsVersionAndSkipsRecordsWithoutTheDate() {
        SageChangeFeed feed = feed(new SageSince.Beginning(), Duration.ZERO);
        assertThat(feed.position()).isNull();

        feed.commit(JsonNodeFactory.instance.objectNode().put("ID", 4).putNull("Modified"));
        assertThat(state.writes()).isEmpty();

        feed.commit(version(5, "2024-04-18T10:00:00"));
        assertThat(feed.watermark()).isEqualTo(new SageWatermark("2024-04-18T10:00:00", 5));
        assertThat(feed.position()).isEqualTo("Modified 2024-04-18T10:00:00|5");
        assertThat(state.get(DELIVERED)).isNull();
    }

    @Test
    void pollWithoutLookbackEmptiesTheVersionsLeftByALookbackRun() {
        state.set(DELIVERED, "2024-04-18T09:55:00|0;2024-04-18T10:00:00|5");

        feed(new SageSince.Beginning(), Duration.ZERO).poll(0).join();

        assertThat(state.get(DELIVERED)).isEmpty();
    }

    @Test
    void pollWithoutLookbackWritesNothingWhenNoVersionsAreLeft() {
        SageChangeFeed feed = feed(new SageSince.Beginning(), Duration.ZERO);
        feed.poll(0).join();
        state.set(DELIVERED, "");
        feed.poll(0).join();

        assertThat(state.writes()).containsExactly(DELIVERED + "=");
    }

    @Test
    void commitWithLookbackRemembersEachVersionAndMovesTheWatermarkForwardOnly() {
        SageChangeFeed feed = feed(new SageSince.Beginning(), Duration.ofMinutes(5));

        feed.commit(version(1, "2024-04-18T10:00:00"));
        feed.commit(version(2, "2024-04-18T09:58:00"));

        assertThat(feed.watermark()).isEqualTo(new SageWatermark("2024-04-18T10:00:00", 1));
        SageDeliveredVersions delivered = SageDeliveredVersions.fromState(state.get(DELIVERED));
        assertThat(delivered.size()).isEqualTo(2);
        assertThat(delivered.isNew(new SageWatermark("2024-04-18T09:58:00", 2))).isFalse();
        assertThat(delivered.isNew(new SageWatermark("2024-04-18T09:58:00", 3))).isTrue();
        assertThat(delivered.floor()).isEqualTo(SageWatermark.before(new SageWatermark("2024-04-18T09:55:00", 0).time()));
        // The version is stored before the watermark, and an older version leaves the watermark alone.
        assertThat(state.writes()).extracting(write -> write.substring(0, write.indexOf('=')))
                .containsExactly(DELIVERED, KEY, DELIVERED);
    }

    @Test
    void commitWithLookbackForgetsTheVersionsThatLeftTheWindow() {
        SageChangeFeed feed = feed(new SageSince.Beginning(), Duration.ofMinutes(5));
        feed.commit(version(1, "2024-04-18T10:00:00"));
        feed.commit(version(2, "2024-04-18T10:10:00"));

        SageDeliveredVersions delivered = SageDeliveredVersions.fromState(state.get(DELIVERED));

        assertThat(delivered.size()).isEqualTo(1);
        assertThat(delivered.floor()).isEqualTo(SageWatermark.before(new SageWatermark("2024-04-18T10:05:00", 0).time()));
        assertThat(feed.watermark()).isEqualTo(new SageWatermark("2024-04-18T10:10:00", 2));
    }

    @Test
    void commitWithLookbackAfterAPollKeepsTheSinceDateAsTheFloor() {
        SageChangeFeed feed = feed(SageSince.parse("2024-04-18T10:00:00"), Duration.ofMinutes(5));
        feed.poll(0).join();

        feed.commit(version(1, "2024-04-18T10:01:00"));

        assertThat(SageDeliveredVersions.fromState(state.get(DELIVERED)).floor())
                .isEqualTo(new SageWatermark("2024-04-18T10:00:00", 0));
    }

    @Test
    void pollWithLookbackRereadsTheWindowAndEmitsOnlyVersionsNotDelivered() {
        delivered("2024-04-18T09:55:00", "2024-04-18T10:00:00", 1, "2024-04-18T09:58:00", 2);
        list.answer(version(2, "2024-04-18T09:58:00"), version(4, "2024-04-18T09:59:00"), version(1, "2024-04-18T10:00:00"),
                version(5, "2024-04-18T10:01:00"), version(6, "2024-04-18T10:02:00"));
        SageChangeFeed feed = feed(new SageSince.Beginning(), Duration.ofMinutes(5));

        assertThat(ids(feed.poll(2).join())).containsExactly(4L, 5L);
        assertThat(list.queries).containsExactly(new SageListQuery(
                SageWatermark.before(new SageWatermark("2024-04-18T09:55:00", 0).time()).after("Modified"), "Modified,ID", 0, 4));

        assertThat(ids(feed.poll(0).join())).containsExactly(4L, 5L, 6L);
        assertThat(list.queries.get(1).top()).isEqualTo(100);
    }

    @Test
    void pollWithLookbackNeverRereadsAtOrBeforeTheFloor() {
        SageWatermark floor = new SageWatermark("2024-04-18T09:59:00", 0);
        state.set(KEY, new SageWatermark("2024-04-18T10:00:00", 1).toState());
        state.set(DELIVERED, floor.toState());

        feed(new SageSince.Beginning(), Duration.ofMinutes(5)).poll(0).join();

        assertThat(list.queries).extracting(SageListQuery::filter).containsExactly(floor.after("Modified"));
    }

    /** A watermark and the versions delivered with it, as a lookback run leaves them. */
    private void delivered(String floor, String watermark, long watermarkId, String other, long otherId) {
        SageDeliveredVersions versions = new SageDeliveredVersions(new SageWatermark(floor, 0));
        versions.add(new SageWatermark(watermark, watermarkId));
        versions.add(new SageWatermark(other, otherId));
        state.set(DELIVERED, versions.toState());
        state.set(KEY, new SageWatermark(watermark, watermarkId).toState());
    }

    /** Answers every call with its records, up to the call's top, as the only page; records every query. */
    private static final class AnsweringList implements SagePageFetcher<JsonNode> {

        private final List<SageListQuery> queries = new CopyOnWriteArrayList<>();
        private final List<JsonNode> records = new ArrayList<>();
        private RuntimeException refusal;

        void answer(JsonNode... answer) {
            records.addAll(List.of(answer));
        }

        void refuse(RuntimeException refusal) {
            this.refusal = refusal;
        }

        @Override
        public CompletableFuture<SagePage<JsonNode>> fetch(SageListQuery query) {
            if (refusal != null) {
                throw refusal;
            }
            queries.add(query);
            List<JsonNode> page = records.stream().limit(query.top()).toList();
            return CompletableFuture.completedFuture(new SagePage<>(page.size(), page.size(), page));
        }
    }
}

package dev.camelsage.sage.internal.paging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.exception.SageServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SagePagerTest {

    private static List<Long> ids(List<JsonNode> records) {
        return records.stream().map(record -> record.get("ID").asLong()).toList();
    }

    private static List<Long> range(long fromInclusive, long toInclusive) {
        return LongStream.rangeClosed(fromInclusive, toInclusive).boxed().toList();
    }

    private static SageListResult<JsonNode> collect(FakeSageList sage, SagePagingPlan<JsonNode> plan) {
        return BoundedWait.join(new SagePager<>(sage, "Customer", 10).collect(plan));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 99, 100, 101, 250, 20_000 })
    void everyRecordOnceInTheFewestCalls(int count) {
        FakeSageList sage = new FakeSageList().seed(count);

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, null, null));

        assertThat(ids(result.records())).isEqualTo(range(1, count));
        int minimumCalls = Math.max(1, (count + 99) / 100);
        assertThat(sage.queries()).hasSize(minimumCalls);
        assertThat(result.calls()).isEqualTo(minimumCalls);
        assertThat(result.totalResults()).isEqualTo(count);
    }

    @Test
    void pagesByKeysetOnIdAfterTheFirstCall() {
        FakeSageList sage = new FakeSageList().seed(250);

        collect(sage, Plans.forList("Even eq true", null, null, null));

        assertThat(sage.queries()).containsExactly(
                new SageListQuery("Even eq true", "ID", 0, 100),
                new SageListQuery("(Even eq true) and ID gt 200", "ID", 0, 100));
    }

    @Test
    void skipAndTopKeepTheirMeaningAcrossPages() {
        FakeSageList sage = new FakeSageList().seed(250);

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, 30, 150));

        assertThat(ids(result.records())).isEqualTo(range(31, 180));
        assertThat(sage.queries()).containsExactly(
                new SageListQuery(null, "ID", 30, 100),
                new SageListQuery("ID gt 130", "ID", 0, 50));
    }

    @Test
    void topOfExactlyOnePageTakesOneCall() {
        FakeSageList sage = new FakeSageList().seed(250);

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, null, 100));

        assertThat(ids(result.records())).isEqualTo(range(1, 100));
        assertThat(sage.queries()).hasSize(1);
    }

    @Test
    void topBeyondTheListReturnsWhatIsLeftAfterSkip() {
        FakeSageList sage = new FakeSageList().seed(250);

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, 240, 500));

        assertThat(ids(result.records())).isEqualTo(range(241, 250));
        assertThat(sage.queries()).hasSize(1);
    }

    @Test
    void skipPastTheEndReturnsNothingAfterOneCall() {
        FakeSageList sage = new FakeSageList().seed(50);

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, 80, null));

        assertThat(result.records()).isEmpty();
        assertThat(result.totalResults()).isEqualTo(50);
        assertThat(sage.queries()).hasSize(1);
    }

    @Test
    void userOrderGetsAnIdTieBreakerAndOffsetPaging() {
        FakeSageList sage = new FakeSageList().seed(250);

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, "Group", null, null));

        assertThat(result.records()).extracting(record -> record.get("Group").asInt()).isSorted();
        assertThat(ids(result.records())).doesNotHaveDuplicates().hasSize(250);
        assertThat(sage.queries()).containsExactly(
                new SageListQuery(null, "Group,ID", 0, 100),
                new SageListQuery(null, "Group,ID", 100, 100),
                new SageListQuery(null, "Group,ID", 200, 100));
    }

    @Test
    void descendingIdPagesByKeysetDownwards() {
        FakeSageList sage = new FakeSageList().seed(150);

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, "ID desc", null, null));

        assertThat(ids(result.records())).isEqualTo(LongStream.iterate(150, id -> id >= 1, id -> id - 1).boxed().toList());
        assertThat(sage.queries().get(1)).isEqualTo(new SageListQuery("ID lt 51", "ID desc", 0, 100));
    }

    @Test
    void insertsWhilePagingCauseNoDuplicateAndNoLoss() {
        FakeSageList sage = new FakeSageList().seed(250);
        sage.beforeAnswer(query -> {
            if (query.filter() != null) {
                sage.add();
                sage.add();
            }
        });

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, null, null));

        assertThat(ids(result.records())).doesNotHaveDuplicates().containsAll(range(1, 250)).isSorted();
    }

    @Test
    void deletesWhilePagingCauseNoDuplicateAndNoLossOfTheOthers() {
        FakeSageList sage = new FakeSageList().seed(250);
        sage.beforeAnswer(query -> {
            if ("ID gt 100".equals(query.filter())) {
                LongStream.rangeClosed(1, 10).forEach(sage::delete);     // already read
                LongStream.rangeClosed(150, 159).forEach(sage::delete); // not yet read
            }
        });

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, null, null));

        List<Long> expected = new ArrayList<>(range(1, 250));
        expected.removeAll(range(150, 159));
        assertThat(ids(result.records())).isEqualTo(expected);
        assertThat(sage.queries()).hasSize(3);
    }

    @Test
    void deletesWhilePagingStopOnTheFreshCount() {
        FakeSageList sage = new FakeSageList().seed(200);
        sage.beforeAnswer(query -> {
            if ("ID gt 100".equals(query.filter())) {
                LongStream.rangeClosed(101, 200).forEach(sage::delete);
            }
        });

        SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, null, null));

        assertThat(ids(result.records())).isEqualTo(range(1, 100));
        assertThat(sage.queries()).hasSize(2);
    }

    @Test
    void collectReturnsAtOnceAndMakesEachCallFromThePreviousAnswer() {
        Queue<Runnable> answers = new ArrayDeque<>();
        FakeSageList sage = new FakeSageList().seed(250).answerOn(answers::add);

        CompletableFuture<SageListResult<JsonNode>> result
                = new SagePager<>(sage, "Customer", 10).collect(Plans.forList(null, null, null, null));

        for (int call = 1; call <= 3; call++) {
            assertThat(result).isNotDone();
            assertThat(sage.queries()).hasSize(call);
            answers.remove().run();
        }
        assertThat(answers).isEmpty();
        assertThat(ids(BoundedWait.join(result).records())).isEqualTo(range(1, 250));
    }

    @Test
    void collectsAcrossThreadsWhenAnswersArriveAsynchronously() {
        ExecutorService http = Executors.newFixedThreadPool(2);
        try {
            FakeSageList sage = new FakeSageList().seed(5_000).answerOn(http);

            SageListResult<JsonNode> result = collect(sage, Plans.forList(null, null, null, null));

            assertThat(ids(result.records())).isEqualTo(range(1, 5_000));
            assertThat(sage.queries()).hasSize(50);
        } finally {
            http.shutdownNow();
        }
    }

    @Test
    void aFailedCallFailsTheListWithSagesException() {
        FakeSageList sage = new FakeSageList().seed(250);
        SageServerException unavailable = new SageServerException("Sage is unavailable", 503, List.of(), "Customer", "get", "1", null, null);
        sage.beforeAnswer(query -> {
            if (query.filter() != null) {
                throw unavailable;
            }
        });

        CompletableFuture<SageListResult<JsonNode>> result
                = new SagePager<>(sage, "Customer", 10).collect(Plans.forList(null, null, null, null));

        assertThatThrownBy(() -> BoundedWait.join(result)).isInstanceOf(CompletionException.class).hasCause(unavailable);
        assertThat(sage.queries()).hasSize(2);
    }


    @Test
    void aFailureBetweenTwoAsynchronousCallsFailsTheListInsteadOfLeavingItOpen() {
        ExecutorService answers = Executors.newSingleThreadExecutor();
        try {
            List<JsonNode> page = BoundedWait.join(new FakeSageList().seed(100)
                    .fetch(new SageListQuery(null, "ID", 0, 100))).results();
            SagePageFetcher<JsonNode> endless = query -> CompletableFuture.supplyAsync(
                    () -> new SagePage<>(Long.MAX_VALUE, 100, page), answers);
            // Offset paging past Integer.MAX_VALUE: the third query cannot be written, after an asynchronous answer.
            SagePagingPlan<JsonNode> plan = Plans.forList(null, "Group", Integer.MAX_VALUE - 150, 300);

            CompletableFuture<SageListResult<JsonNode>> result = new SagePager<>(endless, "Customer", 10).collect(plan);

            assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ArithmeticException.class);
        } finally {
            answers.shutdownNow();
        }
    }

    @Test
    void aCallThatThrowsBeforeAnsweringFailsTheList() {
        IllegalStateException refused = new IllegalStateException("the quota refused the call");
        SagePager<JsonNode> pager = new SagePager<>(query -> {
            throw refused;
        }, "Customer", 10);

        assertThatThrownBy(() -> BoundedWait.join(pager.collect(Plans.forList(null, null, null, null))))
                .isInstanceOf(CompletionException.class).hasCause(refused);
        assertThatThrownBy(() -> BoundedWait.join(pager.stream(Plans.forList(null, null, null, null))))
                .isInstanceOf(CompletionException.class).hasCause(refused);
    }
}

package dev.camelsage.sage.internal.paging;

import java.util.ArrayList;
import java.util.List;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.exception.SageServerException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SageRecordIteratorPagingTest {

    private static SageRecordIterator<Long> stream(FakeSageList sage, SagePagingPlan<Long> plan) {
        return BoundedWait.join(new SagePager<>(Plans.ids(sage), "Customer", 10).stream(plan));
    }

    @Test
    void firstRecordArrivesAfterOneCallAndEachNextPageOnlyWhenNeeded() {
        FakeSageList sage = new FakeSageList().seed(250);

        SageRecordIterator<Long> records = stream(sage, Plans.idsForList(null, null, null, null));

        assertThat(records.next()).isEqualTo(1L);
        assertThat(sage.queries()).hasSize(1);
        for (long id = 2; id <= 100; id++) {
            assertThat(records.next()).isEqualTo(id);
        }
        assertThat(sage.queries()).hasSize(1);
        assertThat(records.next()).isEqualTo(101L);
        assertThat(sage.queries()).hasSize(2);
        assertThat(records.getTotalResults()).isEqualTo(250);
    }

    @Test
    void yieldsEveryRecordOnceInTheFewestCalls() {
        FakeSageList sage = new FakeSageList().seed(20_000);

        List<Long> ids = new ArrayList<>();
        stream(sage, Plans.idsForList(null, null, null, null)).forEachRemaining(ids::add);

        assertThat(ids).hasSize(20_000).doesNotHaveDuplicates().isSorted();
        assertThat(sage.queries()).hasSize(200);
    }

    @Test
    void anEmptyListEndsAfterOneCall() {
        FakeSageList sage = new FakeSageList();

        SageRecordIterator<Long> records = stream(sage, Plans.idsForList(null, null, null, null));

        assertThat(records.hasNext()).isFalse();
        assertThat(sage.queries()).hasSize(1);
    }

    @Test
    void closingEarlyMakesNoFurtherCall() {
        FakeSageList sage = new FakeSageList().seed(250);
        SageRecordIterator<Long> records = stream(sage, Plans.idsForList(null, null, null, null));
        records.next();

        records.close();

        assertThat(records.hasNext()).isFalse();
        assertThat(sage.queries()).hasSize(1);
    }

    @Test
    void aFailedLaterCallThrowsSagesExceptionFromTheIterator() {
        FakeSageList sage = new FakeSageList().seed(250);
        SageServerException unavailable = new SageServerException("Sage is unavailable", 503, List.of(), "Customer", "get", "1", null, null);
        sage.beforeAnswer(query -> {
            if (query.filter() != null) {
                throw unavailable;
            }
        });
        SageRecordIterator<Long> records = stream(sage, Plans.idsForList(null, null, null, null));
        for (int i = 0; i < 100; i++) {
            records.next();
        }

        assertThatThrownBy(records::hasNext).isSameAs(unavailable);
    }

    @Test
    void aFailedFirstCallFailsTheStreamBeforeAnyRecord() {
        FakeSageList sage = new FakeSageList();
        SageServerException unavailable = new SageServerException("Sage is unavailable", 503, List.of(), "Customer", "get", "1", null, null);
        sage.beforeAnswer(query -> {
            throw unavailable;
        });

        assertThatThrownBy(() -> stream(sage, Plans.idsForList(null, null, null, null)))
                .hasCause(unavailable);
    }

    @Test
    void honoursTopAndSkip() {
        FakeSageList sage = new FakeSageList().seed(250);

        List<Long> ids = new ArrayList<>();
        stream(sage, Plans.idsForList(null, null, 5, 120)).forEachRemaining(ids::add);

        assertThat(ids).first().isEqualTo(6L);
        assertThat(ids).hasSize(120).last().isEqualTo(125L);
        assertThat(sage.queries()).extracting(SageListQuery::top).containsExactly(100, 20);
    }

}

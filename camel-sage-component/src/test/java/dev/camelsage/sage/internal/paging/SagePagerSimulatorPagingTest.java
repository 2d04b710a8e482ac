package dev.camelsage.sage.internal.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.BoundedWait;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The pager against the simulator, judged by what the simulator's journal saw. */
class SagePagerSimulatorPagingTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE
            = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()).seedDemo(false));

    private static List<Long> seededIds(int count) {
        return SAGE.get().store().seedCustomers(DEMO_COMPANY_ID, count).stream().map(c -> c.get("ID").asLong()).toList();
    }

    private static List<JournalEntry> listCalls() {
        return SAGE.get().journal().entries(e -> "Customer".equalsIgnoreCase(e.service()) && "Get".equals(e.method()));
    }

    private static List<Long> ids(List<JsonNode> records) {
        return records.stream().map(record -> record.get("ID").asLong()).toList();
    }

    private static SagePager<JsonNode> pager(SagePageFetcher<JsonNode> fetcher) {
        return new SagePager<>(fetcher, "Customer", 10);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 100, 101, 250 }) // 20,000: SageGetPagingTest, through the component
    void returnsEveryCustomerOnceInTheFewestCalls(int count) {
        List<Long> seeded = seededIds(count);

        SageListResult<JsonNode> result = BoundedWait.join(pager(new SimulatorListFetcher(SAGE.get(), "Customer"))
                .collect(Plans.forList(null, null, null, null)));

        assertThat(ids(result.records())).isEqualTo(seeded);
        assertThat(listCalls()).hasSize(Math.max(1, (count + 99) / 100)).allMatch(call -> call.status() == 200);
    }

    @Test
    void sendsAStableOrderAndTheKeysetOfTheLastRecord() {
        List<Long> seeded = seededIds(150);

        BoundedWait.join(pager(new SimulatorListFetcher(SAGE.get(), "Customer"))
                .collect(Plans.forList("Active eq true", null, null, null)));

        List<JournalEntry> calls = listCalls();
        assertThat(calls).extracting(call -> call.query().get("$orderby")).containsExactly("ID", "ID");
        assertThat(calls.get(0).query().get("$filter")).isEqualTo("Active eq true");
        assertThat(calls.get(1).query().get("$filter")).isEqualTo("(Active eq true) and ID gt " + seeded.get(99));
    }

    @Test
    void skipAndTopSpanPagesWithTheLastCallAskingOnlyForWhatIsLeft() {
        List<Long> seeded = seededIds(250);

        SageListResult<JsonNode> result = BoundedWait.join(pager(new SimulatorListFetcher(SAGE.get(), "Customer"))
                .collect(Plans.forList(null, null, 20, 130)));

        assertThat(ids(result.records())).isEqualTo(seeded.subList(20, 150));
        assertThat(listCalls()).extracting(call -> call.query().get("$skip") + "/" + call.query().get("$top"))
                .containsExactly("20/100", "0/30");
    }

    @Test
    void aUserOrderPagesWithAnIdTieBreaker() {
        seededIds(250);

        SageListResult<JsonNode> result = BoundedWait.join(pager(new SimulatorListFetcher(SAGE.get(), "Customer"))
                .collect(Plans.forList(null, "Active desc", null, null)));

        assertThat(ids(result.records())).doesNotHaveDuplicates().hasSize(250);
        assertThat(listCalls()).extracting(call -> call.query().get("$orderby")).containsOnly("Active desc,ID");
        assertThat(listCalls()).extracting(call -> call.query().get("$skip")).containsExactly("0", "100", "200");
    }

    @Test
    void streamingReturnsTheFirstRecordAfterOneCall() {
        List<Long> seeded = seededIds(250);

        SageRecordIterator<Long> records = BoundedWait.join(
                new SagePager<>(Plans.ids(new SimulatorListFetcher(SAGE.get(), "Customer")), "Customer", 10)
                        .stream(Plans.idsForList(null, null, null, null)));

        assertThat(records.next()).isEqualTo(seeded.get(0));
        assertThat(listCalls()).hasSize(1);
        List<Long> rest = new ArrayList<>();
        records.forEachRemaining(rest::add);
        assertThat(rest).isEqualTo(seeded.subList(1, 250));
        assertThat(listCalls()).hasSize(3);
    }

    @Test
    void customersCreatedWhilePagingCauseNoDuplicateAndNoLoss() {
        List<Long> seeded = seededIds(250);
        SimulatorListFetcher http = new SimulatorListFetcher(SAGE.get(), "Customer");
        SagePageFetcher<JsonNode> insertingBeforeEachCall = query -> {
            IntStream.range(0, 3).forEach(i -> SAGE.get().store().insert(DEMO_COMPANY_ID, "Customer", newCustomer()));
            return http.fetch(query);
        };

        SageListResult<JsonNode> result = BoundedWait.join(pager(insertingBeforeEachCall)
                .collect(Plans.forList(null, null, null, null)));

        assertThat(ids(result.records())).doesNotHaveDuplicates().containsAll(seeded);
    }

    @Test
    void customersDeletedWhilePagingCauseNoDuplicateAndNoLossOfTheOthers() {
        List<Long> seeded = seededIds(250);
        SimulatorListFetcher http = new SimulatorListFetcher(SAGE.get(), "Customer");
        List<Long> deleted = List.of(seeded.get(5), seeded.get(60), seeded.get(180), seeded.get(181));
        SagePageFetcher<JsonNode> deletingAfterTheFirstCall = query -> {
            if (query.filter() != null) {
                deleted.forEach(id -> SAGE.get().store().delete(DEMO_COMPANY_ID, "Customer", id));
            }
            return http.fetch(query);
        };

        SageListResult<JsonNode> result = BoundedWait.join(pager(deletingAfterTheFirstCall)
                .collect(Plans.forList(null, null, null, null)));

        List<Long> expected = new ArrayList<>(seeded);
        expected.removeAll(deleted.subList(2, 4));
        assertThat(ids(result.records())).isEqualTo(expected);
        assertThat(listCalls()).hasSize(3);
    }

    private static ObjectNode newCustomer() {
        return JsonNodeFactory.instance.objectNode().put("Name", "Inserted while paging").put("Active", true);
    }
}

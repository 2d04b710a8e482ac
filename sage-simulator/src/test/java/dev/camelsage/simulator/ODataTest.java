package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ODataTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b
            .quota(QuotaSettings.unlimited()).seedDemo(false)).withManualClock(Instant.parse("2026-05-04T09:00:00Z"));

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("Results").forEach(r -> ids.add(r.get("ID").asLong()));
        return ids;
    }

    private static SageCall customers() {
        return SageCall.get(SAGE.get(), "Customer/Get");
    }

    @Test
    void topIsCappedAt100AndTotalResultsCountsEveryMatch() {
        SAGE.get().store().seedCustomers(1, 250);

        JsonNode page = customers().param("$top", "50000000000").param("$orderby", "ID").send().json();

        assertThat(page.get("TotalResults").asInt()).isEqualTo(250);
        assertThat(page.get("ReturnedResults").asInt()).isEqualTo(100);
        assertThat(page.get("Results")).hasSize(100);
    }

    @Test
    void listWithoutTopReturnsAtMost100() {
        SAGE.get().store().seedCustomers(1, 150);

        assertThat(customers().send().json().get("ReturnedResults").asInt()).isEqualTo(100);
    }

    @Test
    void skipAndTopPageThroughAnOrderedList() {
        List<ObjectNode> all = SAGE.get().store().seedCustomers(1, 30);

        JsonNode page = customers().param("$orderby", "ID").param("$skip", "10").param("$top", "5").send().json();

        assertThat(ids(page)).containsExactly(all.subList(10, 15).stream().map(c -> c.get("ID").asLong()).toArray(Long[]::new));
        assertThat(page.get("TotalResults").asInt()).isEqualTo(30);
    }

    @Test
    void orderByHonoursSeveralKeysAndDirections() {
        for (int i = 0; i < 6; i++) {
            ObjectNode c = DemoData.obj("Name", "C" + i, "CreditLimit", new BigDecimal(i % 2 == 0 ? "100.00" : "200.00"));
            SAGE.get().store().insert(1, "Customer", c);
        }

        JsonNode page = customers().param("$orderby", "CreditLimit desc, ID asc").send().json();

        List<Long> ids = ids(page);
        List<JsonNode> rows = new ArrayList<>();
        page.get("Results").forEach(rows::add);
        assertThat(rows.subList(0, 3)).allMatch(r -> r.get("CreditLimit").decimalValue().compareTo(new BigDecimal("200")) == 0);
        assertThat(ids.subList(0, 3)).isSorted();
        assertThat(ids.subList(3, 6)).isSorted();
    }

    @Test
    void withoutOrderByTheOrderIsNotStable() {
        SAGE.get().store().seedCustomers(1, 40);
        Set<List<Long>> orders = new HashSet<>();

        for (int i = 0; i < 5; i++) {
            orders.add(ids(customers().send().json()));
        }

        assertThat(orders).as("five unordered lists of 40 came back in the same order").hasSizeGreaterThan(1);
    }

    @Test
    void filterComparesNumbersWithAndOrAndParentheses() {
        List<ObjectNode> all = SAGE.get().store().seedCustomers(1, 10);
        long first = all.get(0).get("ID").asLong();

        JsonNode page = customers().param("$filter", "(ID eq " + first + " or ID ge " + (first + 8) + ") and Active eq true")
                .param("$orderby", "ID").send().json();

        assertThat(ids(page)).containsExactly(first, first + 8, first + 9);
    }

    @Test
    void filterComparesDatesWithAndWithoutTime() {
        SAGE.get().store().seedCustomers(1, 3);
        SAGE.clock().advance(Duration.ofDays(2));
        long late = SAGE.get().store().seedCustomers(1, 1).get(0).get("ID").asLong();

        JsonNode dateOnly = customers().param("$filter", "Created ge datetime'2026-05-05'").send().json();
        JsonNode withTime = customers().param("$filter", "Created lt datetime'2026-05-04T09:00:00.001'").send().json();

        assertThat(ids(dateOnly)).containsExactly(late);
        assertThat(withTime.get("TotalResults").asInt()).isEqualTo(3);
    }

    @Test
    void filterOnAStringFieldIs400() {
        SageCall.Reply reply = customers().param("$filter", "Name eq 'Acme'").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("Filter and Orderby will not work for string values");
    }

    @Test
    void stringFunctionsAre400() {
        assertThat(customers().param("$filter", "indexof(Name, 'Acme') ge 0").send().status()).isEqualTo(400);
    }

    @Test
    void orderByAStringFieldIs400() {
        SageCall.Reply reply = customers().param("$orderby", "Name").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("Filter and Orderby will not work for string values");
    }

    @Test
    void malformedQueryOptionsAre400() {
        assertThat(customers().param("$top", "ten").send().status()).isEqualTo(400);
        assertThat(customers().param("$skip", "-1").send().status()).isEqualTo(400);
        assertThat(customers().param("$filter", "ID eq").send().status()).isEqualTo(400);
        assertThat(customers().param("$orderby", "ID sideways").send().status()).isEqualTo(400);
    }

    @Test
    void anUnknownPropertyIs400NamingIt() {
        SageCall.Reply reply = customers().param("$filter", "Nickname eq 5").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("Could not find a property named 'Nickname'");
        assertThat(customers().param("$orderby", "Colour").send().status()).isEqualTo(400);
    }

    @Test
    void notNegatesAComparison() {
        List<ObjectNode> all = SAGE.get().store().seedCustomers(1, 3);
        long first = all.get(0).get("ID").asLong();

        JsonNode page = customers().param("$filter", "not (ID eq " + first + ")").param("$orderby", "ID").send().json();

        assertThat(ids(page)).containsExactly(first + 1, first + 2);
    }
}

package dev.camelsage.sage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.JournalEntry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** operation=get through the component: every record once, in the fewest calls, collected or streamed. */
class SageGetPagingTest extends SageScaleTestSupport {

    private final List<Long> streamed = new ArrayList<>();
    private final AtomicInteger callsWhenFirstRecordArrived = new AtomicInteger(-1);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream").to("sage:customer?companyId=1&streamResults=true")
                        .split(body()).streaming()
                        .process(exchange -> {
                            callsWhenFirstRecordArrived.compareAndSet(-1, listCalls("Customer").size());
                            streamed.add(exchange.getMessage().getBody(Customer.class).getId());
                        });
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Long> customerIds(Exchange exchange) {
        return ((List<Customer>) exchange.getMessage().getBody(List.class)).stream().map(c -> c.getId()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 100, 101, 250, 20_000 })
    void getReturnsEveryCustomerOnceInTheFewestCalls(int count) {
        List<Long> seeded = seedCustomers(count);

        Exchange exchange = template.request("sage:customer?companyId=1&operation=get", null);

        assertThat(exchange.getException()).isNull();
        assertThat(customerIds(exchange)).isEqualTo(seeded);
        assertThat(exchange.getMessage().getHeader(SageConstants.TOTAL_RESULTS, Long.class)).isEqualTo(count);
        assertThat(exchange.getMessage().getHeader(SageConstants.RETURNED_RESULTS, Integer.class)).isEqualTo(count);
        assertThat(listCalls("Customer")).hasSize(Math.max(1, (count + 99) / 100));
    }

    @Test
    void topAndSkipHeadersKeepTheirODataMeaningAcrossPages() {
        List<Long> seeded = seedCustomers(400);

        Exchange exchange = template.request("sage:customer?companyId=1", e -> e.getMessage().setHeaders(
                Map.of(SageConstants.TOP, 250, SageConstants.SKIP, 30)));

        assertThat(customerIds(exchange)).isEqualTo(seeded.subList(30, 280));
        List<JournalEntry> calls = listCalls("Customer");
        assertThat(calls).extracting(call -> call.query().get("$top")).containsExactly("100", "100", "50");
        assertThat(calls).extracting(call -> call.query().get("$skip")).containsExactly("30", "0", "0");
        assertThat(calls.get(2).query().get("$filter")).isEqualTo("ID gt " + seeded.get(229));
    }

    @Test
    void aUserOrderGetsTheIdTieBreaker() {
        seedCustomers(150);

        Exchange exchange = template.request("sage:customer?companyId=1&orderBy=Active desc", null);

        assertThat(customerIds(exchange)).hasSize(150).doesNotHaveDuplicates();
        assertThat(listCalls("Customer")).extracting(call -> call.query().get("$orderby"))
                .containsOnly("Active desc,ID");
    }

    @Test
    void anOrderThatIsNotODataFailsBeforeAnyCall() {
        Exchange exchange = template.request("sage:customer?companyId=1", e -> e.getMessage()
                .setHeader(SageConstants.ORDER_BY, "Name upwards"));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asc or desc");
        assertThat(listCalls("Customer")).isEmpty();
    }

    @Test
    void streamingHandsTheFirstRecordToTheRouteAfterOneCall() {
        List<Long> seeded = seedCustomers(1_050);

        Exchange exchange = template.request("direct:stream", null);

        assertThat(exchange.getException()).isNull();
        assertThat(callsWhenFirstRecordArrived).hasValue(1);
        assertThat(streamed).isEqualTo(seeded);
        assertThat(listCalls("Customer")).hasSize(11);
    }
}

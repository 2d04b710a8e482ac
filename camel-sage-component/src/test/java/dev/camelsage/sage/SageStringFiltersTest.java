package dev.camelsage.sage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelsage.sage.exception.SageValidationException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import dev.camelsage.simulator.StringFilters;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Filters and orders on strings, which Sage says "will not work" while integrations rely on them: the component sends
 * them as written, and the route gets Sage's refusal or Sage's answer, whichever Sage gives.
 */
class SageStringFiltersTest extends SageTestSupport {

    @RegisterExtension
    static final SageSimulatorExtension EVALUATING = SageSimulatorExtension.create(
            b -> b.stringFilters(StringFilters.EVALUATE));

    private static final String BY_REFERENCE = "indexof(Reference,'%s') ge 0";

    @Test
    void aStringFilterSageRefusesFailsWithItsAnswerAndWasSentAsWritten() {
        String reference = firstInvoiceReference(sage());
        String filter = BY_REFERENCE.formatted(reference);

        Exchange exchange = send("sage:taxInvoice?companyId=1", null, Map.of(SageConstants.FILTER, filter));

        assertThat(exchange.getException()).isInstanceOf(SageValidationException.class);
        assertThat(lastRequest().query()).containsEntry("$filter", filter);
        assertThat(lastRequest().status()).isEqualTo(400);
    }

    @Test
    void aStringFilterSageEvaluatesReturnsTheMatchesAndWasSentAsWritten() {
        String reference = firstInvoiceReference(EVALUATING.get());
        String filter = BY_REFERENCE.formatted(reference);

        Exchange exchange = send("sage:taxInvoice?companyId=1" + at(EVALUATING.get()), null,
                Map.of(SageConstants.FILTER, filter));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).isNotEmpty()
                .allSatisfy(invoice -> assertThat(((TaxInvoice) invoice).getReference()).contains(reference));
        JournalEntry request = EVALUATING.get().journal().entries().get(0);
        assertThat(request.query()).containsEntry("$filter", filter);
    }

    @Test
    void anOrderOnAStringIsSentWithIdAfterItEitherWay() {
        Exchange refused = send("sage:customer?companyId=1&orderBy=Name", null);
        Exchange ordered = send("sage:customer?companyId=1&orderBy=Name" + at(EVALUATING.get()), null);

        assertThat(refused.getException()).isInstanceOf(SageValidationException.class);
        assertThat(lastRequest().query()).containsEntry("$orderby", "Name,ID");
        assertThat(ordered.getException()).isNull();
        List<String> names = ordered.getMessage().getBody(List.class).stream()
                .map(customer -> ((Customer) customer).getName()).toList();
        assertThat(names).isNotEmpty().isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(EVALUATING.get().journal().entries().get(0).query()).containsEntry("$orderby", "Name,ID");
    }

    @Test
    void aConsumerKeepsAStringFilterAsWrittenUnderEitherAnswer() throws Exception {
        String reference = firstInvoiceReference(EVALUATING.get());
        String filter = BY_REFERENCE.formatted(reference);
        List<Object> delivered = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sage:taxInvoice?companyId=1&delay=1000&initialDelay=0&filter=RAW(" + filter + ")")
                        .process(e -> delivered.add(e.getMessage().getBody()));
                from("sage:taxInvoice?companyId=1&delay=1000&initialDelay=0&filter=RAW(" + filter + ")"
                     + at(EVALUATING.get())).process(e -> delivered.add(e.getMessage().getBody()));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !delivered.isEmpty()
                && sage().journal().count(call -> call.status() == 400) > 0);

        assertThat(delivered).allSatisfy(invoice -> assertThat(((TaxInvoice) invoice).getReference())
                .contains(reference));
        assertThat(sage().journal().entries()).isNotEmpty().allSatisfy(call -> {
            assertThat(call.query().get("$filter")).contains(filter);
            assertThat(call.status()).isEqualTo(400);
        });
        assertThat(EVALUATING.get().journal().entries()).isNotEmpty()
                .allSatisfy(call -> assertThat(call.query().get("$filter")).contains(filter));
    }

    private static String firstInvoiceReference(SageSimulator sage) {
        return sage.store().list(COMPANY, "TaxInvoice").stream().map(row -> row.path("Reference").asText())
                .filter(reference -> !reference.isBlank()).findFirst().orElseThrow();
    }
}

package dev.camelsage.sage;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.model.JournalEntry;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reconcileBy finds a create whose answer was lost although the new record has no Modified: by Created where Sage
 * dates records (whether or not it fills Modified on create), newest first by ID where it does not (JournalEntry).
 */
class SageReconcileWithoutModifiedTest extends SageTestSupport {

    @RegisterExtension
    static final SageSimulatorExtension MODIFIED_ON_CREATE = SageSimulatorExtension.create(
            b -> b.emptyModifiedOnCreate(false));

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new SageErrorHandling(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:invoice").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:taxInvoice?companyId=1&operation=save&reconcileBy=Reference");
                from("direct:invoiceModifiedOnCreate").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:taxInvoice?companyId=1&operation=save&reconcileBy=Reference"
                            + at(MODIFIED_ON_CREATE.get()));
                from("direct:journal").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:journalEntry?companyId=1&operation=save&reconcileBy=Reference");
            }
        }};
    }

    @ParameterizedTest(name = "Modified empty on create: {0}")
    @ValueSource(booleans = {true, false})
    void aLostInvoiceCreateIsFoundWhetherOrNotSageSetsModified(boolean emptyModifiedOnCreate) {
        SageSimulator sage = emptyModifiedOnCreate ? sage() : MODIFIED_ON_CREATE.get();
        TaxInvoice invoice = SageFixtures.taxInvoice(first(sage, "Customer"), first(sage, "Item"));
        sage.faults().dropConnectionAfterSave(1);

        Exchange result = template.send(emptyModifiedOnCreate ? "direct:invoice" : "direct:invoiceModifiedOnCreate",
                e -> e.getMessage().setBody(invoice));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SageConstants.RECONCILED, Boolean.class)).isTrue();
        List<ObjectNode> stored = withReference(sage, "TaxInvoice", invoice.getReference());
        assertThat(stored).singleElement().satisfies(record -> {
            assertThat(record.path("ID").asLong()).isEqualTo(result.getMessage().getBody(TaxInvoice.class).getId());
            assertThat(record.hasNonNull("Modified")).isEqualTo(!emptyModifiedOnCreate);
        });
        assertThat(sage.journal().entries(e -> "TaxInvoice".equals(e.service())))
                .extracting(dev.camelsage.simulator.JournalEntry::method).containsExactly("Save", "Get");
        assertThat(sage.journal().entries(e -> "Get".equals(e.method())).get(0).query().get("$filter"))
                .startsWith("Created ge datetime'");
    }

    @Test
    void aLostJournalEntryIsFoundAmongTheNewestEntriesById() {
        List<ObjectNode> accounts = sage().store().list(COMPANY, "Account");
        JournalEntry entry = SageFixtures.journalEntry(accounts.get(0).get("ID").asLong(),
                accounts.get(1).get("ID").asLong(), 1);
        sage().faults().dropConnectionAfterSave(1);

        Exchange result = template.send("direct:journal", e -> e.getMessage().setBody(entry));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SageConstants.RECONCILED, Boolean.class)).isTrue();
        assertThat(withReference(sage(), "JournalEntry", entry.getReference())).hasSize(1);
        assertThat(requestsTo("JournalEntry")).extracting(dev.camelsage.simulator.JournalEntry::method)
                .containsExactly("Save", "Get");
        assertThat(requestsTo("JournalEntry").get(1).query()).containsEntry("$orderby", "ID desc")
                .doesNotContainKey("$filter");
    }

    private static long first(SageSimulator sage, String service) {
        return sage.store().list(COMPANY, service).get(0).get("ID").asLong();
    }

    private static List<ObjectNode> withReference(SageSimulator sage, String service, String reference) {
        return sage.store().list(COMPANY, service).stream()
                .filter(record -> reference.equals(record.path("Reference").asText())).toList();
    }
}

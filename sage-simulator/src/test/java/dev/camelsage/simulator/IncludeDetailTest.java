package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Document lists leave out Lines unless includeDetail=true; include...Details embed the related party. */
class IncludeDetailTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static final List<String> DOCUMENTS = List.of("TaxInvoice", "Quote", "SalesOrder", "CustomerReturn",
            "SupplierInvoice", "PurchaseOrder");

    @Test
    void documentListsLeaveOutLinesWithoutIncludeDetail() {
        for (String service : DOCUMENTS) {
            JsonNode page = SageCall.get(SAGE.get(), service + "/Get").send().json();

            assertThat(page.get("TotalResults").asInt()).as(service).isPositive();
            assertThat(page.findValues("Lines")).as(service + " without includeDetail").isEmpty();
            assertThat(page.at("/Results/0/Total").isNumber()).as(service + " still has its totals").isTrue();
        }
    }

    @Test
    void includeDetailTrueListsTheLines() {
        for (String service : DOCUMENTS) {
            JsonNode page = SageCall.get(SAGE.get(), service + "/Get").param("includeDetail", "true").send().json();

            assertThat(page.get("Results")).as(service).allMatch(d -> d.get("Lines").isArray() && !d.get("Lines").isEmpty());
        }
    }

    @Test
    void includeDetailFalseIsTheSameAsLeavingItOut() {
        JsonNode page = SageCall.get(SAGE.get(), "TaxInvoice/Get").param("IncludeDetail", "false").send().json();

        assertThat(page.findValues("Lines")).isEmpty();
    }

    @Test
    void getByIdKeepsTheLines() {
        long id = SAGE.get().store().list(1, "TaxInvoice").get(0).get("ID").asLong();

        JsonNode invoice = SageCall.get(SAGE.get(), "TaxInvoice/Get/" + id).send().json();

        assertThat(invoice.get("Lines")).isNotEmpty();
    }

    @Test
    void aStoredDocumentKeepsItsLinesWhateverAListShowed() {
        SageCall.get(SAGE.get(), "TaxInvoice/Get").send();

        assertThat(SAGE.get().store().list(1, "TaxInvoice")).allMatch(d -> d.get("Lines").isArray());
    }

    @Test
    void includeCustomerDetailsEmbedsTheCustomer() {
        JsonNode page = SageCall.get(SAGE.get(), "TaxInvoice/Get").param("includeCustomerDetails", "true").send().json();
        JsonNode plain = SageCall.get(SAGE.get(), "TaxInvoice/Get").send().json();

        assertThat(page.get("Results")).allMatch(d -> d.at("/Customer/ID").asLong() == d.get("CustomerId").asLong()
                && d.at("/Customer/Name").asText().equals(d.get("CustomerName").asText()));
        assertThat(plain.findValues("Customer")).isEmpty();
    }

    @Test
    void includeSupplierDetailsEmbedsTheSupplier() {
        JsonNode page = SageCall.get(SAGE.get(), "SupplierInvoice/Get").param("includeSupplierDetails", "true")
                .param("includeDetail", "true").send().json();

        assertThat(page.at("/Results/0/Supplier/Name").asText()).isEqualTo("Builders Warehouse");
        assertThat(page.at("/Results/0/Lines")).isNotEmpty();
    }

    @Test
    void includeSalesRepDetailsEmbedsTheSalesRepresentativeOfCustomersThatHaveOne() {
        JsonNode page = SageCall.get(SAGE.get(), "Customer/Get").param("includeSalesRepDetails", "true")
                .param("$orderby", "ID").send().json();

        JsonNode acme = page.get("Results").get(0);
        assertThat(acme.at("/SalesRepresentative/Name").asText()).isEqualTo("Thandi Nkosi");
        assertThat(page.get("Results").get(1).has("SalesRepresentative")).as("no rep, nothing embedded").isFalse();
    }
}

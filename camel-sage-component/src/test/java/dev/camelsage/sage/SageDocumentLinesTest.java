package dev.camelsage.sage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.model.CommercialDocumentLine;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.SupplierInvoice;
import dev.camelsage.sage.model.TaxInvoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents as Sage lists them: lines only with includeDetail=true, which the component sends unless told not to;
 * the embedded customer, supplier and sales representative as typed records; the fields clients rely on.
 */
class SageDocumentLinesTest extends SageTestSupport {

    private List<TaxInvoice> invoices(String uri, Map<String, Object> headers) {
        return send(uri, null, headers).getMessage().getBody(List.class).stream().map(TaxInvoice.class::cast).toList();
    }

    @Test
    void listingInvoicesAsksForTheirLinesAndReturnsThem() {
        List<TaxInvoice> invoices = invoices("sage:taxInvoice?companyId=1", Map.of());

        assertThat(invoices).hasSize(sage().store().count(COMPANY, "TaxInvoice"))
                .allSatisfy(invoice -> assertThat(invoice.getLines()).isNotEmpty());
        assertThat(lastRequest().query()).containsEntry("includedetail", "true");
    }

    @Test
    void includeDetailFalseListsHeadersOnlyAndTheHeaderOverridesTheOption() {
        List<TaxInvoice> headersOnly = invoices("sage:taxInvoice?companyId=1&includeDetail=false", Map.of());
        assertThat(lastRequest().query()).doesNotContainKey("includedetail");
        List<TaxInvoice> byHeader = invoices("sage:taxInvoice?companyId=1&includeDetail=false",
                Map.of(SageConstants.INCLUDE_DETAIL, true));
        assertThat(lastRequest().query()).containsEntry("includedetail", "true");
        List<TaxInvoice> offByHeader = invoices("sage:taxInvoice?companyId=1",
                Map.of(SageConstants.INCLUDE_DETAIL, "false"));

        assertThat(headersOnly).isNotEmpty().allSatisfy(invoice -> assertThat(invoice.getLines()).isNull());
        assertThat(byHeader).isNotEmpty().allSatisfy(invoice -> assertThat(invoice.getLines()).isNotEmpty());
        assertThat(offByHeader).isNotEmpty().allSatisfy(invoice -> assertThat(invoice.getLines()).isNull());
    }

    @Test
    void servicesWithoutLinesAreListedWithoutTheFlag() {
        send("sage:customer?companyId=1", null);

        assertThat(lastRequest().query()).doesNotContainKey("includedetail");
    }

    @Test
    void getByIdReturnsTheLinesWithTheFieldsClientsUse() {
        long customer = sage().store().list(COMPANY, "Customer").get(0).get("ID").asLong();
        long item = sage().store().list(COMPANY, "Item").get(0).get("ID").asLong();
        long saved = send("sage:taxInvoice?companyId=1&operation=save", SageFixtures.taxInvoice(customer, item))
                .getMessage().getBody(TaxInvoice.class).getId();

        TaxInvoice invoice = send("sage:taxInvoice?companyId=1&operation=getById&id=" + saved, null)
                .getMessage().getBody(TaxInvoice.class);

        assertThat(UUID.fromString(invoice.getUid())).isNotNull();
        assertThat(invoice.getStatus()).isEqualTo("Unpaid");
        assertThat(invoice.getStatusId()).isEqualTo(1);
        assertThat(invoice.getPaid()).isFalse();
        assertThat(invoice.getLocked()).isFalse();
        CommercialDocumentLine line = invoice.getLines().get(0);
        assertThat(line.getId()).isPositive();
        assertThat(UUID.fromString(line.getUid())).isNotNull();
        assertThat(line.getDescription()).isEqualTo("Two of them");
        ObjectNode stored = sage().store().get(COMPANY, "TaxInvoice", saved).orElseThrow();
        assertThat(line.getId()).isEqualTo(stored.at("/Lines/0/ID").asLong());
        assertThat(line.getUnit()).isNotBlank().isEqualTo(stored.at("/Lines/0/Unit").textValue());
        assertThat(line.getUnitCost()).isPositive().isEqualByComparingTo(stored.at("/Lines/0/UnitCost").decimalValue());
    }

    @Test
    void includeCustomerDetailsEmbedsTheCustomerAsACustomer() {
        List<TaxInvoice> invoices = invoices("sage:taxInvoice?companyId=1&query.includeCustomerDetails=true", Map.of());

        assertThat(lastRequest().query()).containsEntry("includecustomerdetails", "true")
                .containsEntry("includedetail", "true");
        assertThat(invoices).isNotEmpty().allSatisfy(invoice -> {
            Customer customer = invoice.getCustomer();
            assertThat(customer).isNotNull();
            assertThat(customer.getId()).isEqualTo(invoice.getCustomerId());
            assertThat(customer.getName()).isEqualTo(invoice.getCustomerName());
        });
    }

    @Test
    void includeSupplierDetailsEmbedsTheSupplierAsASupplier() {
        List<?> invoices = send("sage:supplierInvoice?companyId=1&query.includeSupplierDetails=true", null)
                .getMessage().getBody(List.class);

        assertThat(invoices).isNotEmpty().allSatisfy(body -> {
            SupplierInvoice invoice = (SupplierInvoice) body;
            assertThat(invoice.getSupplier().getId()).isEqualTo(invoice.getSupplierId());
            assertThat(invoice.getLines()).isNotEmpty();
        });
    }

    @Test
    void includeSalesRepDetailsEmbedsTheSalesRepresentativeOfACustomer() {
        List<?> customers = send("sage:customer?companyId=1&query.includeSalesRepDetails=true", null)
                .getMessage().getBody(List.class);

        assertThat(customers).map(Customer.class::cast).filteredOn(c -> c.getSalesRepresentativeId() != null)
                .isNotEmpty().allSatisfy(customer -> assertThat(customer.getSalesRepresentative().getId())
                        .isEqualTo(customer.getSalesRepresentativeId()));
    }
}

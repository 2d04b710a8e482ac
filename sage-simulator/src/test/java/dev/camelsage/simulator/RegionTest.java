package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same API serves Australia: GST at 10 %, and every total follows the region's tax types. */
class RegionTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited())
            .region(Region.AU));

    @Test
    void australianCompaniesHaveGstTaxTypes() {
        JsonNode taxTypes = SageCall.get(SAGE.get(), "TaxType/Get").send().json();

        assertThat(taxTypes.findValuesAsText("Name")).containsExactlyInAnyOrder("GST", "GST Free", "Input Taxed",
                "Capital Acquisitions");
        assertThat(taxTypes.findValuesAsText("Name")).doesNotContain("Standard Rate");
        JsonNode gst = Seed.find(SAGE.get(), "TaxType", "Name", "GST");
        assertThat(gst.get("Percentage").decimalValue()).isEqualByComparingTo("10");
        assertThat(gst.get("IsDefault").asBoolean()).isTrue();
        assertThat(SAGE.get().region().standardTaxName()).isEqualTo("GST");
    }

    @Test
    void totalsUseGst() {
        long gst = Seed.id(SAGE.get(), "TaxType", "Name", "GST");

        JsonNode invoice = SageCall.post(SAGE.get(), "TaxInvoice/Save", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\",\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get())
                + ",\"Quantity\":1,\"UnitPriceExclusive\":200,\"TaxTypeId\":" + gst + "}]}").send().json();

        assertThat(invoice.get("Tax").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(invoice.get("Total").decimalValue()).isEqualByComparingTo("220.00");
        assertThat(invoice.at("/Lines/0/TaxPercentage").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void seededItemsAndCompaniesAreAustralian() {
        JsonNode drill = Seed.find(SAGE.get(), "Item", "Code", "HW-001");
        JsonNode company = SageCall.get(SAGE.get(), "Company/Get/1").send().json();

        assertThat(drill.get("PriceInclusive").decimalValue()).isEqualByComparingTo("1428.90");
        assertThat(company.get("CurrencySymbol").asText()).isEqualTo("$");
        assertThat(company.get("Name").asText()).isEqualTo("Demo Trading Pty Ltd");
        assertThat(SAGE.get().store().list(1, "TaxInvoice")).allMatch(i -> i.get("Lines").findValuesAsText("TaxPercentage")
                .stream().allMatch(p -> p.equals("10") || p.equals("0")));
    }
}

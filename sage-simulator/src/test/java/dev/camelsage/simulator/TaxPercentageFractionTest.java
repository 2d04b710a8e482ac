package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No capture shows a line's TaxPercentage scale (Tow-com-au's AU example sends 0.1 "GST?"): the other choice. */
class TaxPercentageFractionTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited())
            .lineTaxPercentageAsFraction(true));

    @Test
    void linesCarryTheRateAsAFractionWhileTotalsStayTheSame() {
        JsonNode invoice = SageCall.post(SAGE.get(), "TaxInvoice/Save", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\",\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get())
                + ",\"Quantity\":1,\"UnitPriceExclusive\":100,\"TaxTypeId\":" + Seed.standardRate(SAGE.get()) + "}]}").send().json();

        assertThat(invoice.at("/Lines/0/TaxPercentage").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(invoice.get("Total").decimalValue()).isEqualByComparingTo("115.00");
        assertThat(Seed.find(SAGE.get(), "TaxType", "Name", "Standard Rate").get("Percentage").decimalValue())
                .as("the tax type keeps its percentage").isEqualByComparingTo("15");
    }
}

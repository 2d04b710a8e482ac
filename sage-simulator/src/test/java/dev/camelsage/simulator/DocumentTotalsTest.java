package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentTotalsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static String invoice(boolean inclusive, String headerDiscount, String lines) {
        return "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\","
                + "\"Inclusive\":" + inclusive + ",\"DiscountPercentage\":" + headerDiscount + ",\"Lines\":[" + lines + "]}";
    }

    private static String itemLine(String quantity, String priceField, String price, String discount) {
        return "{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"TaxTypeId\":" + Seed.standardRate(SAGE.get())
                + ",\"Quantity\":" + quantity + ",\"" + priceField + "\":" + price + ",\"DiscountPercentage\":" + discount + "}";
    }

    @Test
    void exclusivePricingWithLineDiscountRoundsHalfUpToCents() {
        // 3 x 33.33 = 99.99; 10% discount = 9.999 -> 10.00; net 89.99; tax 15% = 13.4985 -> 13.50.
        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Save",
                invoice(false, "0", itemLine("3", "UnitPriceExclusive", "33.33", "10"))).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body()).contains("\"Discount\":10.00", "\"Exclusive\":89.99", "\"Tax\":13.50", "\"Total\":103.49",
                "\"AmountDue\":103.49", "\"UnitPriceInclusive\":38.33");
    }

    @Test
    void inclusivePricingTakesTaxOutOfTheTotal() {
        // 2 x 115.00 = 230.00 inclusive; tax = 230 x 15/115 = 30.00; exclusive 200.00.
        JsonNode doc = SageCall.post(SAGE.get(), "TaxInvoice/Save",
                invoice(true, "0", itemLine("2", "UnitPriceInclusive", "115.00", "0"))).send().json();

        assertThat(doc.get("Total").decimalValue()).isEqualByComparingTo("230.00");
        assertThat(doc.get("Tax").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(doc.get("Exclusive").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(doc.at("/Lines/0/UnitPriceExclusive").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void headerDiscountAppliesPerLineSoTaxStaysPerRate() {
        String zeroRated = "{\"LineType\":1,\"SelectionId\":" + Seed.salesAccount(SAGE.get()) + ",\"TaxTypeId\":"
                + Seed.id(SAGE.get(), "TaxType", "Name", "Zero Rated") + ",\"Quantity\":1,\"UnitPriceExclusive\":50.00}";
        // Line 1: 100.00 net, 5% = 5.00 -> 95.00 + 14.25 tax; line 2: 50.00, 5% = 2.50 -> 47.50 + 0 tax.
        JsonNode doc = SageCall.post(SAGE.get(), "TaxInvoice/Save",
                invoice(false, "5", itemLine("1", "UnitPriceExclusive", "100.00", "0") + "," + zeroRated)).send().json();

        assertThat(doc.get("Discount").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(doc.get("Exclusive").decimalValue()).isEqualByComparingTo("142.50");
        assertThat(doc.get("Tax").decimalValue()).isEqualByComparingTo("14.25");
        assertThat(doc.get("Total").decimalValue()).isEqualByComparingTo("156.75");
        assertThat(doc.at("/Lines/0/Total").decimalValue()).as("line amounts before the header discount").isEqualByComparingTo("115.00");
    }

    @Test
    void clientTotalsAreIgnoredAndRecomputed() {
        String body = invoice(false, "0", itemLine("1", "UnitPriceExclusive", "10.00", "0")).replace("{\"CustomerId\"",
                "{\"Total\":1.00,\"AmountDue\":0,\"CustomerId\"");

        JsonNode doc = SageCall.post(SAGE.get(), "TaxInvoice/Save", body).send().json();

        assertThat(doc.get("Total").decimalValue()).isEqualByComparingTo("11.50");
        assertThat(doc.get("AmountDue").decimalValue()).isEqualByComparingTo("11.50");
    }

    @Test
    void calculateReturnsTotalsWithoutSaving() {
        int before = SAGE.get().store().count(1, "TaxInvoice");

        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Calculate",
                invoice(false, "0", itemLine("4", "UnitPriceExclusive", "25.00", "0"))).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("Total").decimalValue()).isEqualByComparingTo("115.00");
        assertThat(reply.json().has("ID")).isFalse();
        assertThat(SAGE.get().store().count(1, "TaxInvoice")).isEqualTo(before);
    }

    @Test
    void documentsGetASystemDocumentNumberAndTheCustomerName() {
        JsonNode doc = SageCall.post(SAGE.get(), "TaxInvoice/Save",
                invoice(false, "0", itemLine("1", "UnitPriceExclusive", "10.00", "0"))).send().json();

        assertThat(doc.get("DocumentNumber").asText()).matches("INV\\d{7}");
        assertThat(doc.get("CustomerName").asText()).isEqualTo("Acme Hardware (Pty) Ltd");
        assertThat(doc.get("Date").asText()).isEqualTo("2026-05-01T00:00:00");
    }
}

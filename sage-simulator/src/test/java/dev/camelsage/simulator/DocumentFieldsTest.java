package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Documents as Sage returns them: line ID, UID, Description, Unit, UnitCost; Status, StatusId, Paid, Locked, UID. */
class DocumentFieldsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static JsonNode invoice(String lines) {
        return SageCall.post(SAGE.get(), "TaxInvoice/Save", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\",\"Lines\":[" + lines + "]}").send().json();
    }

    private static String itemLine() {
        return "{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":1,\"UnitPriceExclusive\":100,\"TaxTypeId\":"
                + Seed.standardRate(SAGE.get()) + "}";
    }

    @Test
    void linesGetIdUidDescriptionUnitAndTheItemsCost() {
        JsonNode line = invoice(itemLine()).at("/Lines/0");

        assertThat(line.get("ID").asLong()).isPositive();
        assertThat(UUID.fromString(line.get("UID").asText())).isNotNull();
        assertThat(line.get("Description").asText()).isEqualTo("Cordless drill 18V");
        assertThat(line.get("Unit").asText()).isEqualTo("each");
        assertThat(line.get("UnitCost").decimalValue()).isEqualByComparingTo("779.40");
        assertThat(line.get("TaxPercentage").decimalValue()).isEqualByComparingTo("15");
    }

    @Test
    void accountLinesAreDescribedByTheAccountAndHaveNoUnitCost() {
        JsonNode line = invoice("{\"LineType\":1,\"SelectionId\":" + Seed.salesAccount(SAGE.get())
                + ",\"Quantity\":1,\"UnitPriceExclusive\":50}").at("/Lines/0");

        assertThat(line.get("Description").asText()).isEqualTo("Sales");
        assertThat(line.has("UnitCost")).isFalse();
    }

    @Test
    void onlyTaxInvoiceLinesCarryUnitCost() {
        JsonNode quote = SageCall.post(SAGE.get(), "Quote/Save", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-01\",\"Lines\":[" + itemLine() + "]}").send().json();

        assertThat(quote.at("/Lines/0").has("UnitCost")).isFalse();
    }

    @Test
    void aClientsOwnDescriptionIsKept() {
        JsonNode line = invoice("{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":1,\"UnitPriceExclusive\":1,"
                + "\"Description\":\"Drill, special order\"}").at("/Lines/0");

        assertThat(line.get("Description").asText()).isEqualTo("Drill, special order");
    }

    @Test
    void anUpdateKeepsTheIdsAndUidsOfTheLinesItSendsBack() {
        JsonNode created = invoice(itemLine() + "," + itemLine());
        JsonNode kept = created.at("/Lines/0");
        String update = "{\"ID\":" + created.get("ID") + ",\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\",\"Lines\":[{\"ID\":" + kept.get("ID")
                + ",\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":3,\"UnitPriceExclusive\":100}," + itemLine() + "]}";

        JsonNode updated = SageCall.post(SAGE.get(), "TaxInvoice/Save", update).send().json();

        assertThat(updated.at("/Lines/0/ID").asLong()).isEqualTo(kept.get("ID").asLong());
        assertThat(updated.at("/Lines/0/UID").asText()).isEqualTo(kept.get("UID").asText());
        assertThat(updated.at("/Lines/1/ID").asLong()).as("a line sent without ID is a new line")
                .isNotIn(created.at("/Lines/0/ID").asLong(), created.at("/Lines/1/ID").asLong());
        assertThat(updated.get("UID").asText()).isEqualTo(created.get("UID").asText());
    }

    @Test
    void documentsCarryUidLockedEditableAndAnUnpaidStatus() {
        JsonNode doc = invoice(itemLine());

        assertThat(UUID.fromString(doc.get("UID").asText())).isNotNull();
        assertThat(doc.get("Locked").asBoolean()).isFalse();
        assertThat(doc.get("Editable").asBoolean()).isTrue();
        assertThat(doc.get("Paid").asBoolean()).isFalse();
        assertThat(doc.get("StatusId").asInt()).isEqualTo(1);
        assertThat(doc.get("Status").asText()).isEqualTo("Unpaid");
        assertThat(doc.get("AmountDue").decimalValue()).isEqualByComparingTo(doc.get("Total").decimalValue());
    }

    @Test
    void statusFollowsAmountDueAsAllocationsPayTheInvoice() {
        JsonNode doc = invoice(itemLine());
        long receipt = SageCall.post(SAGE.get(), "CustomerReceipt/Save", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-02\",\"Total\":115,\"BankAccountId\":"
                + Seed.id(SAGE.get(), "BankAccount", "Name", "FNB Business Cheque") + "}").send().json().get("ID").asLong();
        String allocation = "{\"SourceDocumentId\":" + receipt + ",\"AllocatedToDocumentId\":" + doc.get("ID") + ",\"Total\":%s}";

        SageCall.post(SAGE.get(), "Allocation/Save", String.format(allocation, "15")).send();
        JsonNode partly = SageCall.get(SAGE.get(), "TaxInvoice/Get/" + doc.get("ID")).send().json();
        SageCall.post(SAGE.get(), "Allocation/Save", String.format(allocation, "100")).send();
        JsonNode paid = SageCall.get(SAGE.get(), "TaxInvoice/Get/" + doc.get("ID")).send().json();

        assertThat(partly.get("StatusId").asInt()).isEqualTo(2);
        assertThat(partly.get("Status").asText()).isEqualTo("Partially Paid");
        assertThat(partly.get("Paid").asBoolean()).isFalse();
        assertThat(paid.get("AmountDue").decimalValue()).isEqualByComparingTo("0");
        assertThat(paid.get("StatusId").asInt()).isEqualTo(3);
        assertThat(paid.get("Status").asText()).isEqualTo("Paid");
        assertThat(paid.get("Paid").asBoolean()).isTrue();
    }

    @Test
    void seededInvoicesAreConsistent() {
        assertThat(SAGE.get().store().list(1, "TaxInvoice")).allSatisfy(doc -> {
            boolean nothingDue = doc.get("AmountDue").decimalValue().signum() == 0;
            assertThat(doc.get("Paid").asBoolean()).isEqualTo(nothingDue);
            assertThat(doc.get("Status").asText()).isEqualTo(nothingDue ? "Paid"
                    : doc.get("AmountDue").decimalValue().compareTo(doc.get("Total").decimalValue()) < 0 ? "Partially Paid" : "Unpaid");
        });
    }

    @Test
    void aCreditNoteShowsWhatAllocationsHaveNotUsedAsAmountDue() {
        JsonNode creditNote = SageCall.post(SAGE.get(), "CustomerReturn/Save", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-05-01\",\"Lines\":[" + itemLine() + "]}").send().json();

        assertThat(creditNote.get("AmountDue").decimalValue()).isEqualByComparingTo("115.00");
        assertThat(creditNote.has("TotalUnallocated")).as("not a CustomerReturn property").isFalse();
    }

    @Test
    void customersShowActivityOnceADocumentNamesThem() {
        long fresh = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Quiet Ltd\",\"Active\":true}").send().json()
                .get("ID").asLong();
        assertThat(SageCall.get(SAGE.get(), "Customer/Get/" + fresh).send().json().get("HasActivity").asBoolean()).isFalse();

        SageCall.post(SAGE.get(), "Quote/Save", "{\"CustomerId\":" + fresh + ",\"Date\":\"2026-05-01\",\"Lines\":["
                + itemLine() + "]}").send();

        assertThat(SageCall.get(SAGE.get(), "Customer/Get/" + fresh).send().json().get("HasActivity").asBoolean()).isTrue();
    }
}

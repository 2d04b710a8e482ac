package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AllocationTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private long invoice;
    private long receipt;

    @BeforeEach
    void invoiceOf115AndReceiptOf100() {
        long customer = Seed.id(SAGE.get(), "Customer", "Name", "Karoo Lodge");
        invoice = SageCall.post(SAGE.get(), "TaxInvoice/Save", "{\"CustomerId\":" + customer
                + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\",\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get())
                + ",\"TaxTypeId\":" + Seed.standardRate(SAGE.get()) + ",\"Quantity\":1,\"UnitPriceExclusive\":100}]}")
                .send().json().get("ID").asLong();
        receipt = SageCall.post(SAGE.get(), "CustomerReceipt/Save", "{\"CustomerId\":" + customer
                + ",\"Date\":\"2026-05-02\",\"Total\":100,\"BankAccountId\":"
                + Seed.id(SAGE.get(), "BankAccount", "Name", "FNB Business Cheque") + ",\"PaymentMethod\":4}")
                .send().json().get("ID").asLong();
    }

    private SageCall.Reply allocate(String total) {
        return SageCall.post(SAGE.get(), "Allocation/Save", "{\"SourceDocumentId\":" + receipt
                + ",\"AllocatedToDocumentId\":" + invoice + ",\"Total\":" + total + "}").send();
    }

    private BigDecimal field(String service, long id, String field) {
        return SageCall.get(SAGE.get(), service + "/Get/" + id).send().json().get(field).decimalValue();
    }

    @Test
    void allocationReducesAmountDueAndTotalUnallocated() {
        assertThat(allocate("60.00").status()).isEqualTo(201);

        assertThat(field("TaxInvoice", invoice, "AmountDue")).isEqualByComparingTo("55.00");
        assertThat(field("CustomerReceipt", receipt, "TotalUnallocated")).isEqualByComparingTo("40.00");
    }

    @Test
    void deprecatedDocumentHeaderFieldsAreAcceptedAndReturned() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Allocation/Save", "{\"DocumentHeaderId_Source\":" + receipt
                + ",\"DocumentHeaderId_Allocation\":" + invoice + ",\"Total\":15}").send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("SourceDocumentId").asLong()).isEqualTo(receipt);
        assertThat(reply.json().get("DocumentHeaderId_Allocation").asLong()).isEqualTo(invoice);
        assertThat(field("TaxInvoice", invoice, "AmountDue")).isEqualByComparingTo("100.00");
    }

    @Test
    void overAllocationIsRefused() {
        SageCall.Reply reply = allocate("100.01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("exceeds the unallocated amount");
        assertThat(field("TaxInvoice", invoice, "AmountDue")).isEqualByComparingTo("115.00");
    }

    @Test
    void deletingAnAllocationRestoresTheBalances() {
        long allocation = allocate("60.00").json().get("ID").asLong();

        assertThat(SageCall.delete(SAGE.get(), "Allocation/Delete/" + allocation).send().status()).isEqualTo(204);

        assertThat(field("TaxInvoice", invoice, "AmountDue")).isEqualByComparingTo("115.00");
    }

    @Test
    void anAllocatedReceiptCannotBeDeleted() {
        allocate("10.00");

        SageCall.Reply reply = SageCall.delete(SAGE.get(), "CustomerReceipt/Delete/" + receipt).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.message()).contains("Allocation");
    }

    @Test
    void saveBatchIsAllOrNothing() {
        String batch = "[{\"SourceDocumentId\":" + receipt + ",\"AllocatedToDocumentId\":" + invoice + ",\"Total\":60},"
                + "{\"SourceDocumentId\":" + receipt + ",\"AllocatedToDocumentId\":" + invoice + ",\"Total\":60}]";

        SageCall.Reply reply = SageCall.post(SAGE.get(), "Allocation/SaveBatch", batch).send();

        assertThat(reply.status()).as("the second item over-allocates the receipt").isEqualTo(400);
        assertThat(field("TaxInvoice", invoice, "AmountDue")).isEqualByComparingTo("115.00");
        assertThat(SAGE.get().store().list(1, "Allocation")).noneMatch(a -> a.path("SourceDocumentId").asLong() == receipt);
    }

    @Test
    void saveBatchSavesEveryItem() {
        String batch = "[{\"SourceDocumentId\":" + receipt + ",\"AllocatedToDocumentId\":" + invoice + ",\"Total\":30},"
                + "{\"SourceDocumentId\":" + receipt + ",\"AllocatedToDocumentId\":" + invoice + ",\"Total\":20}]";

        JsonNode saved = SageCall.post(SAGE.get(), "Allocation/SaveBatch", batch).send().json();

        assertThat(saved).hasSize(2);
        assertThat(field("TaxInvoice", invoice, "AmountDue")).isEqualByComparingTo("65.00");
    }

    @Test
    void customerBalanceIsWhatInvoicesOweLessWhatReceiptsLeaveUnallocated() {
        long customer = Seed.id(SAGE.get(), "Customer", "Name", "Karoo Lodge");
        assertThat(field("Customer", customer, "Balance")).isEqualByComparingTo("15.00");

        allocate("60.00");
        assertThat(field("Customer", customer, "Balance")).as("allocating moves nothing between them").isEqualByComparingTo("15.00");

        SageCall.delete(SAGE.get(), "CustomerReceipt/Delete/" + receipt).send();
        assertThat(field("Customer", customer, "Balance")).as("an allocated receipt cannot be deleted").isEqualByComparingTo("15.00");
    }

    @Test
    void customerUpdateKeepsItsComputedBalance() {
        long customer = Seed.id(SAGE.get(), "Customer", "Name", "Karoo Lodge");

        SageCall.post(SAGE.get(), "Customer/Save", "{\"ID\":" + customer + ",\"Name\":\"Karoo Lodge\",\"Balance\":0}").send();

        assertThat(field("Customer", customer, "Balance")).isEqualByComparingTo("15.00");
    }

    @Test
    void seededInvoicesArePartlyPaid() {
        long paidInPart = SAGE.get().store().list(1, "TaxInvoice").stream()
                .filter(i -> i.get("AmountDue").decimalValue().signum() > 0
                        && i.get("AmountDue").decimalValue().compareTo(i.get("Total").decimalValue()) < 0).count();

        assertThat(paidInPart).isEqualTo(2);
    }
}

package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void missingRequiredFieldIsAModelStateError() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"ContactName\":\"Nobody\"}").send();

        assertThat(reply.status()).isEqualTo(400);
        JsonNode body = reply.json();
        assertThat(body.get("Message").asText()).isEqualTo("The request is invalid.");
        assertThat(body.at("/ModelState/customer.Name/0").asText()).isEqualTo("The Name field is required.");
    }

    @Test
    void tooLongFieldIsAModelStateError() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"" + "x".repeat(101) + "\"}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/ModelState/customer.Name/0").asText())
                .isEqualTo("The field Name must be a string with a maximum length of 100.");
    }

    @Test
    void missingLineFieldsAreNamedWithTheirIndex() {
        String invoice = "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\","
                + "\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":1},{\"Quantity\":1}]}";

        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Save", invoice).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/ModelState/taxInvoice.Lines[1].SelectionId/0").asText())
                .isEqualTo("The SelectionId field is required.");
    }

    @Test
    void nonNumericAmountIsAModelStateErrorButNumericStringsAreAccepted() {
        SageCall.Reply bad = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Amounts\",\"CreditLimit\":\"lots\"}").send();
        SageCall.Reply good = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Amounts\",\"CreditLimit\":\"2500.5\"}").send();

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/ModelState/customer.CreditLimit/0").asText()).isEqualTo("The value 'lots' is not valid for CreditLimit.");
        assertThat(good.status()).isEqualTo(201);
        assertThat(good.body()).contains("\"CreditLimit\":2500.50");
    }

    @Test
    void unreadableDateIsAModelStateError() {
        String invoice = "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"yesterday\",\"DueDate\":\"2026-05-31\","
                + "\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":\"two\"}]}";

        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Save", invoice).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/ModelState/taxInvoice.Date/0").asText()).isEqualTo("The value 'yesterday' is not valid for Date.");
        assertThat(reply.json().at("/ModelState/taxInvoice.Lines[0].Quantity/0").asText()).isEqualTo("The value 'two' is not valid for Quantity.");
    }

    @Test
    void documentLinesMustBeAnArrayOfObjects() {
        String prefix = "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\",";

        SageCall.Reply none = SageCall.post(SAGE.get(), "TaxInvoice/Save", prefix + "\"Lines\":[]}").send();
        SageCall.Reply notObjects = SageCall.post(SAGE.get(), "TaxInvoice/Save", prefix + "\"Lines\":[1]}").send();
        SageCall.Reply notArray = SageCall.post(SAGE.get(), "TaxInvoice/Save", prefix + "\"Lines\":{\"a\":1}}").send();

        assertThat(none.json().at("/ModelState/taxInvoice.Lines/0").asText()).isEqualTo("The Lines field is required.");
        assertThat(notObjects.status()).isEqualTo(400);
        assertThat(notObjects.json().has("ModelState")).isTrue();
        assertThat(notArray.status()).isEqualTo(400);
    }

    @Test
    void duplicateCustomerNameIsABareJsonString() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"acme hardware (pty) ltd\"}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().isTextual()).isTrue();
        assertThat(reply.json().asText()).contains("already exists");
    }

    @Test
    void updateMayKeepItsOwnName() {
        long id = Seed.customer(SAGE.get());

        assertThat(SageCall.post(SAGE.get(), "Customer/Save", "{\"ID\":" + id + ",\"Name\":\"Acme Hardware (Pty) Ltd\"}")
                .send().status()).isEqualTo(200);
    }

    @Test
    void referenceToAMissingEntityIsAMessage() {
        String invoice = "{\"CustomerId\":999999,\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\","
                + "\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":1}]}";

        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Save", invoice).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("Customer with ID 999999").contains("does not exist");
    }

    @Test
    void lineTaxTypeOfAnotherCompanyIsRejected() {
        long karooTaxType = SAGE.get().store().list(2, "TaxType").get(0).get("ID").asLong();
        String invoice = "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\","
                + "\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":1,\"TaxTypeId\":" + karooTaxType + "}]}";

        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Save", invoice).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("Lines[0].TaxTypeId");
    }

    @Test
    void accountLineNeedsQuantityOne() {
        String invoice = "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\","
                + "\"Lines\":[{\"LineType\":1,\"SelectionId\":" + Seed.salesAccount(SAGE.get())
                + ",\"Quantity\":2,\"UnitPriceExclusive\":100}]}";

        SageCall.Reply reply = SageCall.post(SAGE.get(), "TaxInvoice/Save", invoice).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).isEqualTo(EntityValidator.ACCOUNT_LINE_QUANTITY);
    }

    @Test
    void anItemIdOnAnAccountLineIsAMissingReference() {
        String invoice = "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\","
                + "\"Lines\":[{\"LineType\":1,\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":1}]}";

        assertThat(SageCall.post(SAGE.get(), "TaxInvoice/Save", invoice).send().message()).contains("Account with ID");
    }

    @Test
    void rejectedSaveStoresNothing() {
        int before = SAGE.get().store().count(1, "Customer");

        SageCall.post(SAGE.get(), "Customer/Save", "{\"ContactName\":\"Nobody\"}").send();

        assertThat(SAGE.get().store().count(1, "Customer")).isEqualTo(before);
    }
}

package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerCrudTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void saveWithoutIdCreatesAndAnswers201WithLocation() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"New Customer\",\"CreditLimit\":1500}").send();

        assertThat(reply.status()).isEqualTo(201);
        long id = reply.json().get("ID").asLong();
        assertThat(reply.header("Location")).isEqualTo(SAGE.get().baseUrl() + "/api/2.0.0/Customer/Get/" + id);
        assertThat(reply.body()).contains("\"CreditLimit\":1500.00");
        assertThat(SAGE.get().store().get(1, "Customer", id)).hasValueSatisfying(
                c -> assertThat(c.get("Name").asText()).isEqualTo("New Customer"));
    }

    @Test
    void saveWithIdReplacesTheEntityAndAnswers200() {
        long id = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Before\",\"Email\":\"a@b.co.za\"}").send().json().get("ID").asLong();

        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"ID\":" + id + ",\"Name\":\"After\"}").send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode stored = SageCall.get(SAGE.get(), "Customer/Get/" + id).send().json();
        assertThat(stored.get("Name").asText()).isEqualTo("After");
        assertThat(stored.has("Email")).as("an update replaces the whole entity").isFalse();
    }

    @Test
    void saveWithUnknownIdIs404() {
        assertThat(SageCall.post(SAGE.get(), "Customer/Save", "{\"ID\":987654,\"Name\":\"Ghost\"}").send().status()).isEqualTo(404);
    }

    @Test
    void categoryComesBackWithItsDescription() {
        long retail = Seed.id(SAGE.get(), "CustomerCategory", "Description", "Retail");

        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save",
                "{\"Name\":\"Categorised\",\"Category\":{\"ID\":" + retail + "}}").send();

        assertThat(reply.json().at("/Category/Description").asText()).isEqualTo("Retail");
    }

    @Test
    void nullsSentByTheClientAreNotStored() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Nully\",\"Email\":null}").send();

        assertThat(reply.body()).doesNotContain("null");
    }

    @Test
    void deleteAnswers204WithEmptyBodyAndRemoves() {
        long id = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Short-lived\"}").send().json().get("ID").asLong();

        SageCall.Reply reply = SageCall.delete(SAGE.get(), "Customer/Delete/" + id).send();

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        assertThat(SageCall.get(SAGE.get(), "Customer/Get/" + id).send().status()).isEqualTo(404);
    }

    @Test
    void getByIdReturnsTheBareEntityWithSageFieldNames() {
        long id = SAGE.get().store().list(1, "Customer").get(0).get("ID").asLong();

        JsonNode customer = SageCall.get(SAGE.get(), "Customer/Get/" + id).send().json();

        assertThat(customer.get("ID").asLong()).isEqualTo(id);
        assertThat(customer.get("Created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(customer.has("Fax")).as("unset fields are omitted").isFalse();
        assertThat(customer.get("Balance").decimalValue().scale()).as("money has two decimals").isEqualTo(2);
    }
}

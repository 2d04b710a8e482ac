package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sage's JSON binder (JSON.NET) matches property names without regard to case and drops what the model lacks. */
class BindingTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void propertyNamesBindWithoutRegardToCaseAndComeBackInPascalCase() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save",
                "{\"name\":\"Lower Case Ltd\",\"EMAIL\":\"a@b.co.za\",\"creditlimit\":750,\"active\":true}").send();

        assertThat(reply.status()).isEqualTo(201);
        JsonNode customer = reply.json();
        assertThat(customer.get("Name").asText()).isEqualTo("Lower Case Ltd");
        assertThat(customer.get("Email").asText()).isEqualTo("a@b.co.za");
        assertThat(customer.get("CreditLimit").decimalValue()).isEqualByComparingTo("750");
        assertThat(names(customer)).doesNotContain("name", "EMAIL", "creditlimit", "active");
    }

    @Test
    void unknownPropertiesAreDroppedNotStored() {
        long id = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Extra Ltd\",\"LoyaltyTier\":\"gold\",\"Nested\":{\"a\":1}}")
                .send().json().get("ID").asLong();

        assertThat(SAGE.get().store().get(1, "Customer", id).orElseThrow().has("LoyaltyTier")).isFalse();
        assertThat(SageCall.get(SAGE.get(), "Customer/Get/" + id).send().body()).doesNotContain("LoyaltyTier", "Nested");
    }

    @Test
    void unknownLinePropertiesAreDroppedAndLineNamesBindWithoutRegardToCase() {
        String invoice = "{\"customerid\":" + Seed.customer(SAGE.get()) + ",\"date\":\"2026-05-01\",\"duedate\":\"2026-05-31\","
                + "\"lines\":[{\"selectionid\":" + Seed.item(SAGE.get()) + ",\"quantity\":2,\"unitpriceexclusive\":10,"
                + "\"taxtypeid\":" + Seed.standardRate(SAGE.get()) + ",\"Colour\":\"red\"}]}";

        JsonNode doc = SageCall.post(SAGE.get(), "TaxInvoice/Save", invoice).send().json();

        assertThat(doc.at("/Lines/0/Quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(doc.at("/Lines/0").has("Colour")).isFalse();
        assertThat(doc.get("Total").decimalValue()).isEqualByComparingTo("23.00");
    }

    @Test
    void theLastOfSeveralSpellingsWins() {
        JsonNode customer = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"First\",\"NAME\":\"Second Spelling Ltd\"}")
                .send().json();

        assertThat(customer.get("Name").asText()).isEqualTo("Second Spelling Ltd");
    }

    @Test
    void readOnlyPropertiesAClientSendsAreIgnored() {
        JsonNode customer = SageCall.post(SAGE.get(), "Customer/Save",
                "{\"Name\":\"Sneaky Ltd\",\"Balance\":-999,\"HasActivity\":true,\"Created\":\"2001-01-01\"}").send().json();

        assertThat(customer.get("Balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(customer.get("HasActivity").asBoolean()).isFalse();
        assertThat(customer.get("Created").asText()).doesNotStartWith("2001");
    }

    @Test
    void unsetNonNullableValuesComeBackAsZeroOrFalseAndNullablesStayOut() {
        JsonNode customer = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Bare Ltd\"}").send().json();

        assertThat(customer.get("Active").asBoolean()).as(".NET leaves an unsent bool false; send Active:true").isFalse();
        assertThat(customer.get("CreditLimit").decimalValue()).isEqualByComparingTo("0");
        assertThat(customer.get("YesNoField1").isBoolean()).isTrue();
        assertThat(customer.has("SalesRepresentativeId")).as("nullable int").isFalse();
        assertThat(customer.has("CommunicationMethod")).as("nullable int").isFalse();
        assertThat(customer.has("Email")).as("strings are null until set").isFalse();
    }

    @Test
    void valuesAreConvertedAsJsonNetConvertsThem() {
        JsonNode customer = SageCall.post(SAGE.get(), "Customer/Save",
                "{\"Name\":\"Converted Ltd\",\"Active\":\"true\",\"CreditLimit\":\"12.5\",\"TaxReference\":4012345678}").send().json();

        assertThat(customer.get("Active").asBoolean()).isTrue();
        assertThat(customer.get("CreditLimit").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(customer.get("TaxReference").isTextual()).isTrue();
    }

    @Test
    void valuesOfTheWrongTypeAreModelStateErrors() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save",
                "{\"Name\":\"Wrong Ltd\",\"Active\":\"maybe\",\"SalesRepresentativeId\":1.5,\"Email\":[1]}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("ModelState").has("customer.Active")).isTrue();
        assertThat(reply.json().get("ModelState").has("customer.SalesRepresentativeId")).isTrue();
        assertThat(reply.json().get("ModelState").has("customer.Email")).isTrue();
    }

    @Test
    void aNonNumericIdIsAModelStateErrorNotACreate() {
        int before = SAGE.get().store().count(1, "Customer");

        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"ID\":\"x\",\"Name\":\"Ghost Ltd\"}").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(SAGE.get().store().count(1, "Customer")).isEqualTo(before);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

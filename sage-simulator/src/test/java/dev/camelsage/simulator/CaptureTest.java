package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The simulator's answers against answers public clients captured from the live API (and Help-page samples): key
 * names and casing, value types, date formats, error bodies and headers. Where they disagree, the capture wins.
 */
class CaptureTest {

    /** Dates as the captures show them: {@code 2015-06-02T04:36:58.903}, {@code 2018-01-01T00:00:00}, {@code ...Z}. */
    private static final Pattern SAGE_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,7})?Z?");
    private static final String HTTP = "darrynten-sage-one-php/HttpResponseCodes/";

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void companyListHasTheCapturedWrapperKeysAndValueTypes() {
        JsonNode capture = Captures.json("maxnaude-sageone-api-client/company.json");
        JsonNode answer = SageCall.get(SAGE.get(), "Company/Get").param("companyid", null).send().json();

        assertThat(keys(answer)).isEqualTo(keys(capture));
        JsonNode captured = capture.get("Results").get(0);
        JsonNode simulated = answer.get("Results").get(0);
        captured.fields().forEachRemaining(field -> {
            assertThat(simulated.has(field.getKey())).as("Company key %s", field.getKey()).isTrue();
            assertThat(simulated.get(field.getKey()).getNodeType()).as("type of %s", field.getKey())
                    .isEqualTo(field.getValue().getNodeType());
        });
        assertThat(simulated.get("Created").asText()).matches(SAGE_DATE).isEqualTo(captured.get("Created").asText());
        simulated.fields().forEachRemaining(f -> assertThat(f.getValue().isNull()).as(f.getKey()).isFalse());
    }

    @Test
    void aMinimalAccountNoteSaveAnswersExactlyTheCapturedKeys() {
        JsonNode request = Captures.json("darrynten-sage-one-php/AccountNote/POST_AccountNote_Save_REQ_real.json");
        JsonNode captured = Captures.json("darrynten-sage-one-php/AccountNote/POST_AccountNote_Save_RESP_real.json");

        SageCall.Reply reply = SageCall.post(SAGE.get(), "AccountNote/Save", request.toString()).send();

        assertThat(reply.status()).isEqualTo(201);
        JsonNode saved = reply.json();
        assertThat(keys(saved)).as("a non-nullable int comes back as 0, nullables and timestamps stay out")
                .isEqualTo(keys(captured));
        assertThat(saved.get("AccountId")).isEqualTo(captured.get("AccountId"));
        assertThat(saved.get("ActionDate").asText()).isEqualTo(captured.get("ActionDate").asText());
        assertThat(saved.get("Subject").asText()).isEqualTo(captured.get("Subject").asText());

        JsonNode one = SageCall.get(SAGE.get(), "AccountNote/Get/" + saved.get("ID")).send().json();
        assertThat(keys(one)).isEqualTo(keys(Captures.json("darrynten-sage-one-php/AccountNote/GET_AccountNote_Get_xx_real.json")));
    }

    @Test
    void aFullAccountNoteComesBackWithTheCapturedKeySetAndDateShapes() {
        JsonNode capture = Captures.json("darrynten-sage-one-php/AccountNote/GET_AccountNote_Get_real.json");
        ObjectNode full = capture.get("Results").get(0).deepCopy();
        full.remove("ID");

        SageCall.post(SAGE.get(), "AccountNote/Save", full.toString()).send();
        SageCall.post(SAGE.get(), "AccountNote/Save", "{\"Subject\":\"second\",\"ActionDate\":\"2018-01-01\"}").send();
        JsonNode list = SageCall.get(SAGE.get(), "AccountNote/Get").param("$orderby", "ID").send().json();

        assertThat(keys(list)).isEqualTo(keys(capture));
        for (int i = 0; i < 2; i++) {
            assertThat(keys(list.get("Results").get(i))).as("record %d", i).isEqualTo(keys(capture.get("Results").get(i)));
        }
        assertThat(list.findValuesAsText("ActionDate")).allMatch(d -> SAGE_DATE.matcher(d).matches());
        assertThat(list.at("/Results/0/Status").getNodeType()).isEqualTo(JsonNodeType.BOOLEAN);
    }

    @Test
    void aBadApiKeyIsTheCapturedIisPageWithItsHeaders() {
        Captures.Headers captured = Captures.headers(HTTP + "401_Unauthorized_BadAPIKey_Headers");

        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").param("apikey", "{00000000-0000-0000-0000-000000000000}").send();

        assertThat(reply.status()).isEqualTo(captured.status());
        assertThat(reply.header("Content-Type")).isEqualTo(captured.get("Content-Type"));
        assertThat(reply.header("X-APIKey")).isEqualTo(captured.get("X-APIKey"));
        assertThat(reply.header("Cache-Control")).isEqualTo(captured.get("Cache-Control"));
        assertThat(reply.header("LOGUID")).as("IIS answers before ASP.NET, so no LOGUID").isNull();
        assertThat(reply.body().strip()).isEqualTo(Captures.text(HTTP + "401_Unauthorized_BadAPIKey").strip());
    }

    @Test
    void aBadLoginIsTheCapturedJsonWithItsChallenge() {
        Captures.Headers captured = Captures.headers(HTTP + "401_Unauthorized_BadUserPass_Headers");

        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send();

        assertThat(reply.status()).isEqualTo(captured.status());
        assertThat(reply.body()).isEqualTo(Captures.text(HTTP + "401_Unauthorized_BadUserPass.json").strip());
        assertThat(reply.header("WWW-Authenticate")).isEqualTo(captured.get("WWW-Authenticate"));
        assertAspNetHeaders(reply, captured);
    }

    @Test
    void aMissingUsernameIsTheCapturedPlainText() {
        Captures.Headers captured = Captures.headers(HTTP + "400_Username_Required_Headers");

        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").login("", "x").send();

        assertThat(reply.status()).isEqualTo(captured.status());
        assertThat(reply.body()).isEqualTo(Captures.text(HTTP + "400_Username_Required").strip());
        assertThat(reply.header("Content-Type")).isEqualTo(captured.get("Content-Type"));
    }

    @Test
    void anUnknownRouteHasTheCapturedMessageShape() {
        String captured = Captures.json(HTTP + "404_Not_Found.json").get("Message").asText();

        SageCall.Reply reply = SageCall.get(SAGE.get(), "xxx/Get").send();

        assertThat(reply.status()).isEqualTo(Captures.headers(HTTP + "404_Not_Found_Headers").status());
        assertThat(keys(reply.json())).containsExactly("Message");
        assertThat(reply.message()).isEqualTo(captured.replace("https://accounting.sageone.co.za/api/1.1.2/xxx",
                SAGE.get().baseUrl() + "/api/2.0.0/xxx/Get"));
        assertAspNetHeaders(reply, Captures.headers(HTTP + "404_Not_Found_Headers"));
    }

    @Test
    void anUnknownActionIsTheCapturedBareString() {
        String captured = Captures.json(HTTP + "404_Not_Found_No_Action_For_Controller.json").asText();

        SageCall.Reply reply = SageCall.get(SAGE.get(), "Login/Verify").send();
        SageCall.Reply ours = SageCall.get(SAGE.get(), "Customer/Verify").send();

        assertThat(reply.status()).as("Login is no controller of the simulator").isEqualTo(404);
        assertThat(ours.status()).isEqualTo(404);
        assertThat(ours.json().isTextual()).isTrue();
        assertThat(ours.json().asText()).isEqualTo(captured.replace("'Login'", "'Customer'"));
    }

    @Test
    void aWrongVerbIsTheCapturedMessageWithAllow() {
        Captures.Headers captured = Captures.headers(HTTP + "405_Method_Not_Allowed_Headers");
        String message = Captures.json(HTTP + "405_Method_Not_Allowed.json").get("Message").asText();

        SageCall.Reply reply = SageCall.verb(SAGE.get(), "PUT", "TaxType/Get").body("{}").send();

        assertThat(reply.status()).isEqualTo(captured.status());
        assertThat(reply.message()).isEqualTo(message.replace("'XXX'", "'PUT'"));
        assertThat(reply.header("Allow")).isEqualTo(captured.get("Allow"));
    }

    @Test
    void aServerErrorIsTheCapturedBody() {
        SAGE.get().faults().serverErrorRate(1.0);

        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").send();

        assertThat(reply.status()).isEqualTo(Captures.headers(HTTP + "501_Internal_Server_Error_Headers").status());
        assertThat(reply.body()).isEqualTo(Captures.text(HTTP + "501_Internal_Server_Error.json").strip());
    }

    @Test
    void okAnswersCarryAspNetsHeadersAndAPerRequestLoguid() {
        Captures.Headers captured = Captures.headers(HTTP + "200_OK_Headers");

        SageCall.Reply first = SageCall.get(SAGE.get(), "TaxType/Get").send();
        SageCall.Reply second = SageCall.get(SAGE.get(), "TaxType/Get").send();

        assertThat(first.status()).isEqualTo(captured.status());
        assertAspNetHeaders(first, captured);
        assertThat(first.header("LOGUID")).isNotEqualTo(second.header("LOGUID"));
    }

    @Test
    void theHelpSamplesKeysAreAllInTheSimulatorsModelsWithTheSameCase() {
        JsonNode invoice = Captures.json("darrynten-sage-one-php/help-samples/POST_TaxInvoice_Calculate_RESP.json");
        JsonNode customer = Captures.json("darrynten-sage-one-php/help-samples/GET_Customer_Get_xx.json");

        assertKnown(EntityFields.TAX_INVOICE, invoice);
        assertKnown(EntityFields.LINE, invoice.get("Lines").get(0));
        assertKnown(EntityFields.CUSTOMER, invoice.get("Customer"));
        assertKnown(EntityFields.CUSTOMER, customer);
        assertKnown(EntityFields.CATEGORY, customer.get("Category"));
        assertKnown(EntityFields.SALES_REPRESENTATIVE, customer.get("SalesRepresentative"));
    }

    @Test
    void theHelpSamplesShapesOfTheOtherMethodsMatch() {
        long invoice = SAGE.get().store().list(1, "SupplierInvoice").get(0).get("ID").asLong();
        long rep = Seed.id(SAGE.get(), "SalesRepresentative", "FirstName", "Thandi");
        SageCall.post(SAGE.get(), "SupplierInvoiceAttachment/Save", null)
                .multipart("SupplierInvoiceId", String.valueOf(invoice), "a.txt", "text/plain", new byte[] {64, 64}).send();
        ObjectNode email = (ObjectNode) Captures.json("darrynten-sage-one-php/help-samples/POST_TaxInvoice_Email_REQ.json");
        email.put("ID", SAGE.get().store().list(1, "TaxInvoice").get(0).get("ID").asLong());

        JsonNode attachments = SageCall.get(SAGE.get(), "SupplierInvoiceAttachment/Get/" + invoice).send().json();
        JsonNode storage = SageCall.get(SAGE.get(), "SupplierInvoiceAttachment/GetCompanyStorageInformation").send().json();

        JsonNode sampleAttachments = Captures.json("darrynten-sage-one-php/help-samples/GET_SupplierInvoiceAttachment_Get_xx.json");
        assertThat(attachments.isArray()).isEqualTo(sampleAttachments.isArray());
        assertThat(keys(attachments.get(0))).isEqualTo(keys(sampleAttachments.get(0)));
        assertThat(attachments.at("/0/Data").asText()).as("the sample's 'QEA=' is these two bytes").isEqualTo("QEA=");
        assertThat(keys(storage)).isEqualTo(keys(Captures.json(
                "darrynten-sage-one-php/help-samples/GET_SupplierInvoiceAttachment_GetCompanyStorageInformation.json")));
        assertThat(SageCall.get(SAGE.get(), "SalesRepresentative/HasActivity/" + rep).send().body())
                .isEqualTo(Captures.text("darrynten-sage-one-php/help-samples/GET_SalesRepresentative_HasActivity_1.json").strip());
        assertThat(SageCall.post(SAGE.get(), "TaxInvoice/Email", email.toString()).send().status()).isEqualTo(204);
    }

    private static void assertKnown(FieldSet model, JsonNode sample) {
        List<String> unknown = new ArrayList<>();
        sample.fieldNames().forEachRemaining(name -> {
            if (model.field(name).map(f -> !f.name().equals(name)).orElse(true)) {
                unknown.add(name);
            }
        });
        assertThat(unknown).as("Help-page keys the simulator's model lacks or spells differently").isEmpty();
    }

    /** The headers ASP.NET adds to every answer it writes, as captured. */
    private static void assertAspNetHeaders(SageCall.Reply reply, Captures.Headers captured) {
        for (String name : List.of("Cache-Control", "Pragma", "Expires", "Content-Type")) {
            assertThat(reply.header(name)).as(name).isEqualTo(captured.get(name));
        }
        assertThat(UUID.fromString(reply.header("LOGUID"))).isNotNull();
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}

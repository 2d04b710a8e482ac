package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    @Test
    void getWithoutContentTypeIs415() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").contentType(null).send();

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.message()).startsWith("Incorrect or Missing Content-Type header");
    }

    @Test
    void otherContentTypeIs415() {
        assertThat(SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"X\"}").contentType("text/plain").send().status())
                .isEqualTo(415);
    }

    @Test
    void jsonWithCharsetIsAccepted() {
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").contentType("Application/JSON; charset=utf-8").send().status())
                .isEqualTo(200);
    }

    @Test
    void wrongVerbIs405WithAllow() {
        SageCall.Reply reply = SageCall.verb(SAGE.get(), "POST", "Customer/Get").body("{}").send();

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("GET");
        assertThat(reply.message()).isEqualTo("The requested resource does not support http method 'POST'.");
    }

    @Test
    void unknownServiceIs404WithNoHttpResourceMessage() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "Custard/Get").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.message()).isEqualTo("No HTTP resource was found that matches the request URI '"
                + SAGE.get().baseUrl() + "/api/2.0.0/Custard/Get'.");
    }

    @Test
    void unknownMethodIs404WithABareJsonString() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "Customer/GetActive").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().isTextual()).isTrue();
        assertThat(reply.json().asText()).isEqualTo("No action was found on the controller 'Customer' that matches the name 'GetActive'.");
    }

    @Test
    void malformedJsonIs400() {
        SageCall.Reply reply = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\": ").send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).startsWith("The request is invalid.");
    }

    @Test
    void badPasswordIs401WithJsonMessageAndChallenge() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "nope").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.message()).isEqualTo("Authorization has been denied for this request.");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Basic");
    }

    @Test
    void badApiKeyIs401WithXApiKeyHeaderAndHtml() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").param("apikey", "{00000000-0000-0000-0000-000000000000}").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("X-APIKey")).isEqualTo("Invalid");
        assertThat(reply.header("Content-Type")).startsWith("text/html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b}", "{8E2F1C4A-5B6D-4E7F-9A0B-1C2D3E4F5A6B}"})
    void apiKeyWithBracesIsAcceptedInAnyCase(String key) {
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").param("apikey", key).send().status()).isEqualTo(200);
    }

    @Test
    void bareGuidKeyIsRefusedLikeABadKey() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "TaxType/Get").param("apikey", "8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b").send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("X-APIKey")).isEqualTo("Invalid");
        assertThat(SAGE.get().journal().entries().get(0).apiKey()).as("journalled normalised all the same")
                .isEqualTo("8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b");
    }

    @Test
    void apiKeyIsAcceptedUrlEncodedAndJournalledNormalised() {
        // SageCall URL-encodes values, so the braces travel as %7B and %7D.
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").send().status()).isEqualTo(200);
        assertThat(SAGE.get().journal().entries().get(0).apiKey()).isEqualTo("8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b");
    }

    @Test
    void queryParameterNamesAreMatchedWithoutRegardToCase() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "Customer/Get")
                .param("APIKey", SageSimulator.DEMO_API_KEY).param("CompanyId", "1")
                .param("$TOP", "2").param("$OrderBy", "ID").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("ReturnedResults").asInt()).isEqualTo(2);
    }

    @Test
    void companyIdIsRequiredForCompanyData() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "Customer/Get").param("companyid", null).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("companyid");
    }
}

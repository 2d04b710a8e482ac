package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code stringFilters(EVALUATE)}: what public clients send on strings works, without regard to case.
 * ({@link ODataTest} covers the default, which refuses them.)
 */
class StringFiltersTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited())
            .stringFilters(StringFilters.EVALUATE));

    private static JsonNode customers(String filter) {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "Customer/Get").param("$filter", filter).send();
        assertThat(reply.status()).as(filter).isEqualTo(200);
        return reply.json();
    }

    @Test
    void eqOnAStringMatchesWithoutRegardToCase() {
        assertThat(customers("Name eq 'acme hardware (pty) ltd'").findValuesAsText("Name"))
                .containsExactly("Acme Hardware (Pty) Ltd");
    }

    @Test
    void indexofFindsASubstringAsTheIntegrationsUseIt() {
        long invoice = SAGE.get().store().list(1, "TaxInvoice").get(0).get("ID").asLong();
        String reference = SAGE.get().store().list(1, "TaxInvoice").get(0).get("Reference").asText();

        JsonNode page = SageCall.get(SAGE.get(), "TaxInvoice/Get")
                .param("$filter", "indexof(Reference,'" + reference.substring(3) + "') ge 0").send().json();

        assertThat(page.findValuesAsText("ID")).contains(String.valueOf(invoice));
        assertThat(page.get("Results")).allMatch(d -> d.get("Reference").asText().contains(reference.substring(3)));
        assertThat(customers("indexof(TextField1,'DEMO-105') ge 0").get("TotalResults").asInt()).isEqualTo(1);
        assertThat(customers("indexof(TextField1,'NOWHERE') ge 0").get("TotalResults").asInt()).isZero();
    }

    @Test
    void startswithEndswithAndSubstringof() {
        assertThat(customers("startswith(Name,'k')").findValuesAsText("Name")).containsExactly("Karoo Lodge");
        assertThat(customers("startswith(Name,'K') eq true").findValuesAsText("Name")).containsExactly("Karoo Lodge");
        assertThat(customers("endswith(Name,'Bakery')").findValuesAsText("Name")).containsExactly("Bokkie Bakery");
        assertThat(customers("substringof('plumbing',Name)").findValuesAsText("Name")).containsExactly("Highveld Plumbing");
    }

    @Test
    void stringFiltersCombineWithTheRest() {
        JsonNode page = customers("(startswith(Name,'A') or startswith(Name,'B')) and Active eq true and not (Name eq 'Bokkie Bakery')");

        assertThat(page.findValuesAsText("Name")).containsExactly("Acme Hardware (Pty) Ltd");
    }

    @Test
    void quotesAreEscapedByDoubling() {
        SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"O'Brien Trading\",\"Active\":true}").send();

        assertThat(customers("Name eq 'O''Brien Trading'").findValuesAsText("Name")).containsExactly("O'Brien Trading");
    }

    @Test
    void orderByAStringSortsWithoutRegardToCase() {
        SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"aardvark removals\",\"Active\":true}").send();

        JsonNode page = SageCall.get(SAGE.get(), "Customer/Get").param("$orderby", "Name").param("$top", "2").send().json();

        assertThat(page.findValuesAsText("Name")).containsExactly("aardvark removals", "Acme Hardware (Pty) Ltd");
    }

    @Test
    void unknownFunctionsAndPropertiesAreStill400() {
        assertThat(SageCall.get(SAGE.get(), "Customer/Get").param("$filter", "contains(Name,'a')").send().status()).isEqualTo(400);
        assertThat(SageCall.get(SAGE.get(), "Customer/Get").param("$filter", "Nickname eq 'x'").send().status()).isEqualTo(400);
    }
}

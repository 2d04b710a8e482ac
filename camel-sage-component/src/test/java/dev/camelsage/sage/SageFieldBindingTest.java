package dev.camelsage.sage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.SageJson;
import dev.camelsage.sage.model.TaxInvoice;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sage binds property names without regard to case and drops the ones its model lacks, so a field spelt wrong is lost
 * without an error: the model's names must be Sage's, and Sage's new fields must not break reading.
 */
class SageFieldBindingTest extends SageTestSupport {

    @Test
    void everyFieldTheModelSendsIsKeptBySage() {
        long customer = sage().store().list(COMPANY, "Customer").get(0).get("ID").asLong();
        long item = sage().store().list(COMPANY, "Item").get(0).get("ID").asLong();
        Customer newCustomer = SageFixtures.customer();
        newCustomer.setTelephone("021 555 0199");
        newCustomer.setPostalAddress01("1 Long Street");
        TaxInvoice invoice = SageFixtures.taxInvoice(customer, item);
        invoice.setMessage("Thank you for your business");

        List<String> lost = new ArrayList<>();
        lost.addAll(lostFields("Customer", newCustomer));
        lost.addAll(lostFields("TaxInvoice", invoice));

        assertThat(lost).as("fields sent but not stored").isEmpty();
    }

    @Test
    void miscasedFieldsAreBoundAndUnknownOnesDroppedAsSageDoes() {
        String name = SageFixtures.unique("Miscased");

        Exchange exchange = send("sage:customer?companyId=1&operation=save",
                Map.of("name", name, "ACTIVE", true, "Nickname", "Acme"));

        Customer saved = exchange.getMessage().getBody(Customer.class);
        assertThat(saved.getName()).isEqualTo(name);
        assertThat(saved.getActive()).isTrue();
        ObjectNode stored = sage().store().get(COMPANY, "Customer", saved.getId()).orElseThrow();
        assertThat(stored.get("Name").asText()).isEqualTo(name);
        assertThat(stored.has("Nickname")).isFalse();
    }

    @Test
    void aFieldSageAddsLaterDoesNotBreakReading() {
        long id = sage().store().list(COMPANY, "Customer").get(0).get("ID").asLong();
        sage().store().update(COMPANY, "Customer", id, row -> row.put("LoyaltyTier", "Gold"));

        Exchange exchange = send("sage:customer?companyId=1&operation=getById&id=" + id, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Customer.class).getId()).isEqualTo(id);
    }

    /** The paths of the JSON the component sends for {@code record} that Sage's stored record lacks. */
    private List<String> lostFields(String service, Object record) {
        JsonNode sent = SageJson.mapper().valueToTree(record);
        Exchange exchange = send("sage:" + service + "?companyId=1&operation=save", record);
        assertThat(exchange.getException()).as(service).isNull();
        long id = exchange.getMessage().getHeader(SageConstants.ID, Long.class);
        ObjectNode stored = sage().store().get(COMPANY, service, id).orElseThrow();
        List<String> lost = new ArrayList<>();
        collectLost(service, sent, stored, lost);
        return lost;
    }

    private static void collectLost(String path, JsonNode sent, JsonNode stored, List<String> lost) {
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            String where = path + "." + field.getKey();
            JsonNode kept = stored.get(field.getKey());
            if (field.getValue().isNull()) {
                continue;
            }
            if (kept == null) {
                lost.add(where);
            } else if (field.getValue().isArray()) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    collectLost(where + "[" + i + "]", field.getValue().get(i), kept.get(i), lost);
                }
            }
        }
    }
}

package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Odd bodies are answered with a 4xx that names the problem, never a 500: the simulator's own bugs would hide the client's. */
class RobustnessTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static final List<String> BODIES = List.of("{}", "[]", "\"text\"", "42", "null", "{\"ID\":\"x\"}", "{\"ID\":-5}",
            "{\"Name\":[1,2],\"Description\":{},\"Code\":7}", "{\"Date\":5,\"DueDate\":true}", "{\"Lines\":\"x\"}",
            "{\"Lines\":[{\"LineType\":\"x\",\"SelectionId\":{},\"Quantity\":[]}]}", "{\"Category\":{\"ID\":\"x\"}}",
            "{\"Category\":5,\"CustomerId\":\"abc\",\"Total\":\"lots\"}", "{\"SourceDocumentId\":1.5,\"AllocatedToDocumentId\":-1}",
            "[{}, 1]");

    @Test
    void noQueryOptionMakesAListAnswer500() {
        List<String[]> options = List.of(new String[] {"$filter", "ID eq 1 and"}, new String[] {"$filter", "((ID eq 1)"},
                new String[] {"$filter", "ID eq datetime'x'"}, new String[] {"$filter", "Modified gt 5"},
                new String[] {"$filter", "Lines/ID eq 1"}, new String[] {"$filter", "eq eq eq"}, new String[] {"$filter", "'a' eq ID"},
                new String[] {"$filter", "ID eq 1)"}, new String[] {"$filter", "Total gt 1e400"}, new String[] {"$orderby", "Lines"},
                new String[] {"$orderby", ","}, new String[] {"$orderby", "Category desc"}, new String[] {"$skip", "1e3"});
        for (String service : List.of("Customer", "TaxInvoice", "Account")) {
            for (String[] option : options) {
                int status = SageCall.get(SAGE.get(), service + "/Get").param(option[0], option[1]).send().status();
                assertThat(status).as("%s/Get?%s=%s", service, option[0], option[1]).isBetween(200, 499);
            }
        }
    }

    @Test
    void noBodyMakesAnyServiceAnswer500() {
        List<String> posts = List.of("Save", "Calculate", "SaveBatch", "Email", "EmailDeliveryNote",
                "GetCustomerZoneInvoiceUrl", "GetCustomerZoneQuoteUrl");
        for (String service : ServiceCatalog.services()) {
            for (String method : ServiceCatalog.methods(service)) {
                if (!posts.contains(method)) {
                    continue;
                }
                for (String body : BODIES) {
                    int status = SageCall.post(SAGE.get(), service + "/" + method, body).send().status();
                    assertThat(status).as("%s/%s with %s", service, method, body).isBetween(200, 499);
                }
            }
        }
    }
}

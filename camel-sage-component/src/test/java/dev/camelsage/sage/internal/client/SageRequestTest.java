package dev.camelsage.sage.internal.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a request says about itself: its path, its flags in order, and a description without secrets. */
class SageRequestTest {

    @Test
    void theTargetsFlagsFollowTheRequestsOwnWhichWin() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("includeDetail", "true");
        flags.put("$top", "5");
        SageTarget target = new SageTarget("TaxInvoice", 1L, flags, "get");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("$top", "100");
        query.put("$skip", "0");

        SageRequest request = new SageRequest("GET", target, "Get", query, null, null, true);

        assertThat(request.query()).containsExactly(Map.entry("$top", "100"), Map.entry("$skip", "0"),
                Map.entry("includeDetail", "true"));
        assertThat(request.contentType()).isEqualTo(SageRequest.JSON);
        assertThat(request.path()).isEqualTo("TaxInvoice/Get");
        assertThat(request.describe()).isEqualTo("GET TaxInvoice/Get in company 1");
        assertThat(request.companyKey()).isEqualTo("1");
        assertThat(new SageRequest("GET", target, "Get", null, null, "text/plain", true).query())
                .containsExactly(Map.entry("includeDetail", "true"), Map.entry("$top", "5"));
    }

    @Test
    void aCallWithoutACompanyNamesNone() {
        SageTarget target = new SageTarget("Company", null, null, "get");

        SageRequest request = SageRequest.json("GET", target, "Get", null, true);

        assertThat(target.query()).isEmpty();
        assertThat(request.describe()).isEqualTo("GET Company/Get");
        assertThat(request.companyKey()).isNull();
        assertThat(target.forOperation("getById")).isEqualTo(new SageTarget("Company", null, Map.of(), "getById"));
    }
}

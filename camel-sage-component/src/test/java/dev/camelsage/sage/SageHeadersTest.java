package dev.camelsage.sage;

import java.util.List;
import java.util.Map;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageHeadersTest extends SageTestSupport {

    @Test
    void operationAndIdHeadersBeatTheEndpointOptions() {
        long id = sage().store().list(COMPANY, "Customer").get(1).get("ID").asLong();

        Exchange exchange = send("sage:customer?companyId=1&operation=get", null,
                Map.of(SageConstants.OPERATION, "getById", SageConstants.ID, id));

        assertThat(exchange.getMessage().getBody(Customer.class).getId()).isEqualTo(id);
        assertThat(lastRequest().id()).isEqualTo(String.valueOf(id));
    }

    @Test
    void anOperationHeaderThatIsNoOperationFailsBeforeAnythingIsSent() {
        Exchange exchange = send("sage:customer?companyId=1", null, Map.of(SageConstants.OPERATION, "list"));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CamelSageOperation header is 'list'").hasMessageContaining("getById");
        assertThat(sage().journal().entries()).isEmpty();
    }

    @Test
    void companyHeaderSendsTheCallToAnotherCompany() {
        Exchange exchange = send("sage:item?companyId=1", null, Map.of(SageConstants.COMPANY_ID, OTHER_COMPANY));

        assertThat(lastRequest().companyId()).isEqualTo(OTHER_COMPANY);
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(sage().store().count(OTHER_COMPANY, "Item"));
    }

    @Test
    void listHeadersBecomeTheODataQuery() {
        Exchange exchange = send("sage:item?companyId=1&filter=Active eq false&orderBy=Code", null,
                Map.of(SageConstants.FILTER, "Active eq true", SageConstants.ORDER_BY, "ID desc",
                        SageConstants.TOP, 3, SageConstants.SKIP, 1));

        Map<String, String> query = lastRequest().query();
        assertThat(query).containsEntry("$filter", "Active eq true").containsEntry("$orderby", "ID desc")
                .containsEntry("$top", "3").containsEntry("$skip", "1");
        List<?> items = exchange.getMessage().getBody(List.class);
        assertThat(items).hasSize(3);
        assertThat(((Item) items.get(0)).getId()).isGreaterThan(((Item) items.get(1)).getId());
    }

    @Test
    void endpointOptionsBecomeTheODataQueryWhenNoHeaderIsSet() {
        send("sage:item?companyId=1&filter=Active eq true&orderBy=ID desc&top=2&skip=4", null);

        assertThat(lastRequest().query()).containsEntry("$filter", "Active eq true").containsEntry("$orderby", "ID desc")
                .containsEntry("$top", "2").containsEntry("$skip", "4");
    }

    @Test
    void resultsCarryTheQuotaLeftForTheCompany() {
        Exchange first = send("sage:item?companyId=1&rateLimit=50", null);
        Exchange second = send("sage:item?companyId=1&rateLimit=50", null);

        int afterFirst = first.getMessage().getHeader(SageConstants.RATE_LIMIT_REMAINING, Integer.class);
        assertThat(afterFirst).isLessThan(50);
        assertThat(second.getMessage().getHeader(SageConstants.RATE_LIMIT_REMAINING, Integer.class))
                .isEqualTo(afterFirst - 1);
        assertThat(second.getMessage().getHeader(SageConstants.DAILY_RATE_LIMIT_REMAINING, Integer.class))
                .isLessThan(5000);
    }

    @Test
    void extraQueryFlagsReachSage() {
        send("sage:taxInvoice?companyId=1&query.includeDetail=true&query.includeCustomerDetails=false", null);

        assertThat(lastRequest().query()).containsEntry("includedetail", "true")
                .containsEntry("includecustomerdetails", "false");
    }

    @Test
    void methodHeaderChoosesTheMethodOfACall() {
        Exchange exchange = send("sage:account?companyId=1&operation=call&method=Get", null,
                Map.of(SageConstants.METHOD, "GetWithSystemAccounts"));

        assertThat(exchange.getException()).isNull();
        assertThat(lastRequest().method()).isEqualTo("GetWithSystemAccounts");
    }

    @Test
    void everyRequestCarriesTheApiKeyAsIssuedContentTypeAndBasicAuthOfTheConfiguredLogin() {
        send("sage:item?companyId=1", null);
        send("sage:customer?companyId=1&operation=delete&id=123456", null);

        assertThat(sage().journal().entries()).hasSize(2).allSatisfy(request -> {
            assertThat(request.query()).containsEntry("apikey", SageSimulator.DEMO_API_KEY);
            assertThat(request.headers()).containsEntry("content-type", "application/json");
            assertThat(request.username()).isEqualTo(SageSimulator.DEMO_USERNAME);
        });
    }

    @Test
    void aBareGuidApiKeyIsSentWithTheBracesSageRefusesItWithout() {
        String bare = SageSimulator.DEMO_API_KEY.substring(1, SageSimulator.DEMO_API_KEY.length() - 1);

        Exchange exchange = send("sage:item?companyId=1&apiKey=RAW(" + bare + ")", null);

        assertThat(exchange.getException()).isNull();
        assertThat(lastRequest().query()).containsEntry("apikey", SageSimulator.DEMO_API_KEY);
        assertThat(lastRequest().status()).isEqualTo(200);
    }

    @Test
    void aKeyOfAnotherShapeIsSentAsGiven() {
        Exchange exchange = send("sage:item?companyId=1&apiKey=RAW(not-a-guid)", null);

        assertThat(exchange.getException()).isInstanceOf(SageAuthenticationException.class);
        assertThat(lastRequest().query()).containsEntry("apikey", "not-a-guid");
    }

    @Test
    void noExchangeHeaderIsForwardedToSageNotEvenAnInboundAuthorization() {
        send("sage:item?companyId=1", null, Map.of("Authorization", "Basic aW50cnVkZXI6c2VjcmV0",
                "X-Forwarded-For", "10.0.0.1", "CamelHttpUri", "http://evil.example", "Custom", "value"));

        JournalEntry request = lastRequest();
        assertThat(request.username()).isEqualTo(SageSimulator.DEMO_USERNAME);
        assertThat(request.headers().keySet()).doesNotContain("x-forwarded-for", "camelhttpuri", "custom")
                .noneMatch(name -> name.startsWith("camel"));
        assertThat(request.status()).isEqualTo(200);
    }
}

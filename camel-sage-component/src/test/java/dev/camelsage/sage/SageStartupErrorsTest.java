package dev.camelsage.sage;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SageStartupErrorsTest extends SageTestSupport {

    @Test
    void entityNamesMatchWithoutRegardToCase() {
        SageEndpoint lower = context.getEndpoint("sage:taxinvoice?companyId=1", SageEndpoint.class);
        SageEndpoint mixed = context.getEndpoint("sage:TAXInvoice?companyId=1", SageEndpoint.class);

        assertThat(lower.getEntity()).isEqualTo("TaxInvoice");
        assertThat(mixed.getEntity()).isEqualTo("TaxInvoice");
    }

    @Test
    void unknownEntityFailsAtEndpointCreationListingTheCloseMatches() {
        assertThatThrownBy(() -> context.getEndpoint("sage:customers?companyId=1"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Unknown Sage entity 'customers'")
                .hasMessageContaining("Did you mean Customer");
    }

    @Test
    void unknownOperationFailsAtEndpointCreationListingTheOperations() {
        assertThatThrownBy(() -> context.getEndpoint("sage:customer?companyId=1&operation=list"))
                .rootCause().hasMessageContaining("The sage option operation is 'list'")
                .hasMessageContaining("get, getById, save, delete, call");
    }

    @Test
    void missingCompanyFailsAtStartNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint("sage:customer"))
                .rootCause().hasMessageContaining("has no companyId").hasMessageContaining("Set the companyId option");
    }

    @Test
    void companyServiceNeedsNoCompany() {
        Exchange exchange = send("sage:company", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(java.util.List.class)).isNotEmpty();
        assertThat(lastRequest().query()).doesNotContainKey("companyid");
    }

    @Test
    void missingCredentialsFailAtRouteStartNamingTheOptions() throws Exception {
        context.getComponent("sage", SageComponent.class).getConfiguration().setApiKey(null);
        RouteBuilder route = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:noKey").to("sage:customer?companyId=1");
            }
        };

        assertThatThrownBy(() -> context.addRoutes(route))
                .rootCause().hasMessageContaining("has no apiKey").hasMessageContaining("camel.component.sage");
    }

    @Test
    void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> context.getEndpoint("sage:customer?companyId=1&baseUrl=http://sage.example.com"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clear text").hasMessageContaining("allowInsecureHttp=true");

        SageEndpoint allowed = context.getEndpoint(
                "sage:customer?companyId=1&baseUrl=http://sage.example.com&allowInsecureHttp=true", SageEndpoint.class);
        allowed.start();
    }

    @Test
    void aTimeoutThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("sage:item?companyId=1&requestTimeout=0"))
                .rootCause().hasMessageContaining("requestTimeout that is not positive");
    }

    @Test
    void callWithoutMethodFailsNamingTheOptionAndHeader() {
        Exchange exchange = send("sage:taxInvoice?companyId=1&operation=call", null);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set the method option or the CamelSageMethod header");
        assertThat(sage().journal().entries()).isEmpty();
    }

    @Test
    void getByIdAndDeleteWithoutIdFailNamingTheOptionAndHeader() {
        Exchange getById = send("sage:item?companyId=1&operation=getById", null);
        Exchange delete = send("sage:item?companyId=1&operation=delete", null);

        assertThat(getById.getException()).hasMessageContaining("set the id option or the CamelSageId header");
        assertThat(delete.getException()).hasMessageContaining("set the id option or the CamelSageId header");
        assertThat(sage().journal().entries()).isEmpty();
    }

    @Test
    void saveOfAnotherEntitysModelIsRefusedBeforeAnythingIsSent() {
        Exchange exchange = send("sage:supplier?companyId=1&operation=save", SageFixtures.customer());

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body is a Customer but this endpoint sends Supplier");
        assertThat(sage().journal().entries()).isEmpty();
    }

    @Test
    void saveOfABodyThatIsNotJsonIsRefusedBeforeAnythingIsSent() {
        Exchange exchange = send("sage:customer?companyId=1&operation=save", "Name=Acme");

        assertThat(exchange.getException()).hasMessageContaining("is not JSON");
        assertThat(sage().journal().entries()).isEmpty();
    }


}

package dev.camelsage.sage;

import java.util.List;

import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The same component from the Java DSL and from a YAML DSL route, as users write them. */
class SageDslRoutesTest extends SageTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:newCustomer")
                        .to("sage:customer?companyId=1&operation=save")
                        .setHeader(SageConstants.ID, simple("${body.id}"))
                        .to("sage:customer?companyId=1&operation=getById")
                        .setHeader("summary", simple("${body.name} may owe up to ${body.creditLimit}"));
            }
        };
    }

    @Test
    void javaDslRouteCreatesACustomerAndReadsItBack() {
        Customer customer = SageFixtures.customer();

        org.apache.camel.Exchange result = template.send("direct:newCustomer", e -> e.getMessage().setBody(customer));

        Customer readBack = result.getMessage().getBody(Customer.class);
        assertThat(readBack.getId()).isPositive();
        assertThat(readBack.getName()).isEqualTo(customer.getName());
        assertThat(result.getMessage().getHeader("summary", String.class))
                .isEqualTo(customer.getName() + " may owe up to 2500.00");
        assertThat(sage().journal().entries()).extracting(e -> e.httpMethod() + " " + e.method())
                .containsExactly("POST Save", "GET Get");
    }

    @Test
    void yamlDslRouteListsItemsWithAnOptionPerParameter() throws Exception {
        String yaml = """
                - route:
                    id: yaml-items
                    from:
                      uri: direct:yamlItems
                      steps:
                        - to:
                            uri: sage:item
                            parameters:
                              companyId: 1
                              operation: get
                              orderBy: ID desc
                              query.includeAttachments: false
                """;
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("items.yaml", yaml));

        List<?> items = template.requestBody("direct:yamlItems", null, List.class);

        assertThat(items).hasSize(sage().store().count(COMPANY, "Item"))
                .allSatisfy(item -> assertThat(item).isInstanceOf(Item.class));
        assertThat(lastRequest().query()).containsEntry("$orderby", "ID desc").containsEntry("includeattachments", "false");
    }
}

package dev.camelsage.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * The demo's routes. Credentials, base URL and company come from the component's configuration
 * ({@code camel.component.sage.*} properties in a Camel Main or Quarkus application), so the URIs stay short.
 */
public class SageDemoRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:listCustomers").routeId("list-customers")
                .to("sage:customer?operation=get&orderBy=ID")
                .log("Sage returned ${header.CamelSageReturnedResults} of ${header.CamelSageTotalResults} customers");

        from("direct:findStandardRate").routeId("find-standard-rate")
                .to("sage:taxType?operation=get");

        from("direct:listItems").routeId("list-items")
                .to("sage:item?operation=get");

        from("direct:saveCustomer").routeId("save-customer")
                .to("sage:customer?operation=save")
                .log("Customer saved at ${header.CamelSageLocation}");

        from("direct:saveInvoice").routeId("save-invoice")
                .to("sage:taxInvoice?operation=save&query.useSystemDocumentNumber=true")
                .log("Invoice saved with HTTP ${header.CamelSageResponseCode}");
    }
}

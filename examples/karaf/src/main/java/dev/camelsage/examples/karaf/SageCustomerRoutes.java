package dev.camelsage.examples.karaf;

import dev.camelsage.sage.model.Customer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * Once the context starts: lists the company's customers (every page) and, when a customer name is configured,
 * creates that customer. Connection and credentials live on the component, so the URIs carry none.
 */
final class SageCustomerRoutes extends RouteBuilder {

    private final String customerName;

    SageCustomerRoutes(String customerName) {
        this.customerName = customerName;
    }

    @Override
    public void configure() {
        RouteDefinition route = from("timer:sage-example?repeatCount=1").routeId("sage-example-customers")
                .to("sage:customer?operation=get")
                .log("Sage lists ${body.size} customers");
        if (customerName != null) {
            route.setBody(exchange -> newCustomer())
                    .to("sage:customer?operation=save")
                    .log("Saved customer ${body.name} as ID ${body.id}");
        }
    }

    private Customer newCustomer() {
        Customer customer = new Customer();
        customer.setName(customerName);
        return customer;
    }
}

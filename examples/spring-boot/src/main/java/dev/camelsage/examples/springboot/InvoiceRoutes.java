package dev.camelsage.examples.springboot;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.sage.SageErrorHandling;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.springframework.stereotype.Component;

/** New and changed invoices of the configured company, each written as invoices/invoice-{ID}.json. */
@Component
public class InvoiceRoutes extends RouteBuilder {

    private final ObjectMapper json;

    /** Spring Boot's ObjectMapper writes the invoices' dates as ISO text. */
    public InvoiceRoutes(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void configure() {
        from("sage:taxInvoice?stateRepository=#invoiceWatermarks&delay=60000")
                .routeId("invoices")
                .routeConfigurationId(SageErrorHandling.ID)
                .marshal(new JacksonDataFormat(json, Object.class))
                .to("file:{{sage.invoices-dir}}?fileName=invoice-${header.CamelSageId}.json")
                .log("Wrote invoice ${header.CamelSageId} to ${header.CamelFileNameProduced}");
    }
}

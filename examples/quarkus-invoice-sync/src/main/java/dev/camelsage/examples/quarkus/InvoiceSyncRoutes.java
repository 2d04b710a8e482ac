package dev.camelsage.examples.quarkus;

import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.model.SageJson;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * Creates Sage customers and invoices from JSON posted over HTTP, and writes every invoice Sage holds (then each new
 * one) to a JSON file of its own. Credentials and company live on the component: see application.properties.
 */
public class InvoiceSyncRoutes extends RouteBuilder {

    @Override
    public void configure() {
        JacksonDataFormat sageJson = new JacksonDataFormat(SageJson.mapper(), Object.class);
        sageJson.setPrettyPrint(true);

        // Sage's refusals (validation, not found, quota) go back to the caller with Sage's status and message.
        onException(SageApiException.class).handled(true).process(InvoiceSyncRoutes::answerWithSagesRefusal);

        // POST a Sage Customer or TaxInvoice as JSON (Sage's field names); the answer is the saved record, with its ID.
        from("platform-http:/customers?httpMethodRestrict=POST&consumes=application/json").routeId("create-customer")
                .convertBodyTo(String.class)
                .to("sage:customer?operation=save")
                .marshal(sageJson);

        from("platform-http:/invoices?httpMethodRestrict=POST&consumes=application/json").routeId("create-invoice")
                .convertBodyTo(String.class)
                .to("sage:taxInvoice?operation=save")
                .marshal(sageJson);

        // Each invoice once, as invoice-<ID>.json; the watermark file makes a restart write only what is new since.
        from("sage:taxInvoice?delay={{invoice-sync.poll-delay}}&initialDelay=0"
             + "&stateFile={{invoice-sync.work-dir}}/watermarks.dat").routeId("write-invoices")
                .marshal(sageJson)
                .to("file:{{invoice-sync.work-dir}}/invoices?fileName=invoice-${header.CamelSageId}.json")
                .log("Wrote invoice ${header.CamelSageId}");
    }

    private static void answerWithSagesRefusal(Exchange exchange) {
        SageApiException refusal = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SageApiException.class);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, refusal.getStatusCode());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain");
        exchange.getMessage().setBody(refusal.getMessage());
    }
}

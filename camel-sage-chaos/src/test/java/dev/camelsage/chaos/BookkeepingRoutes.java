package dev.camelsage.chaos;

import java.nio.file.Path;

import dev.camelsage.sage.SageErrorHandling;
import dev.camelsage.sage.exception.SageApiException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The bookkeeping application's routes, one per step of a business case, each adopting the ready-made Sage error
 * handling; what that gives up on goes to the dead letter channel, which files the step and the reason in
 * {@code deadDir}. Every create names its unique field in {@code reconcileBy}, so a create whose answer is lost is
 * looked for before it is sent again.
 */
final class BookkeepingRoutes extends RouteBuilder {

    static final String CASE = "ChaosCase";
    static final String STEP = "ChaosStep";
    /** Exchange property the dead letter channel sets: the type of the exception it was given. */
    static final String DEAD_LETTER = "ChaosDeadLetter";

    private final Path deadDir;
    private final AttemptLedger attempts;

    BookkeepingRoutes(Path deadDir, AttemptLedger attempts) {
        this.deadDir = deadDir;
        this.attempts = attempts;
    }

    @Override
    public void configure() {
        errorHandler(deadLetterChannel("direct:dead").onRedelivery(attempts));
        from("direct:dead").routeId("dead-letter")
                .process(attempts)
                .process(BookkeepingRoutes::reason)
                .setHeader(Exchange.FILE_NAME, simple("${header." + STEP + "}-${header." + CASE + "}.txt"))
                .to("file:" + deadDir.toAbsolutePath() + "?fileExist=Append");

        step("createCustomer", "sage:customer?operation=save&reconcileBy=Name");
        step("createItem", "sage:item?operation=save&reconcileBy=Code");
        step("raiseInvoice", "sage:taxInvoice?operation=save&reconcileBy=Reference");
        step("updateInvoice", "sage:taxInvoice?operation=save");
        step("recordReceipt", "sage:customerReceipt?operation=save&reconcileBy=Reference");
        step("allocate", "sage:allocation?operation=save&reconcileBy=SourceDocumentId");
        step("updateCustomer", "sage:customer?operation=save");
        step("retireCustomer", "sage:customer?operation=delete&deleteConflictStrategy=deactivate");
        step("deleteCustomer", "sage:customer?operation=delete");
        step("deleteItem", "sage:item?operation=delete&deleteConflictStrategy=skip");
    }

    private void step(String name, String uri) {
        from("direct:" + name).routeId(name).routeConfigurationId(SageErrorHandling.ID).to(uri);
    }

    /** One line: the exception's type, Sage's status and the message. */
    private static void reason(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String status = failure instanceof SageApiException sage
                ? Integer.toString(sage.getStatusCode()) : "-";
        String message = failure == null ? "" : String.valueOf(failure.getMessage()).replace('\n', ' ');
        String type = failure == null ? "?" : failure.getClass().getSimpleName();
        exchange.setProperty(DEAD_LETTER, type);
        exchange.getMessage().setBody(type + "|" + status + "|" + message + "\n");
    }
}

package dev.camelsage.chaos;

import java.nio.file.Path;

import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The invoice mirror, its own application: a {@code sage:taxInvoice} consumer writes every new or changed invoice to
 * one file per version ({@code <ID>@<Modified>.txt}, {@code new} for a version never edited), appending, so a version
 * delivered twice shows as a second line. Its watermark is kept in a file, so a restarted mirror resumes.
 */
final class MirrorApp implements AutoCloseable {

    private final SageApps apps;
    private final Path mirrorDir;
    private final Path stateFile;
    private CamelContext context;
    private int starts;

    MirrorApp(SageApps apps, Path mirrorDir, Path stateFile) {
        this.apps = apps;
        this.mirrorDir = mirrorDir;
        this.stateFile = stateFile;
    }

    synchronized void start() throws Exception {
        context = apps.context("mirror-" + ++starts, SageSimulator.DEMO_USERNAME, SageSimulator.DEMO_PASSWORD);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sage:taxInvoice?delay=400&lookback=5s&pollReserve=100&stateFile=" + stateFile.toAbsolutePath())
                        .routeId("mirror")
                        .process(MirrorApp::line)
                        .to("file:" + mirrorDir.toAbsolutePath() + "?fileExist=Append");
            }
        });
        context.start();
    }

    /** Stops the application as a redeploy would (in-flight exchanges finish) and starts a new one. */
    synchronized void restart() throws Exception {
        context.stop();
        start();
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.stop();
        }
    }

    int starts() {
        return starts;
    }

    private static void line(Exchange exchange) {
        TaxInvoice invoice = exchange.getMessage().getBody(TaxInvoice.class);
        String modified = exchange.getMessage().getHeader(SageConstants.MODIFIED, "new", String.class);
        exchange.getMessage().setHeader(Exchange.FILE_NAME, invoice.getId() + "@" + modified.replace(':', '-') + ".txt");
        exchange.getMessage().setBody(invoice.getId() + "|" + invoice.getReference() + "|" + invoice.getTotal() + "|"
                                      + invoice.getAmountDue() + "|" + invoice.getMessage() + "\n");
    }
}

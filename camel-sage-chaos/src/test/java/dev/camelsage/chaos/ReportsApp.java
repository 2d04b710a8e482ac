package dev.camelsage.chaos;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.SageErrorHandling;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * A small reporting application with a login of its own: it reads a customer four times a second while the day runs.
 * Its password is the one the fault plan changes at Sage for a while: what it cannot read goes to its dead letter
 * channel, and the component must keep its failed logins under the limit.
 */
final class ReportsApp implements AutoCloseable {

    private final CamelContext context;
    private final long customerId;
    private final Map<String, LongAdder> dead = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chaos-reports");
        t.setDaemon(true);
        return t;
    });

    ReportsApp(SageApps apps, long customerId) throws Exception {
        this.customerId = customerId;
        context = apps.context("reports", SageApps.REPORTS_USERNAME, SageApps.REPORTS_PASSWORD);
        context.addRoutes(new SageErrorHandling());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead-report"));
                from("direct:dead-report").routeId("reports-dead-letter").process(e -> dead.computeIfAbsent(
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class).getClass().getSimpleName(),
                        k -> new LongAdder()).increment());
                from("direct:report").routeId("report").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:customer?operation=getById");
            }
        });
    }

    /** Reads every 250 ms after the previous read ended, redeliveries included. */
    void start() throws Exception {
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        reader.scheduleWithFixedDelay(() -> {
            template.send("direct:report", e -> e.getMessage().setHeader(SageConstants.ID, customerId));
            reads.incrementAndGet();
        }, 0, 250, TimeUnit.MILLISECONDS);
    }

    int reads() {
        return reads.get();
    }

    /** Dead-lettered reads by the exception's type. */
    Map<String, Long> dead() {
        Map<String, Long> counts = new TreeMap<>();
        dead.forEach((reason, n) -> counts.put(reason, n.sum()));
        return counts;
    }

    @Override
    public void close() throws Exception {
        reader.shutdown();
        if (!reader.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The last report read did not end within 30 s");
        }
        context.stop();
    }
}

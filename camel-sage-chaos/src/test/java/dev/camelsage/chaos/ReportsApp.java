package dev.camelsage.chaos;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private volatile boolean running = true;
    private Thread loop;

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

    void start() throws Exception {
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        loop = new Thread(() -> {
            while (running) {
                template.send("direct:report", e -> e.getMessage().setHeader(SageConstants.ID, customerId));
                reads.incrementAndGet();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "chaos-reports");
        loop.start();
    }

    int reads() {
        return reads.get();
    }

    /** Dead-lettered reads by the exception's type. */
    Map<String, Long> dead() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        dead.forEach((reason, n) -> counts.put(reason, n.sum()));
        return counts;
    }

    @Override
    public void close() throws Exception {
        running = false;
        if (loop != null) {
            loop.interrupt();
            loop.join(10_000);
        }
        context.stop();
    }
}

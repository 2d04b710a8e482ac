package dev.camelsage.sage;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** A CamelContext whose sage component talks to a simulator, with the quota options a test compresses. */
final class QuotaCamelFixture implements AutoCloseable {

    final CamelContext context = new DefaultCamelContext();
    final SageConfiguration configuration;
    private ProducerTemplate template;

    QuotaCamelFixture(SageSimulator sage, Consumer<SageConfiguration> options) {
        SageComponent component = new SageComponent();
        configuration = component.getConfiguration();
        configuration.setBaseUrl(sage.baseUrl());
        configuration.setUsername(SageSimulator.DEMO_USERNAME);
        configuration.setPassword(SageSimulator.DEMO_PASSWORD);
        configuration.setApiKey(SageSimulator.DEMO_API_KEY);
        configuration.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
        // Quota tests compress Sage's minute and hour; customQuota lets the limits go beyond Sage's.
        configuration.setCustomQuota(true);
        options.accept(configuration);
        context.addComponent("sage", component);
    }

    /** Both sides on the same compressed window. */
    static Consumer<SageConfiguration> window(int requests, Duration period) {
        return c -> {
            c.setRateLimit(requests);
            c.setRateLimitPeriod(period.toMillis());
        };
    }

    /** The clock the component measures quotas and blocks by (the simulator's, to share one time with it). */
    QuotaCamelFixture clock(Clock clock) {
        component().setClock(clock);
        return this;
    }

    QuotaCamelFixture routes(RouteBuilder routes) throws Exception {
        context.addRoutes(routes);
        return this;
    }

    ProducerTemplate template() {
        if (template == null) {
            context.start();
            template = context.createProducerTemplate();
        }
        return template;
    }

    SageComponent component() {
        return context.getComponent("sage", SageComponent.class);
    }

    static boolean company(JournalEntry entry, long companyId) {
        return entry.companyId() != null && entry.companyId() == companyId;
    }

    @Override
    public void close() {
        context.stop();
    }
}

package dev.camelsage.sage;

import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

/**
 * Camel against the simulator: the {@code sage} component is configured once with the simulator's URL and the demo
 * credentials, so test URIs only say what differs ({@code sage:customer?companyId=1}).
 */
public abstract class SageTestSupport extends CamelTestSupport {

    protected static final long COMPANY = SageSimulator.DEMO_COMPANY_ID;
    protected static final long OTHER_COMPANY = SageSimulator.SECOND_COMPANY_ID;

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    protected SageSimulator sage() {
        return SAGE.get();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        SageComponent component = new SageComponent();
        configure(component.getConfiguration());
        camelContext.addComponent("sage", component);
        return camelContext;
    }

    /** The component's options for this test class; by default the simulator and its demo login. */
    protected void configure(SageConfiguration configuration) {
        configuration.setBaseUrl(sage().baseUrl());
        configuration.setUsername(SageSimulator.DEMO_USERNAME);
        configuration.setPassword(SageSimulator.DEMO_PASSWORD);
        configuration.setApiKey(SageSimulator.DEMO_API_KEY);
    }

    /** The endpoint option that sends to {@code simulator} instead of the class's default one. */
    protected static String at(SageSimulator simulator) {
        return "&baseUrl=" + simulator.baseUrl();
    }

    /** Sends a body to an endpoint and returns the whole exchange (the exception stays on it). */
    protected Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    protected Exchange send(String uri, Object body) {
        return send(uri, body, Map.of());
    }

    /** What Sage received for one service, oldest first. */
    protected List<JournalEntry> requestsTo(String service) {
        return sage().journal().entries(e -> service.equalsIgnoreCase(e.service()));
    }

    protected JournalEntry lastRequest() {
        List<JournalEntry> entries = sage().journal().entries();
        return entries.get(entries.size() - 1);
    }
}

package dev.camelsage.sage;

import java.util.List;

import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camel against an empty simulator without quota, for lists at scale and the consumer: these tests are about paging,
 * so neither side's quota may get in the way (the component's quota is raised as far as it goes).
 */
public abstract class SageScaleTestSupport extends CamelTestSupport {

    protected static final long COMPANY = SageSimulator.DEMO_COMPANY_ID;

    @RegisterExtension
    static final SageSimulatorExtension SAGE
            = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()).seedDemo(false));

    protected SageSimulator sage() {
        return SAGE.get();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        SageComponent component = new SageComponent();
        SageConfiguration configuration = component.getConfiguration();
        configuration.setBaseUrl(sage().baseUrl());
        configuration.setUsername(SageSimulator.DEMO_USERNAME);
        configuration.setPassword(SageSimulator.DEMO_PASSWORD);
        configuration.setApiKey(SageSimulator.DEMO_API_KEY);
        configuration.setCustomQuota(true);
        configuration.setRateLimit(1_000_000);
        configuration.setDailyRateLimit(1_000_000);
        camelContext.addComponent("sage", component);
        return camelContext;
    }

    /** The IDs of {@code n} new customers, in ID order. */
    protected List<Long> seedCustomers(int n) {
        return sage().store().seedCustomers(COMPANY, n).stream().map(c -> c.get("ID").asLong()).toList();
    }

    /** The list calls Sage received for a service. */
    protected List<JournalEntry> listCalls(String service) {
        return sage().journal().entries(e -> service.equalsIgnoreCase(e.service()) && "Get".equals(e.method()));
    }
}

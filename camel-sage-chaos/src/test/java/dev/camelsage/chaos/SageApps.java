package dev.camelsage.chaos;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.SageQuotaStore;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The applications of the run, each its own CamelContext as it would be its own process, sharing one quota store as
 * instances share a Hazelcast store: the bookkeeping routes and the reports route as one login, the invoice mirror as
 * the same login in another application, all on one API key and company.
 */
final class SageApps {

    static final String REPORTS_USERNAME = "reports@camelsage.dev";
    static final String REPORTS_PASSWORD = "reports-password";

    private final SageSimulator sage;
    private final ChaosSettings settings;
    private final SageQuotaStore quotaStore = new InMemorySageQuotaStore();

    SageApps(SageSimulator sage, ChaosSettings settings) {
        this.sage = sage;
        this.settings = settings;
    }

    /** A new application whose {@code sage} component logs in as {@code username}. */
    CamelContext context(String name, String username, String password) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        SageComponent component = new SageComponent();
        component.setQuotaStore(quotaStore);
        SageConfiguration c = component.getConfiguration();
        c.setBaseUrl(sage.baseUrl());
        c.setUsername(username);
        c.setPassword(password);
        c.setApiKey(SageSimulator.DEMO_API_KEY);
        c.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
        c.setCustomQuota(true);
        c.setRateLimit(ChaosSettings.REQUESTS_PER_WINDOW);
        c.setRateLimitPeriod(ChaosSettings.WINDOW.toMillis());
        c.setDailyRateLimit(settings.dailyQuota());
        c.setBlockDuration(ChaosSettings.BLOCK.toMillis());
        c.setRequestTimeout(ChaosSettings.REQUEST_TIMEOUT.toMillis());
        c.setMaxFailedLogins(ChaosSettings.MAX_FAILED_LOGINS);
        context.addComponent("sage", component);
        // Redeliveries compressed like the quota: 200 ms doubling instead of a second.
        context.getPropertiesComponent().addInitialProperty("sage.error-handling.server-error-delay", "200");
        return context;
    }
}

package dev.camelsage.sage;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees of a quota: result headers, JMX attributes per company, and the health check. */
class SageQuotaVisibilityTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
    @AutoClose
    private QuotaCamelFixture camel;

    @Test
    void eachResultCarriesWhatIsLeftOfTheWindowAndTheDay() {
        camel = new QuotaCamelFixture(sage(), c -> {
            c.setRateLimit(10);
            c.setDailyRateLimit(100);
        });
        Exchange first = camel.template().request("sage:taxType?operation=get", e -> { });
        Exchange second = camel.template().request("sage:taxType?operation=get", e -> { });

        assertThat(first.getMessage().getHeader(SageConstants.RATE_LIMIT_REMAINING, Integer.class)).isEqualTo(9);
        assertThat(second.getMessage().getHeader(SageConstants.RATE_LIMIT_REMAINING, Integer.class)).isEqualTo(8);
        assertThat(second.getMessage().getHeader(SageConstants.DAILY_RATE_LIMIT_REMAINING, Integer.class)).isEqualTo(98);
    }

    @Test
    void jmxShowsEachCompanysQuotaAndItsBlock() throws Exception {
        sage().quota(QuotaSettings.sage().withWindow(2, Duration.ofMinutes(1)));
        camel = new QuotaCamelFixture(sage(), c -> c.setRateLimit(10));
        camel.template().request("sage:taxType?operation=get", e -> { });
        camel.template().request("sage:taxType?operation=get", e -> { });
        camel.template().request("sage:taxType?operation=get", e -> e.getMessage()
                .setHeader(SageConstants.COMPANY_ID, SageSimulator.SECOND_COMPANY_ID));
        camel.template().request("sage:taxType?operation=get", e -> { });

        ObjectName company1 = quotaMBean("1");
        ObjectName company2 = quotaMBean("2");
        assertThat(jmx.getAttribute(company1, "UsedInWindow")).isEqualTo(3);
        assertThat(jmx.getAttribute(company1, "UsedToday")).isEqualTo(3);
        assertThat(jmx.getAttribute(company1, "Blocked")).isEqualTo(true);
        assertThat(Instant.parse((String) jmx.getAttribute(company1, "BlockedUntil"))).isAfter(Instant.now());
        assertThat(jmx.getAttribute(company1, "RecentRateLimited")).isEqualTo(1);
        assertThat(jmx.getAttribute(company1, "RateLimit")).isEqualTo(10);
        assertThat(jmx.getAttribute(company2, "UsedInWindow")).isEqualTo(1);
        assertThat(jmx.getAttribute(company2, "Blocked")).isEqualTo(false);
        assertThat((String) jmx.getAttribute(company1, "ApiKeyFingerprint"))
                .doesNotContain(SageSimulator.DEMO_API_KEY.substring(1, 9));
        Map<QuotaKey, QuotaSnapshot> snapshots = camel.component().getQuotaSnapshots();
        assertThat(snapshots).as("the same figures for metrics and consoles").hasSize(2);
        snapshots.forEach((key, snapshot) -> {
            assertThat(key.apiKeyFingerprint()).isEqualTo(jmx(company1, "ApiKeyFingerprint"));
            assertThat(snapshot.usedInWindow()).isEqualTo(key.companyId().equals("1") ? 3 : 1);
            assertThat(snapshot.blockedUntil() != null).isEqualTo(key.companyId().equals("1"));
            assertThat(camel.component().getQuotaSnapshot(key)).as("one quota alone").isEqualTo(snapshot);
        });
        assertThat(camel.component().getQuotaSnapshot(new QuotaKey("http://unused", "0", "1"))).isNull();

        camel.close();
        camel = null;
        assertThat(jmx.queryNames(new ObjectName("org.apache.camel:type=services,name=\"sage-quota-*\",*"), null))
                .isEmpty();
    }

    private Object jmx(ObjectName name, String attribute) {
        try {
            return jmx.getAttribute(name, attribute);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theHealthCheckIsDownWhileTheCompanyIsBlockedAndReportsTheQuota() {
        sage().quota(QuotaSettings.sage().withWindow(1, Duration.ofMinutes(1)));
        camel = new QuotaCamelFixture(sage(), c -> c.setRateLimit(10));
        DefaultHealthCheckRegistry registry = new DefaultHealthCheckRegistry(camel.context);
        camel.context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        camel.template().request("sage:taxType?operation=get", e -> { });
        HealthCheck check = producerHealthCheck();
        HealthCheck.Result healthy = check.call();
        assertThat(healthy.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(healthy.getDetails()).containsEntry("sage.usedInWindow", 1).containsEntry("sage.usedToday", 1);

        camel.template().request("sage:taxType?operation=get", e -> { });

        HealthCheck.Result blocked = check.call();
        assertThat(blocked.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(blocked.getDetails()).containsKey("sage.blockedUntil").containsEntry("sage.recentRateLimited", 1);
        assertThat(blocked.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("blocks company 1"));
    }

    private HealthCheck producerHealthCheck() {
        WritableHealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(camel.context,
                "producers", WritableHealthCheckRepository.class);
        producers.setEnabled(true); // producer checks are off unless camel.health.producersEnabled=true
        return producers.stream().filter(c -> c.getId().startsWith("producer:sage-")).findFirst().orElseThrow();
    }

    private ObjectName quotaMBean(String companyId) throws Exception {
        Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:context=" + ObjectName.quote(
                camel.context.getManagementName()) + ",type=services,name=\"sage-quota-" + companyId + "-*\""), null);
        assertThat(names).hasSize(1);
        return names.iterator().next();
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }
}

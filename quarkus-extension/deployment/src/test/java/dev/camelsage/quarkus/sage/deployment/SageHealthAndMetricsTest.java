package dev.camelsage.quarkus.sage.deployment;

import java.time.Instant;

import dev.camelsage.quarkus.sage.runtime.SageQuotaMeters;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.simulator.SageSimulator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.RestAssured;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * With camel-quarkus-microprofile-health the Sage checks answer under /q/health, DOWN while Sage blocks the company;
 * with camel-quarkus-micrometer the quota is a set of gauges tagged by company and API-key fingerprint, never the key.
 * Company 2 of the shared test simulator is this class's alone, since it blocks it.
 */
class SageHealthAndMetricsTest {

    private static final String COMPANY = String.valueOf(SageSimulator.SECOND_COMPANY_ID);

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(SageExtensionTest.CustomerRoutes.class, TestSimulator.class,
                    SimpleRegistry.class))
            .overrideConfigKey("camel.component.sage.base-url", TestSimulator.baseUrl())
            .overrideConfigKey("camel.component.sage.allow-insecure-http", "true")
            .overrideConfigKey("camel.component.sage.username", SageSimulator.DEMO_USERNAME)
            .overrideConfigKey("camel.component.sage.password", SageSimulator.DEMO_PASSWORD)
            .overrideConfigKey("camel.component.sage.api-key", SageSimulator.DEMO_API_KEY)
            .overrideConfigKey("camel.component.sage.company-id", COMPANY)
            .overrideConfigKey("camel.health.producers-enabled", "true");

    @Inject
    ProducerTemplate template;

    @Inject
    MeterRegistry registry;

    @Test
    void quotaGaugesAndHealthFollowTheQuotaIntoABlock() {
        assertThat(template.request("direct:customers", e -> { }).getException()).isNull();

        assertThat(gauge(SageQuotaMeters.WINDOW_REMAINING).value()).isEqualTo(99);
        assertThat(gauge(SageQuotaMeters.DAY_REMAINING).value()).isEqualTo(4999);
        assertThat(gauge(SageQuotaMeters.BLOCKED_UNTIL).value()).isZero();
        assertThat(gauge(SageQuotaMeters.WINDOW_REMAINING).getId().getTag("api.key.fingerprint"))
                .isEqualTo(QuotaKey.fingerprint(SageSimulator.DEMO_API_KEY));
        RestAssured.get("/q/health").then().statusCode(200)
                .body(containsString("camel-producers"));

        TestSimulator.forceBlock(SageSimulator.SECOND_COMPANY_ID);
        Exchange blocked = template.request("direct:customers", e -> { });

        assertThat(blocked.getException()).isInstanceOf(SageRateLimitException.class);
        assertThat(gauge(SageQuotaMeters.BLOCKED_UNTIL).value()).isGreaterThan(Instant.now().getEpochSecond());
        RestAssured.get("/q/health").then().statusCode(503)
                .body(containsString("DOWN"), containsString("sage.blockedUntil"),
                        containsString("\"sage.companyId\": \"2\""));
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString())
                .doesNotContain(SageSimulator.DEMO_API_KEY).doesNotContain(SageSimulator.DEMO_PASSWORD));
    }

    private Gauge gauge(String name) {
        Gauge gauge = registry.find(name).tag("company", COMPANY).gauge();
        assertThat(gauge).as(name).isNotNull();
        return gauge;
    }

    /** A registry to read the gauges from; an application adds its own (Prometheus, OTLP...). */
    @Singleton
    public static class SimpleRegistry {
        @Produces
        @Singleton
        SimpleMeterRegistry simpleMeterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}

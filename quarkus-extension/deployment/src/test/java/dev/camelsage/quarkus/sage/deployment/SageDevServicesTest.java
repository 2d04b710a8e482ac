package dev.camelsage.quarkus.sage.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dev.camelsage.quarkus.sage.runtime.devui.SageQuotasJsonRpcService;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.simulator.SageSimulator;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing configured but the port: Dev Services run the simulator there, the routes reach its demo company, and the
 * Dev UI card's service reports the quota and the consumer's watermark.
 */
class SageDevServicesTest {

    private static final int PORT = pinnedPort();

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(SageExtensionTest.CustomerRoutes.class, InvoiceRoutes.class, BuildItemProbe.class))
            .overrideConfigKey("quarkus.camel.sage.devservices.port", String.valueOf(PORT))
            .addBuildChainCustomizer(BuildItemProbe.record(DevServicesResultBuildItem.class, item -> Stream.of(item.getName())));

    @Inject
    ProducerTemplate template;

    @Inject
    CamelContext context;

    @Test
    void theComponentPointsAtTheSimulatorOnThePinnedPort() {
        assertThat(BuildItemProbe.recorded(DevServicesResultBuildItem.class)).contains(SageProcessor.FEATURE);
        assertThat(ConfigProvider.getConfig().getValue("camel.component.sage.base-url", String.class))
                .isEqualTo("http://127.0.0.1:" + PORT);
        assertThat(ConfigProvider.getConfig().getValue("camel.component.sage.company-id", Long.class))
                .isEqualTo(SageSimulator.DEMO_COMPANY_ID);
    }

    @Test
    void routesReachTheDemoCompanyWithTheDemoCredentials() {
        Exchange result = template.request("direct:customers", exchange -> { });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(List.class)).isNotEmpty()
                .allSatisfy(c -> assertThat(c).isInstanceOf(Customer.class));
    }

    @Test
    void theDevUiServiceShowsTheQuotaByFingerprintAndTheConsumersWatermark() {
        SageQuotasJsonRpcService devUi = new SageQuotasJsonRpcService(context);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(devUi.getConsumers()).singleElement()
                .satisfies(consumer -> {
                    assertThat(consumer).containsEntry("routeId", "invoices").containsEntry("entity", "TaxInvoice")
                            .containsEntry("company", "1");
                    assertThat((String) consumer.get("watermark")).contains("|");
                }));
        assertThat(devUi.getQuotas()).singleElement().satisfies(quota -> {
            assertThat(quota).containsEntry("apiKeyFingerprint", QuotaKey.fingerprint(SageSimulator.DEMO_API_KEY))
                    .containsEntry("company", "1").containsEntry("blockedUntil", null);
            assertThat((Integer) quota.get("usedInWindow")).isPositive();
            assertThat(quota.values()).doesNotContain(SageSimulator.DEMO_API_KEY);
        });
    }

    public static class InvoiceRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("sage:taxInvoice?initialDelay=0&delay=600000").routeId("invoices").setProperty("delivered", constant(true));
        }
    }

    // QuarkusUnitTest loads this class twice; both copies must pin the same port.
    private static int pinnedPort() {
        String key = SageDevServicesTest.class.getName() + ".port";
        if (System.getProperty(key) == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                System.setProperty(key, String.valueOf(socket.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Integer.getInteger(key);
    }
}

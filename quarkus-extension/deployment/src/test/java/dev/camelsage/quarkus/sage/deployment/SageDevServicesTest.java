package dev.camelsage.quarkus.sage.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Stream;

import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.SageSimulator;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing configured but the port: Dev Services run the simulator there and the route reaches its demo company. */
class SageDevServicesTest {

    private static final int PORT = pinnedPort();

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(SageExtensionTest.CustomerRoutes.class, BuildItemProbe.class))
            .overrideConfigKey("quarkus.camel.sage.devservices.port", String.valueOf(PORT))
            .addBuildChainCustomizer(BuildItemProbe.record(DevServicesResultBuildItem.class, item -> Stream.of(item.getName())));

    @Inject
    ProducerTemplate template;

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

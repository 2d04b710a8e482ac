package dev.camelsage.quarkus.sage.deployment;

import java.util.List;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.SageSimulator;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SageExtensionTest {

    /*
     * QuarkusUnitTest loads this class twice (JUnit's class loader, then Quarkus'), so the simulator is started once
     * per JVM and found again through a system property.
     */
    private static final String BASE_URL = startSimulatorOnce();

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(CustomerRoutes.class))
            .overrideConfigKey("camel.component.sage.base-url", BASE_URL)
            .overrideConfigKey("camel.component.sage.allow-insecure-http", "true")
            .overrideConfigKey("camel.component.sage.username", SageSimulator.DEMO_USERNAME)
            .overrideConfigKey("camel.component.sage.password", SageSimulator.DEMO_PASSWORD)
            .overrideConfigKey("camel.component.sage.api-key", SageSimulator.DEMO_API_KEY)
            .overrideConfigKey("camel.component.sage.company-id", String.valueOf(SageSimulator.DEMO_COMPANY_ID));

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @Test
    void sageSchemeResolvesToTheSageComponent() {
        assertThat(context.getComponent("sage")).isInstanceOf(SageComponent.class);
    }

    @Test
    void routeListsTypedCustomersConfiguredFromQuarkusProperties() {
        Exchange result = template.request("direct:customers", exchange -> { });

        assertThat(result.getException()).isNull();
        List<?> customers = result.getMessage().getBody(List.class);
        assertThat(customers).isNotEmpty().allSatisfy(c -> assertThat(c).isInstanceOf(Customer.class));
        assertThat(result.getMessage().getHeader(SageConstants.TOTAL_RESULTS, Long.class))
                .isEqualTo((long) customers.size());
    }

    private static String startSimulatorOnce() {
        String key = SageExtensionTest.class.getName() + ".baseUrl";
        String url = System.getProperty(key);
        if (url == null) {
            SageSimulator simulator = SageSimulator.builder().port(0).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
            url = simulator.baseUrl();
            System.setProperty(key, url);
        }
        return url;
    }

    public static class CustomerRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:customers").to("sage:customer?operation=get");
        }
    }
}

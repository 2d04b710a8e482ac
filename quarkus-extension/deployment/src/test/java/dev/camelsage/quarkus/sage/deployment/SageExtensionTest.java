package dev.camelsage.quarkus.sage.deployment;

import java.util.List;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.SageSimulator;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SageExtensionTest {

    static final SageSimulator SIMULATOR = SageSimulator.builder().port(0).build().start();

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(CustomerRoutes.class))
            .overrideConfigKey("camel.component.sage.base-url", SIMULATOR.baseUrl())
            .overrideConfigKey("camel.component.sage.allow-insecure-http", "true")
            .overrideConfigKey("camel.component.sage.username", SageSimulator.DEMO_USERNAME)
            .overrideConfigKey("camel.component.sage.password", SageSimulator.DEMO_PASSWORD)
            .overrideConfigKey("camel.component.sage.api-key", SageSimulator.DEMO_API_KEY)
            .overrideConfigKey("camel.component.sage.company-id", String.valueOf(SageSimulator.DEMO_COMPANY_ID));

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Test
    void sageSchemeResolvesToTheSageComponent() {
        assertThat(context.getComponent("sage")).isInstanceOf(SageComponent.class);
    }

    @Test
    void routeListsTypedCustomersConfiguredFromQuarkusProperties() {
        List<?> customers = template.requestBody("direct:customers", null, List.class);

        assertThat(customers).isNotEmpty().allSatisfy(c -> assertThat(c).isInstanceOf(Customer.class));
        assertThat(SIMULATOR.journal().count(e -> "Customer".equals(e.service()) && e.status() == 200)).isEqualTo(1);
    }

    public static class CustomerRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:customers").to("sage:customer?operation=get");
        }
    }
}

package dev.camelsage.quarkus.sage.deployment;

import java.util.List;
import java.util.stream.Stream;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.SageSimulator;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component configured from Quarkus configuration alone: {@code camel.component.sage.*} in application properties,
 * the API key from the environment variable {@code CAMEL_COMPONENT_SAGE_APIKEY} and the password from
 * {@code ${SAGE_PASSWORD}} (both set for this module's test JVM by Surefire). With a base URL configured, Dev Services
 * stay off.
 */
class SageExtensionTest {

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CustomerRoutes.class, TestSimulator.class, BuildItemProbe.class))
            .overrideConfigKey("camel.component.sage.base-url", TestSimulator.baseUrl())
            .overrideConfigKey("camel.component.sage.allow-insecure-http", "true")
            .overrideConfigKey("camel.component.sage.username", SageSimulator.DEMO_USERNAME)
            .overrideConfigKey("camel.component.sage.password", "${SAGE_PASSWORD}")
            .overrideConfigKey("camel.component.sage.company-id", String.valueOf(SageSimulator.DEMO_COMPANY_ID))
            .addBuildChainCustomizer(BuildItemProbe.record(DevServicesResultBuildItem.class,
                    item -> Stream.of(item.getName())));

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @Test
    void sageSchemeResolvesToTheSageComponentConfiguredFromEveryConfigSource() {
        assertThat(context.getComponent("sage")).isInstanceOf(SageComponent.class);
        SageComponent sage = context.getComponent("sage", SageComponent.class);
        assertThat(sage.getConfiguration().getBaseUrl()).isEqualTo(TestSimulator.baseUrl());
        assertThat(sage.getConfiguration().getPassword()).as("from the environment").isEqualTo(SageSimulator.DEMO_PASSWORD);
        assertThat(sage.getConfiguration().getApiKey()).as("from the environment").isEqualTo(SageSimulator.DEMO_API_KEY);
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

    @Test
    void devServicesStayOffWhenABaseUrlIsConfigured() {
        assertThat(BuildItemProbe.recorded(DevServicesResultBuildItem.class)).doesNotContain(SageProcessor.FEATURE);
    }

    public static class CustomerRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:customers").to("sage:customer?operation=get");
        }
    }
}

package dev.camelsage.sage.springboot;

import java.util.List;


import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.SageDeleteConflictStrategy;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application with the starter, configured only by camel.component.sage.* properties. */
@SpringBootTest(classes = SageStarterTest.Application.class, properties = {
        "camel.component.sage.rate-limit=40",
        "camel.component.sage.delete-conflict-strategy=skip",
        "management.endpoint.configprops.show-values=always",
        "management.endpoint.env.show-values=always",
        "spring.jmx.enabled=true",
        "management.endpoints.jmx.exposure.include=configprops,env",
        "logging.level.dev.camelsage=DEBUG",
        "logging.level.org.apache.camel=DEBUG" })
@Timeout(60)
@ExtendWith(OutputCaptureExtension.class)
class SageStarterTest {

    private static final SageSimulator SAGE = SageSimulator.builder().start();

    @DynamicPropertySource
    static void sage(DynamicPropertyRegistry registry) {
        registry.add("camel.component.sage.base-url", SAGE::baseUrl);
        registry.add("camel.component.sage.username", () -> SageSimulator.DEMO_USERNAME);
        registry.add("camel.component.sage.password", () -> SageSimulator.DEMO_PASSWORD);
        registry.add("camel.component.sage.api-key", () -> SageSimulator.DEMO_API_KEY);
        registry.add("camel.component.sage.company-id", () -> SageSimulator.DEMO_COMPANY_ID);
    }

    @AfterAll
    static void stopSage() {
        SAGE.close();
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate template;
    @Autowired
    ConfigurationPropertiesReportEndpoint configprops;
    @Autowired
    EnvironmentEndpoint env;

    @Test
    void theComponentIsConfiguredFromPropertiesAndCallsSage(CapturedOutput output) {
        SageComponent sage = camel.getComponent("sage", SageComponent.class);
        assertThat(sage.getConfiguration().getRateLimit()).isEqualTo(40);
        assertThat(sage.getConfiguration().getDeleteConflictStrategy()).isEqualTo(SageDeleteConflictStrategy.skip);

        Exchange listed = template.request("direct:customers", e -> { });

        List<?> customers = listed.getMessage().getBody(List.class);
        assertThat(customers).isNotEmpty().allMatch(Customer.class::isInstance);
        // The window the starter configured (40), less the one request just made.
        assertThat(listed.getMessage().getHeader(SageConstants.RATE_LIMIT_REMAINING)).isEqualTo(39);
        assertThat(SAGE.journal().count(e -> "Customer".equals(e.service()))).isEqualTo(1);
        // Camel and the component log the call at DEBUG; neither secret is in what they wrote.
        assertThat(output.getAll()).contains("sage").doesNotContain(SageSimulator.DEMO_PASSWORD, SageSimulator.DEMO_API_KEY);
    }

    @Test
    void actuatorNeverShowsThePasswordOrTheApiKey() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        String configured = json.writeValueAsString(configprops.configurationProperties());
        assertThat(configured).contains("camel.component.sage", SageSimulator.DEMO_USERNAME)
                .doesNotContain(SageSimulator.DEMO_PASSWORD, SageSimulator.DEMO_API_KEY);

        String environment = json.writeValueAsString(env.environment(null));
        assertThat(environment).contains(SageSimulator.DEMO_USERNAME)
                .doesNotContain(SageSimulator.DEMO_PASSWORD, SageSimulator.DEMO_API_KEY);
    }

    @Test
    void theSanitizerMatchesEverySpellingOfTheTwoSecrets() {
        assertThat(List.of("camel.component.sage.password", "camel.component.sage.api-key",
                "camel.component.sage.apiKey", "CAMEL_COMPONENT_SAGE_APIKEY", "CAMEL_COMPONENT_SAGE_PASSWORD"))
                .allMatch(SageSecretsSanitizingConfiguration::isSageSecret);
        assertThat(List.of("camel.component.sage.username", "camel.component.sage.api-version", "password"))
                .noneMatch(SageSecretsSanitizingConfiguration::isSageSecret);
    }

    @SpringBootApplication
    static class Application {

        @Bean
        RouteBuilder customers() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:customers").to("sage:customer");
                }
            };
        }
    }

}

package dev.camelsage.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.sage.SageErrorHandling;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The ready-made error handling, adopted by id from Java and from YAML, on camel-sage, camel-main and the YAML DSL
 * only: a 503 on a create and a 429 are redelivered, and each record is created once.
 */
class SageErrorHandlingOnRuntimeDependenciesTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    private CamelContext camel;

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void theClasspathIsAUsersWithoutTheBeanLanguage() {
        assertThatThrownBy(() -> Class.forName("org.apache.camel.language.bean.BeanLanguage"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void aCreateAnswered503IsSentAgainAndStoredOnce(String dsl) throws Exception {
        start(dsl);
        sage().faults().maintenance(true);

        CompletableFuture<Exchange> create = template().asyncSend("direct:create", e -> e.getMessage().setBody("""
                {"Name": "Runtime Only (Pty) Ltd"}"""));
        await().atMost(Duration.ofSeconds(20)).until(() -> create.isDone() || sage().journal().entries().size() >= 2);
        assertThat(sage().journal().entries()).as("the 503 was redelivered").hasSizeGreaterThanOrEqualTo(2);
        sage().faults().maintenance(false);

        assertThat(create.get(20, TimeUnit.SECONDS).getException()).isNull();
        // Maintenance is answered before routing, so only the journal's order tells the attempts apart.
        List<JournalEntry> attempts = sage().journal().entries();
        assertThat(attempts).extracting(JournalEntry::status).containsOnly(503, 201).containsOnlyOnce(201).last()
                .isEqualTo(201);
        assertThat(sage().store().list(SageSimulator.DEMO_COMPANY_ID, "Customer"))
                .filteredOn(c -> "Runtime Only (Pty) Ltd".equals(c.path("Name").asText())).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void aRateLimitedReadIsRedeliveredWhenTheBlockLifts(String dsl) throws Exception {
        sage().quota(QuotaSettings.sage().withWindow(1, Duration.ofMillis(500)).withBlockDuration(Duration.ofSeconds(1))
                .withRetryAfter(true));
        start(dsl);
        template().send("direct:read", e -> { });

        Exchange second = template().send("direct:read", e -> { });

        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getHeader(Exchange.REDELIVERED, Boolean.class)).isTrue();
        assertThat(second.getMessage().getHeader(Exchange.REDELIVERY_DELAY)).isNull();
        assertThat(sage().journal().requestsWhileBlocked()).isZero();
    }

    private void start(String dsl) throws Exception {
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("sage.error-handling.server-error-delay", "50");
        SageComponent sage = new SageComponent();
        SageConfiguration configuration = sage.getConfiguration();
        configuration.setBaseUrl(sage().baseUrl());
        configuration.setUsername(SageSimulator.DEMO_USERNAME);
        configuration.setPassword(SageSimulator.DEMO_PASSWORD);
        configuration.setApiKey(SageSimulator.DEMO_API_KEY);
        configuration.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
        configuration.setCustomQuota(true); // a compressed block
        configuration.setBlockDuration(1_000);
        camel.addComponent("sage", sage);
        if (dsl.equals("yaml")) {
            var loader = PluginHelper.getRoutesLoader(camel);
            loader.loadRoutes(ResourceHelper.resolveMandatoryResource(camel, SageErrorHandling.YAML_RESOURCE));
            loader.loadRoutes(ResourceHelper.fromString("routes.camel.yaml", """
                    - route:
                        routeConfigurationId: sage-error-handling
                        from:
                          uri: direct:create
                          steps:
                            - to: sage:customer?operation=save
                    - route:
                        routeConfigurationId: sage-error-handling
                        from:
                          uri: direct:read
                          steps:
                            - to: sage:taxType?operation=get
                    """));
        } else {
            camel.addRoutes(new SageErrorHandling());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:create").routeConfigurationId(SageErrorHandling.ID).to("sage:customer?operation=save");
                    from("direct:read").routeConfigurationId(SageErrorHandling.ID).to("sage:taxType?operation=get");
                }
            });
        }
        camel.start();
    }

    private ProducerTemplate template() {
        return camel.createProducerTemplate();
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }
}

package dev.camelsage.sage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.InterceptSendToEndpoint;
import org.apache.camel.spi.RoutesLoader;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelsage.sage.QuotaCamelFixture.company;
import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The ready-made route configuration, from Java and from YAML, against the simulator. */
class SageErrorHandlingTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    private final List<String> sendingThreads = new CopyOnWriteArrayList<>();
    private volatile Runnable beforeEachSend = () -> { };
    @AutoClose
    private QuotaCamelFixture camel;

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aRateLimitedExchangeIsRedeliveredAsynchronouslyOnceTheBlockLifts(String dsl) throws Exception {
        sage().quota(QuotaSettings.sage().withWindow(3, Duration.ofSeconds(2)).withBlockDuration(Duration.ofSeconds(2)));
        start(dsl, c -> c.setBlockDuration(2_500), Map.of());
        MockEndpoint done = camel.context.getEndpoint("mock:done", MockEndpoint.class);
        done.expectedMessageCount(5);

        for (int i = 0; i < 3; i++) {
            camel.template().sendBody("direct:list", null);
        }
        // The 4th meets Sage's lower limit (429); the 5th is failed at once by the guard while blocked.
        CompletableFuture<Exchange> fourth = camel.template().asyncSend("direct:list", e -> { });
        // Wait for the guard, not the journal: Sage records the 429 before the component has read it.
        await().until(() -> blockedUntil(DEMO_COMPANY_ID) != null);
        Instant blockEnd = blockedUntil(DEMO_COMPANY_ID);
        CompletableFuture<Exchange> fifth = camel.template().asyncSend("direct:list", e -> { });

        assertThat(BoundedWait.join(fourth).getException()).isNull();
        assertThat(BoundedWait.join(fifth).getException()).isNull();
        done.assertIsSatisfied();
        List<JournalEntry> company1 = sage().journal().entries(e -> company(e, DEMO_COMPANY_ID));
        assertThat(company1).extracting(JournalEntry::status).containsExactly(200, 200, 200, 429, 200, 200);
        assertThat(sage().journal().requestsWhileBlocked()).isZero();
        // Both sides read the system clock here: Sage notes a request after the guard let it go, at or after the end.
        assertThat(company1.get(4).time()).as("the first request after the block").isAfterOrEqualTo(blockEnd);
        assertThat(sendingThreads).as("redelivered by Camel's scheduler, no thread parked")
                .anyMatch(thread -> thread.contains("ErrorHandlerRedeliveryTask"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aBlockLongerThanTheMaximumWaitEndsInTheDeadLetterAtOnce(String dsl) throws Exception {
        Exchange failed = deadLetteredBySagesBlock(dsl, c -> c.setBlockDuration(5_000),
                Map.of("sage.error-handling.rate-limit-maximum-wait", "1000"));

        assertThat(failed.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class)).as("no redelivery")
                .isZero();
        assertThat(failed.getMessage().getHeaders()).doesNotContainKey(Exchange.REDELIVERY_DELAY);
        assertThat(sage().journal().count(e -> e.status() == 429)).as("the one 429, nothing sent into the block")
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aRateLimitThatOutlastsTheAttemptsEndsInTheDeadLetter(String dsl) throws Exception {
        deadLetteredBySagesBlock(dsl, c -> c.setBlockDuration(200), Map.of("sage.error-handling.rate-limit-redeliveries", "2"));

        assertThat(sage().journal().count(e -> e.status() == 429)).as("one try and two redeliveries").isEqualTo(3);
    }

    /** Two lists against Sage's window of one request: the second meets Sage's 30 s block and ends dead-lettered. */
    private Exchange deadLetteredBySagesBlock(String dsl, Consumer<SageConfiguration> options,
                                              Map<String, String> properties) throws Exception {
        sage().quota(QuotaSettings.sage().withWindow(1, Duration.ofSeconds(10)).withBlockDuration(Duration.ofSeconds(30)));
        start(dsl, options, properties);
        MockEndpoint dead = camel.context.getEndpoint("mock:dead", MockEndpoint.class);
        dead.expectedMessageCount(1);

        camel.template().sendBody("direct:list", null);
        camel.template().sendBody("direct:list", null);

        dead.assertIsSatisfied();
        Exchange failed = dead.getExchanges().get(0);
        assertThat(failed.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(SageRateLimitException.class);
        return failed;
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aServerErrorOnAReadIsRetriedWithGrowingDelays(String dsl) throws Exception {
        start(dsl, c -> { }, Map.of("sage.error-handling.server-error-delay", "100"));
        sage().faults().maintenance(true);

        endMaintenanceBeforeAttempt(4);

        Exchange read = BoundedWait.join(camel.template().asyncSend("direct:list", e -> { }));

        assertThat(read.getException()).isNull();
        List<JournalEntry> attempts = sage().journal().entries();
        assertThat(attempts).extracting(JournalEntry::status).containsExactly(503, 503, 503, 200);
        for (int i = 0; i + 1 < attempts.size(); i++) {
            assertThat(Duration.between(attempts.get(i).time(), attempts.get(i + 1).time()))
                    .as("delay before attempt %d doubles", i + 2).isGreaterThanOrEqualTo(ms(100L << i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void aServerErrorOnACreateIsNotRetriedButMaintenanceIs(String dsl) throws Exception {
        start(dsl, c -> { }, Map.of("sage.error-handling.server-error-delay", "50"));
        sage().faults().serverErrorRate(1.0, 1);

        Exchange failed = camel.template().send("direct:create", e -> e.getMessage().setBody(SageFixtures.customer()));

        assertThat(failed.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(SageServerException.class);
        assertThat(sage().journal().entries()).hasSize(1);

        sage().faults().clear();
        sage().journal().clear();
        sage().faults().maintenance(true);
        endMaintenanceBeforeAttempt(sendingThreads.size() + 3);
        Exchange create = BoundedWait.join(camel.template().asyncSend("direct:create",
                e -> e.getMessage().setBody(SageFixtures.customer())));
        assertThat(create.getException()).isNull();
        assertThat(sage().journal().entries()).extracting(JournalEntry::status).containsExactly(503, 503, 201);
    }

    @Test
    void aBlockMetWhileSearchingForALostCreateIsWaitedOutAndSaysTheOutcomeIsUnknown() throws Exception {
        start("java", c -> c.setBlockDuration(300), Map.of());
        sage().faults().forceBlock(SageSimulator.DEMO_API_KEY, DEMO_COMPANY_ID, Duration.ofMillis(300));

        Exchange result = camel.template().send("sage:customer?operation=save&reconcileBy=Name", e -> {
            e.getMessage().setBody(SageFixtures.customer());
            e.setProperty(SageExchangeProperties.CREATE_ATTEMPT, Instant.now().minusSeconds(5));
        });

        assertThat(result.getException()).isInstanceOf(SageUnknownOutcomeException.class)
                .hasMessageContaining("Could not tell whether the lost create of Customer Name=")
                .hasCauseInstanceOf(SageRateLimitException.class);
        assertThat(new SageBlockRedelivery(3).matches(result)).as("redelivered when the block lifts").isTrue();
        assertThat(result.getMessage().getHeader(Exchange.REDELIVERY_DELAY, Long.class)).isBetween(100L, 500L);
        assertThat(sage().journal().entries()).as("the search, and no create").singleElement()
                .satisfies(search -> assertThat(search.query()).containsKey("$filter"))
                .extracting(JournalEntry::status).isEqualTo(429);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void noAnswerToAReadIsRetried(String dsl) throws Exception {
        start(dsl, c -> c.setRequestTimeout(200), Map.of("sage.error-handling.server-error-delay", "50"));
        sage().faults().latency(Duration.ofMillis(600));

        beforeAttempt(2, () -> sage().faults().latency(Duration.ZERO));

        Exchange result = BoundedWait.join(camel.template().asyncSend("direct:list", e -> { }));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(Exchange.REDELIVERED, Boolean.class)).isTrue();
        assertThat(sendingThreads).as("the try that timed out, and one redelivery").hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void anErrorNotFromSageIsLeftToTheRoute(String dsl) throws Exception {
        start(dsl, c -> { }, Map.of());
        Exchange result = camel.template().send("direct:other", e -> { });
        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(IOException.class);
        assertThat(camel.context.getEndpoint("mock:other", MockEndpoint.class).getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void aYamlRouteAdoptsTheConfigurationByItsId() throws Exception {
        camel = new QuotaCamelFixture(sage(), c -> { });
        camel.context.getPropertiesComponent().addInitialProperty("sage.error-handling.server-error-delay", "50");
        RoutesLoader loader = PluginHelper.getRoutesLoader(camel.context);
        loader.loadRoutes(ResourceHelper.resolveMandatoryResource(camel.context, SageErrorHandling.YAML_RESOURCE));
        loader.loadRoutes(ResourceHelper.fromString("invoices.camel.yaml", """
                - route:
                    routeConfigurationId: sage-error-handling
                    from:
                      uri: direct:yaml
                      steps:
                        - to: sage:taxType?operation=get
                """));
        sage().faults().maintenance(true);

        CompletableFuture<Exchange> read = camel.template().asyncSend("direct:yaml", e -> { });
        await().pollInterval(ms(20)).until(() -> sage().journal().entries().size() >= 2);
        sage().faults().maintenance(false);

        assertThat(BoundedWait.join(read).getException()).isNull();
        assertThat(sage().journal().entries()).last().extracting(JournalEntry::status).isEqualTo(200);
    }

    private void start(String dsl, Consumer<SageConfiguration> options, Map<String, String> properties)
            throws Exception {
        camel = new QuotaCamelFixture(sage(), options);
        properties.forEach(camel.context.getPropertiesComponent()::addInitialProperty);
        if (dsl.equals("yaml")) {
            PluginHelper.getRoutesLoader(camel.context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(camel.context, SageErrorHandling.YAML_RESOURCE));
        } else {
            camel.context.addRoutes(new SageErrorHandling());
        }
        camel.routes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead"));
                interceptSendToEndpoint("sage:*").process(e -> {
                    sendingThreads.add(Thread.currentThread().getName());
                    beforeEachSend.run();
                });
                from("direct:list").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:taxType?operation=get")
                        .to("mock:done");
                from("direct:create").routeConfigurationId(SageErrorHandling.ID)
                        .to("sage:customer?operation=save");
                from("direct:other").routeConfigurationId(SageErrorHandling.ID)
                        .to("mock:other")
                        .throwException(new IOException("not from Sage"));
            }
        });
        camel.template();
    }

    /**
     * Changes Sage just before the component's {@code attempt}th request of the test (counting from 1), so the number
     * of failed attempts is exact, however fast or slow the machine.
     */
    private void beforeAttempt(int attempt, Runnable change) {
        beforeEachSend = () -> {
            if (sendingThreads.size() == attempt) {
                change.run();
            }
        };
    }

    private void endMaintenanceBeforeAttempt(int attempt) {
        beforeAttempt(attempt, () -> sage().faults().maintenance(false));
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }

    private Instant blockedUntil(long companyId) {
        return camel.context.getEndpoints().stream()
                .map(e -> e instanceof InterceptSendToEndpoint intercepted ? intercepted.getOriginalEndpoint() : e)
                .filter(SageEndpoint.class::isInstance).map(SageEndpoint.class::cast)
                .map(endpoint -> endpoint.quotaSnapshot(companyId))
                .filter(snapshot -> snapshot != null && snapshot.blockedUntil() != null)
                .map(snapshot -> snapshot.blockedUntil())
                .findFirst().orElse(null);
    }
}

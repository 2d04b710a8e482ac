package dev.camelsage.sage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls succeed and fail with every logger at TRACE (but those a subclass keeps at DEBUG), JMX on and the health
 * checks read: neither the password nor the API key may show in any log line, exception, JMX attribute or name,
 * health detail or URI Camel shows a person, while each endpoint's own URI still names that endpoint again.
 */
abstract class SecretsTestSupport extends SageTestSupport {

    static final String PASSWORD = SageSimulator.DEMO_PASSWORD;
    static final String OTHER_PASSWORD = "another-secret-pw";
    /** The key without braces or encoding, so every form it may be printed in matches. */
    private static final String KEY_CORE = SageSimulator.DEMO_API_KEY.substring(1, SageSimulator.DEMO_API_KEY.length() - 1);
    private static final String BASIC_TOKEN = Base64.getEncoder().encodeToString(
            (SageSimulator.DEMO_USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private static final ListAppender APPENDER = new ListAppender("secrets");
    private static final List<Level> LEVELS = new ArrayList<>();
    private static final List<String> KEPT_AT_DEBUG = new ArrayList<>();

    /** The three routes: customers (works), missing (404) and wrongPassword (401). */
    protected abstract String uri();

    protected abstract String wrongPasswordUri();

    @Override
    public void configureTest(TestExecutionConfiguration testExecutionConfiguration) {
        super.configureTest(testExecutionConfiguration);
        testExecutionConfiguration.withEnableJMX();
    }

    /**
     * Before the CamelContext is created (a subclass's {@code @BeforeAll}), so endpoint creation logs at TRACE too.
     *
     * @param keptAtDebug loggers kept at DEBUG because Camel core prints raw endpoint parameters at TRACE in them,
     *                    for every component
     */
    static void logEverythingAtTrace(List<String> keptAtDebug) {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        APPENDER.start();
        config.addAppender(APPENDER);
        for (LoggerConfig logger : config.getLoggers().values()) {
            LEVELS.add(logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        config.getRootLogger().addAppender(APPENDER, Level.TRACE, null);
        KEPT_AT_DEBUG.addAll(keptAtDebug);
        for (String camelCore : keptAtDebug) {
            config.addLogger(camelCore, new LoggerConfig(camelCore, Level.DEBUG, true));
        }
        logging.updateLoggers();
    }

    @AfterAll
    static void restoreLogging() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        config.getRootLogger().removeAppender(APPENDER.getName());
        KEPT_AT_DEBUG.forEach(config::removeLogger);
        KEPT_AT_DEBUG.clear();
        int i = 0;
        for (LoggerConfig logger : config.getLoggers().values()) {
            if (i < LEVELS.size()) {
                logger.setLevel(LEVELS.get(i++));
            }
        }
        LEVELS.clear();
        logging.updateLoggers();
        APPENDER.clear();
        APPENDER.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:customers").routeId("customers").to(uri());
                from("direct:missing").routeId("missing").to(uri() + "&operation=getById&id=999999");
                from("direct:wrongPassword").routeId("wrongPassword").to(wrongPasswordUri());
            }
        };
    }

    @Test
    void secretsWorkAndNeverShowInLogsUrisJmxHealthOrErrors() throws Exception {
        Exchange ok = template.send("direct:customers", e -> { });
        Exchange notFound = template.send("direct:missing", e -> { });
        Exchange refused = template.send("direct:wrongPassword", e -> { });

        assertThat(ok.getException()).isNull();
        assertThat(ok.getMessage().getBody(List.class)).isNotEmpty();
        assertThat(notFound.getException()).isNotNull();
        assertThat(refused.getException()).isNotNull();

        List<String> printed = new ArrayList<>();
        for (Endpoint endpoint : context.getEndpoints()) {
            assertThat(context.getEndpoint(endpoint.getEndpointUri())).as("its URI names the same endpoint again")
                    .isSameAs(endpoint);
            printed.add(endpoint.getEndpointBaseUri());
            printed.add(endpoint.toString());
            if (endpoint instanceof SageEndpoint sage) {
                printed.add(sage.getServiceUrl());
                printed.add(sage.getServiceMetadata().toString());
            }
        }
        MBeanServer jmx = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        for (ObjectName name : jmx.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null)) {
            printed.add(name.toString());
            printed.add(String.valueOf(jmx.getAttribute(name, "EndpointUri")));
        }
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        HealthCheckHelper.invoke(context).forEach(result -> printed.add(result.getDetails().toString()));
        context.getRoutes().forEach(route -> printed.add(route.getEndpoint() + " " + route));
        for (Exchange exchange : List.of(notFound, refused)) {
            for (Throwable t = exchange.getException(); t != null; t = t.getCause()) {
                printed.add(t.toString());
            }
        }
        for (LogEvent event : APPENDER.getEvents()) {
            if (!event.getLoggerName().startsWith("dev.camelsage.simulator")) {
                printed.add(event.getMessage().getFormattedMessage());
                for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                    printed.add(t.toString());
                }
            }
        }

        assertThat(APPENDER.getEvents()).as("TRACE logging was on from the start")
                .anySatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.TRACE));
        assertThat(printed).as("everything Camel and camel-sage printed").isNotEmpty().allSatisfy(text -> assertThat(text)
                .doesNotContain(PASSWORD).doesNotContain(OTHER_PASSWORD).doesNotContain(KEY_CORE)
                .doesNotContain(BASIC_TOKEN));
        assertThat(printed).as("the endpoints were read over JMX").anySatisfy(text -> assertThat(text)
                .startsWith("org.apache.camel:context=").contains("sage://customer"));
    }
}

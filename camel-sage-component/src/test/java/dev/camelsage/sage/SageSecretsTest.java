package dev.camelsage.sage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.test.appender.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password and API key are given in the endpoint URI (the riskiest place), everything logs at TRACE, and calls
 * succeed and fail: neither secret may show in any log line, exception message or URI Camel prints.
 */
class SageSecretsTest extends SageTestSupport {

    private static final String PASSWORD = SageSimulator.DEMO_PASSWORD;
    /** The key without braces or encoding, so every form it may be printed in matches. */
    private static final String KEY_CORE = SageSimulator.DEMO_API_KEY.substring(1, SageSimulator.DEMO_API_KEY.length() - 1);
    private static final String BASIC_TOKEN = Base64.getEncoder().encodeToString(
            (SageSimulator.DEMO_USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String URI = "sage:customer?companyId=1&password=RAW(" + PASSWORD + ")&apiKey="
                                      + SageSimulator.DEMO_API_KEY;

    /**
     * Camel core prints the raw URI of every endpoint it resolves at TRACE in these two classes, for any component;
     * no component can change that, so they stay at DEBUG (where Camel sanitizes). Everything else logs at TRACE,
     * DefaultComponent included, whose TRACE line prints the endpoint parameters.
     */
    private static final List<String> CAMEL_CORE_RAW_URI_LOGGERS = List.of(
            "org.apache.camel.impl.engine.AbstractCamelContext", "org.apache.camel.support.EndpointHelper");
    private static final ListAppender APPENDER = new ListAppender("secrets");
    private static final List<Level> LEVELS = new ArrayList<>();

    @Override
    protected void configure(SageConfiguration configuration) {
        configuration.setBaseUrl(sage().baseUrl());
        configuration.setUsername(SageSimulator.DEMO_USERNAME);
    }

    /** Before the CamelContext is created, so endpoint creation logs at TRACE too. */
    @BeforeAll
    static void logEverythingAtTrace() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        APPENDER.start();
        config.addAppender(APPENDER);
        for (LoggerConfig logger : config.getLoggers().values()) {
            LEVELS.add(logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        config.getRootLogger().addAppender(APPENDER, Level.TRACE, null);
        for (String camelCore : CAMEL_CORE_RAW_URI_LOGGERS) {
            config.addLogger(camelCore, new LoggerConfig(camelCore, Level.DEBUG, true));
        }
        logging.updateLoggers();
    }

    @AfterAll
    static void restoreLogging() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        config.getRootLogger().removeAppender(APPENDER.getName());
        CAMEL_CORE_RAW_URI_LOGGERS.forEach(config::removeLogger);
        int i = 0;
        for (LoggerConfig logger : config.getLoggers().values()) {
            logger.setLevel(LEVELS.get(i++));
        }
        logging.updateLoggers();
        APPENDER.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:customers").routeId("customers").to(URI);
                from("direct:missing").routeId("missing").to(URI + "&operation=getById&id=999999");
                from("direct:wrongPassword").routeId("wrongPassword")
                        .to("sage:customer?companyId=1&password=RAW(another-secret-pw)&apiKey=" + SageSimulator.DEMO_API_KEY);
            }
        };
    }

    @Test
    void secretsGivenInTheUriWorkAndNeverShowInLogsUrisOrErrors() {
        Exchange ok = template.send("direct:customers", e -> { });
        Exchange notFound = template.send("direct:missing", e -> { });
        Exchange refused = template.send("direct:wrongPassword", e -> { });

        assertThat(ok.getException()).isNull();
        assertThat(ok.getMessage().getBody(List.class)).isNotEmpty();
        assertThat(notFound.getException()).isNotNull();
        assertThat(refused.getException()).isNotNull();

        List<String> printed = new ArrayList<>();
        for (Endpoint endpoint : context.getEndpoints()) {
            printed.add(endpoint.getEndpointUri());
            printed.add(endpoint.getEndpointBaseUri());
            printed.add(endpoint.toString());
            if (endpoint instanceof SageEndpoint sage) {
                printed.add(sage.getServiceUrl());
                printed.add(sage.getServiceMetadata().toString());
            }
        }
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

        assertThat(APPENDER.getEvents()).as("TRACE logging was on from endpoint creation on")
                .anySatisfy(event -> assertThat(event.getMessage().getFormattedMessage()).contains("Creating endpoint uri=[sage"));
        assertThat(printed).as("everything Camel and camel-sage printed").isNotEmpty().allSatisfy(text -> assertThat(text)
                .doesNotContain(PASSWORD).doesNotContain("another-secret-pw").doesNotContain(KEY_CORE)
                .doesNotContain(BASIC_TOKEN));
        assertThat(context.getEndpoints()).anySatisfy(e -> assertThat(e.getEndpointUri()).contains("companyId=1"));
    }
}

package dev.camelsage.sage;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;

import dev.camelsage.simulator.SageSimulator;

/**
 * The password and API key in the endpoint URI, the riskiest place: Camel masks them ({@code secret = true} and its
 * sanitizer know {@code password} and {@code apiKey}) wherever it shows a URI. Camel core's own TRACE lines in the
 * loggers below print raw endpoint parameters for every component; production logs keep them at DEBUG, or, better,
 * credentials go on the component (see {@link SageSecretsOnComponentTest}).
 */
class SageSecretsInUriTest extends SecretsTestSupport {

    @Override
    protected void configure(SageConfiguration configuration) {
        configuration.setBaseUrl(sage().baseUrl());
        configuration.setUsername(SageSimulator.DEMO_USERNAME);
    }

    @Override
    protected String uri() {
        return "sage:customer?companyId=1&password=RAW(" + PASSWORD + ")&apiKey=" + SageSimulator.DEMO_API_KEY;
    }

    @Override
    protected String wrongPasswordUri() {
        return "sage:customer?companyId=1&password=RAW(" + OTHER_PASSWORD + ")&apiKey=" + SageSimulator.DEMO_API_KEY;
    }

    @BeforeAll
    static void traceEverything() {
        logEverythingAtTrace(List.of("org.apache.camel.impl.engine.AbstractCamelContext", "org.apache.camel.support.EndpointHelper",
                "org.apache.camel.support.DefaultComponent", "org.apache.camel.management",
                "org.apache.camel.support.management.MixinRequiredModelMBean"));
    }
}

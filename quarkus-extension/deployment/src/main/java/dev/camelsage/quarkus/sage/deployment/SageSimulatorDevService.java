package dev.camelsage.quarkus.sage.deployment;

import java.util.Map;
import java.util.OptionalInt;

import dev.camelsage.simulator.SageSimulator;

/**
 * A running Dev Services simulator, with the port it was asked for and the configuration that points the component at
 * it. Only the simulator's demo credentials are involved: they are public, and safe to log.
 */
record SageSimulatorDevService(SageSimulator simulator, OptionalInt requestedPort) implements AutoCloseable {

    static final String PREFIX = "camel.component.sage.";
    static final String BASE_URL = PREFIX + "base-url";

    static SageSimulatorDevService start(OptionalInt port) {
        SageSimulator simulator = SageSimulator.builder().port(port.orElse(0)).build().start();
        return new SageSimulatorDevService(simulator, port);
    }

    /** The component options that point it at the simulator, as the lowest-priority configuration. */
    Map<String, String> config() {
        return Map.of(
                BASE_URL, simulator.baseUrl(),
                PREFIX + "allow-insecure-http", "true",
                PREFIX + "username", SageSimulator.DEMO_USERNAME,
                PREFIX + "password", SageSimulator.DEMO_PASSWORD,
                PREFIX + "api-key", SageSimulator.DEMO_API_KEY,
                PREFIX + "company-id", String.valueOf(SageSimulator.DEMO_COMPANY_ID));
    }

    String describe() {
        return "Dev Services for Sage: the Sage simulator runs at " + simulator.baseUrl() + " with the demo company "
               + SageSimulator.DEMO_COMPANY_ID + " (Demo Trading (Pty) Ltd). Demo credentials (the simulator's own, not"
               + " secrets): username " + SageSimulator.DEMO_USERNAME + ", password " + SageSimulator.DEMO_PASSWORD
               + ", API key " + SageSimulator.DEMO_API_KEY + ". Set camel.component.sage.base-url, or"
               + " quarkus.camel.sage.devservices.enabled=false, to use a real Sage.";
    }

    @Override
    public void close() {
        simulator.close();
    }
}

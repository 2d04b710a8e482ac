package dev.camelsage.examples.springboot;

import java.util.Map;

import dev.camelsage.simulator.SageSimulator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Without Sage credentials (no SAGE_USERNAME in the environment) and unless {@code sage.simulator=false}, starts the
 * embedded simulator and points camel.component.sage.* at its demo company before Camel reads them.
 */
public class SimulatorConfiguration implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("sage.simulator", Boolean.class, true) || environment.containsProperty("SAGE_USERNAME")) {
            return;
        }
        SageSimulator simulator = SageSimulator.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "sage-simulator-stop"));
        environment.getPropertySources().addFirst(new MapPropertySource("sage-simulator", Map.of(
                "camel.component.sage.base-url", simulator.baseUrl(),
                "camel.component.sage.username", SageSimulator.DEMO_USERNAME,
                "camel.component.sage.password", SageSimulator.DEMO_PASSWORD,
                "camel.component.sage.api-key", SageSimulator.DEMO_API_KEY,
                "camel.component.sage.company-id", SageSimulator.DEMO_COMPANY_ID)));
    }
}

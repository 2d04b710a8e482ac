package dev.camelsage.examples.sync;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sync: a plain Camel Main whose routes are YAML ({@code routes/*.camel.yaml}) and whose configuration is
 * {@code application.properties}. This class only decides where Sage is: with {@code SAGE_USERNAME},
 * {@code SAGE_PASSWORD} and {@code SAGE_API_KEY} (and {@code SAGE_COMPANY_ID}) in the environment it is Sage itself;
 * with none of them it starts the embedded simulator ({@link DemoSage}) and points the component at its demo
 * company.
 */
public final class SageSyncApplication {

    static final List<String> CREDENTIALS = List.of("SAGE_USERNAME", "SAGE_PASSWORD", "SAGE_API_KEY");

    private static final Logger LOG = LoggerFactory.getLogger("sage-sync");

    private SageSyncApplication() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run(System.getenv(), args);
        } catch (Exception e) {
            LOG.error("The sync could not run: {}", e.getMessage(), e);
            exitCode = 1;
        }
        if (exitCode != 0) {
            // Camel Main's idle watcher thread is not a daemon and stays when start-up fails: exit explicitly.
            System.exit(exitCode);
        }
    }

    /** Runs the sync once against Sage or, without credentials, the embedded simulator; returns the exit code. */
    static int run(Map<String, String> environment, String... args) throws Exception {
        List<String> missing = CREDENTIALS.stream().filter(name -> isBlank(environment.get(name))).toList();
        if (missing.isEmpty()) {
            return sync(Map.of(), args);
        }
        if (missing.size() < CREDENTIALS.size()) {
            System.err.println("Sage credentials are incomplete: " + String.join(", ", missing) + " not set. Set all of "
                               + String.join(", ", CREDENTIALS) + " and SAGE_COMPANY_ID to sync with Sage, or none of"
                               + " them to run the demo against the embedded simulator.");
            return 2;
        }
        // The launcher cannot read application.properties before Camel does; -Dsync.work-dir moves both.
        Path customers = Path.of(System.getProperty("sync.work-dir", "target/sync"), "simulator-customers.json");
        try (DemoSage sage = DemoSage.start(customers)) {
            LOG.info("No Sage credentials in the environment: syncing with the demo company of the embedded simulator"
                     + " at {} (its customers are kept in {})", sage.simulator().baseUrl(), customers);
            return sync(demoCompany(sage.simulator()), args);
        }
    }

    /** Runs Camel Main until the routes are done; the properties override application.properties. */
    static int sync(Map<String, String> overrides, String... args) throws Exception {
        Main main = new Main(SageSyncApplication.class);
        overrides.forEach(main::addOverrideProperty);
        return main.run(args);
    }

    /** The component settings for the simulator's demo login and company. */
    static Map<String, String> demoCompany(SageSimulator simulator) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.sage.base-url", simulator.baseUrl());
        properties.put("camel.component.sage.username", SageSimulator.DEMO_USERNAME);
        properties.put("camel.component.sage.password", SageSimulator.DEMO_PASSWORD);
        properties.put("camel.component.sage.api-key", SageSimulator.DEMO_API_KEY);
        properties.put("camel.component.sage.company-id", String.valueOf(SageSimulator.DEMO_COMPANY_ID));
        return properties;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package dev.camelsage.karaf.itest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.SageSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * What a Karaf user does, in a real Apache Karaf 4.4: configure the example in {@code etc/} (credentials taken from
 * the environment), add the features repositories, {@code feature:install camel-sage}, install the example route
 * bundle. The route inside Karaf then lists and saves customers on the simulator running in this JVM.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class CamelSageKarafIT {

    private static final String EXAMPLE_PID = "dev.camelsage.examples.karaf";
    private static final String USERNAME = "karaf-itest@camelsage.dev";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final String API_KEY = UUID.randomUUID().toString();
    private static final long COMPANY_ID = 1;
    private static final String CUSTOMER_NAME = "Karaf Customer " + UUID.randomUUID().toString().substring(0, 8);
    private static final String VERSION = System.getProperty("camel-sage.version");

    private static SageSimulator sage;
    private static KarafInstance karaf;

    @BeforeAll
    static void startSimulatorAndKaraf() throws Exception {
        long started = System.nanoTime();
        sage = SageSimulator.builder().user(USERNAME, PASSWORD, COMPANY_ID).apiKey(API_KEY).start();
        karaf = KarafInstance.unpack(Path.of(System.getProperty("karaf.distribution")),
                Path.of(System.getProperty("karaf.instances")), Path.of(System.getProperty("karaf.repository")));
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("sage.baseUrl", sage.baseUrl());
        configuration.put("sage.username", USERNAME);
        configuration.put("sage.password", "$[env:SAGE_PASSWORD]");
        configuration.put("sage.apiKey", "$[env:SAGE_API_KEY]");
        configuration.put("sage.companyId", String.valueOf(COMPANY_ID));
        configuration.put("customerName", CUSTOMER_NAME);
        karaf.writeConfiguration(EXAMPLE_PID, configuration);
        karaf.start(Map.of("SAGE_PASSWORD", PASSWORD, "SAGE_API_KEY", API_KEY), Duration.ofMinutes(4));
        System.out.printf("Karaf unpacked and started in %d ms%n", elapsedMillis(started));
    }

    @AfterAll
    static void stopKarafAndSimulator() throws Exception {
        long started = System.nanoTime();
        try {
            if (karaf != null) {
                karaf.close();
            }
        } finally {
            if (sage != null) {
                sage.close();
            }
        }
        System.out.printf("Karaf stopped in %d ms%n", elapsedMillis(started));
    }

    @Test
    void featureInstallsAndTheExampleRouteListsAndSavesCustomersOnTheSimulator() throws Exception {
        long started = System.nanoTime();
        int seededCustomers = sage.store().count(COMPANY_ID, "Customer");

        String bundles = karaf.execute(
                "feature:repo-add file:" + System.getProperty("camel-wrapped.features"),
                "feature:repo-add mvn:dev.camelsage/camel-sage-features/" + VERSION + "/xml/features",
                "feature:install camel-sage",
                "bundle:install -s mvn:dev.camelsage/camel-sage-example-karaf/" + VERSION,
                "bundle:list -s -t 0 --no-format");
        System.out.printf("Features and example installed in %d ms%n", elapsedMillis(started));
        assertThat(bundles)
                .containsPattern("Active.*dev\\.camelsage\\.camel-sage\\s")
                .containsPattern("Active.*dev\\.camelsage\\.camel-sage-example-karaf\\s");

        ObjectNode saved = await("the route inside Karaf saves " + CUSTOMER_NAME)
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> savedCustomer().orElse(null), customer -> customer != null);
        long id = saved.get("ID").asLong();
        await("Karaf logs the saved customer's ID").atMost(Duration.ofSeconds(30))
                .until(() -> karaf.log().contains("Saved customer " + CUSTOMER_NAME + " as ID " + id));
        System.out.printf("Route ran %d ms after the installation began%n", elapsedMillis(started));

        assertThat(karaf.log()).contains("Sage lists " + seededCustomers + " customers");
        List<JournalEntry> calls = sage.journal().entries(entry -> "Customer".equalsIgnoreCase(entry.service()));
        assertThat(calls)
                .extracting(JournalEntry::method, JournalEntry::status, JournalEntry::username, JournalEntry::companyId)
                .containsExactly(tuple("Get", 200, USERNAME, COMPANY_ID), tuple("Save", 201, USERNAME, COMPANY_ID));
        assertThat(karaf.log() + karaf.console()).doesNotContain(PASSWORD).doesNotContain(API_KEY);
        assertThat(karaf.downloadedArtifacts()).as("artifacts Karaf downloaded itself").isEmpty();
    }

    private static Optional<ObjectNode> savedCustomer() {
        return sage.store().list(COMPANY_ID, "Customer").stream()
                .filter(customer -> CUSTOMER_NAME.equals(customer.path("Name").asText()))
                .findFirst();
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}

package dev.camelsage.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded day of bookkeeping through Sage's faults, checked afterwards: nothing lost, nothing doubled. The default
 * build runs the short day with a fixed seed; {@code -Pbench} runs the long one, {@code -Dchaos.seed=N} replays a seed.
 */
class ChaosRunTest {

    static final long DEFAULT_SEED = 20261202L;

    @Test
    void aDayOfBookkeepingThroughSagesFaultsLosesAndDoublesNothing() throws Exception {
        ChaosSettings settings = ChaosSettings.of(System.getProperty("chaos.size", "short"));
        String seedProperty = System.getProperty("chaos.seed", "");
        long seed = seedProperty.isBlank() ? DEFAULT_SEED : Long.parseLong(seedProperty.trim());
        // The history stays for a look after the run: dead letters, mirror, consumer state.
        Path dir = Path.of("target", "chaos-" + settings.name() + "-" + seed);
        deleteRecursively(dir);

        ChaosReport report = new ChaosRun(seed, settings, dir).run();

        assertThat(report.violations).as("broken guarantees, seed %d", seed).isEmpty();
        assertThat(report.injected).as("every fault kind of the plan was injected").containsKeys(
                "SERVER_ERROR", "SERVICE_UNAVAILABLE", "CONNECTION_RESET", "ANSWER_DROPPED", "DELAY_AFTER_PROCESSING",
                "MAINTENANCE", "FORCED_BLOCK", "CREDENTIALS_CHANGED");
        assertThat(report.succeeded).as("the day did its work").isGreaterThan(report.operations / 2);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

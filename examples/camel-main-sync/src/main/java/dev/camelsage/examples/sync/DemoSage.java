package dev.camelsage.examples.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SimulatorClock;

/**
 * The embedded simulator as the demo's Sage, made to behave like one Sage across runs: its demo data is stamped
 * with the same instant every run (so the invoices the first run wrote are not new to the second), and the
 * customers are kept in a file between runs (so the second run finds the ones the first created).
 */
final class DemoSage implements AutoCloseable {

    /** When the demo company's data was "entered"; the simulator's clock runs on from here. */
    static final Instant DEMO_DAY = Instant.parse("2026-01-05T06:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long COMPANY = SageSimulator.DEMO_COMPANY_ID;

    private final SageSimulator simulator;
    private final Path customersFile;

    private DemoSage(SageSimulator simulator, Path customersFile) {
        this.simulator = simulator;
        this.customersFile = customersFile;
    }

    static DemoSage start(Path customersFile) throws IOException {
        DemoClock clock = new DemoClock();
        SageSimulator simulator = SageSimulator.builder().clock(clock).start();
        if (Files.exists(customersFile)) {
            for (JsonNode customer : JSON.readTree(customersFile.toFile())) {
                if (simulator.store().get(COMPANY, "Customer", customer.get("ID").asLong()).isEmpty()) {
                    simulator.store().insert(COMPANY, "Customer", (ObjectNode) customer);
                }
            }
        }
        clock.run();
        return new DemoSage(simulator, customersFile);
    }

    SageSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        try {
            Files.createDirectories(customersFile.toAbsolutePath().getParent());
            JSON.writeValue(customersFile.toFile(), simulator.store().list(COMPANY, "Customer"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the simulator's customers in " + customersFile, e);
        } finally {
            simulator.close();
        }
    }

    /** Stands at {@link #DEMO_DAY} while the demo data is seeded, then runs at the speed of real time. */
    private static final class DemoClock implements SimulatorClock {

        private volatile long startedNanos = -1;

        void run() {
            startedNanos = System.nanoTime();
        }

        @Override
        public Instant now() {
            long started = startedNanos;
            return started < 0 ? DEMO_DAY : DEMO_DAY.plus(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}

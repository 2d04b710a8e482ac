package dev.camelsage.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * JUnit 5: starts one simulator per test class and resets it before each test.
 * <pre>
 * &#64;RegisterExtension
 * static SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -&gt; b.quota(QuotaSettings.sage()));
 * </pre>
 * With {@link #withManualClock(Instant)} the simulator runs on a {@link ManualClock} that the extension owns and sets
 * back to its start before each test, so no test sees the time another test moved to.
 */
public final class SageSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final Consumer<SageSimulator.Builder> configuration;
    private Instant clockStart;
    private ManualClock clock;
    private SageSimulator simulator;
    /** The class whose beforeAll started the simulator; @Nested classes share it and must not stop it. */
    private String owner;

    private SageSimulatorExtension(Consumer<SageSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    public static SageSimulatorExtension create() {
        return create(b -> { });
    }

    public static SageSimulatorExtension create(Consumer<SageSimulator.Builder> configuration) {
        return new SageSimulatorExtension(configuration);
    }

    /** Runs the simulator on a manual clock starting at {@code start}, set back to it before each test. */
    public SageSimulatorExtension withManualClock(Instant start) {
        this.clockStart = Objects.requireNonNull(start, "start");
        this.clock = new ManualClock(start);
        return this;
    }

    /** The manual clock of {@link #withManualClock(Instant)}. */
    public ManualClock clock() {
        if (clock == null) {
            throw new IllegalStateException("No manual clock: create the extension with withManualClock(start)");
        }
        return clock;
    }

    /** The running simulator (between beforeAll and afterAll). */
    public SageSimulator get() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator starts in beforeAll; register the extension on a static field");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (simulator != null) {
            return;
        }
        owner = context.getUniqueId();
        SageSimulator.Builder builder = SageSimulator.builder();
        configuration.accept(builder);
        if (clock != null) {
            builder.clock(clock);
        }
        simulator = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (clock != null) {
            clock.set(clockStart);
        }
        get().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null && context.getUniqueId().equals(owner)) {
            simulator.close();
            simulator = null;
        }
    }
}

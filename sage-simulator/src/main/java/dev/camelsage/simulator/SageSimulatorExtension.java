package dev.camelsage.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Consumer;

/**
 * JUnit 5: starts one simulator per test class and resets it before each test.
 * <pre>
 * &#64;RegisterExtension
 * static SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -&gt; b.quota(QuotaSettings.sage()));
 * </pre>
 */
public final class SageSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final Consumer<SageSimulator.Builder> configuration;
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
        simulator = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
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

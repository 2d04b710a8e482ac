package dev.camelsage.quarkus.sage.deployment;

import java.util.Map;
import java.util.function.LongSupplier;

import dev.camelsage.simulator.SageSimulator;

/**
 * One simulator per test JVM, started by the tests themselves. QuarkusUnitTest loads a test class twice (JUnit's class
 * loader, then Quarkus'), so what the second copy needs is kept in the system properties behind JDK types only: its
 * URL, and the journal and fault switches as a {@link LongSupplier} and a {@link Runnable}.
 */
final class TestSimulator {

    private static final String KEY = TestSimulator.class.getName();

    private TestSimulator() {
    }

    static synchronized String baseUrl() {
        Map<Object, Object> shared = System.getProperties();
        if (!shared.containsKey(KEY + ".baseUrl")) {
            SageSimulator simulator = SageSimulator.builder().port(0).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
            shared.put(KEY + ".requests", (LongSupplier) () -> simulator.journal().entries().size());
            shared.put(KEY + ".answered429", (LongSupplier) () -> simulator.journal().count(e -> e.status() == 429));
            shared.put(KEY + ".forceBlock", (Runnable) () -> simulator.faults()
                    .forceBlock(SageSimulator.DEMO_API_KEY, SageSimulator.DEMO_COMPANY_ID));
            shared.put(KEY + ".baseUrl", simulator.baseUrl());
        }
        return (String) shared.get(KEY + ".baseUrl");
    }

    /** Requests the simulator received, answered or not. */
    static long requests() {
        return ((LongSupplier) require("requests")).getAsLong();
    }

    static long answered429() {
        return ((LongSupplier) require("answered429")).getAsLong();
    }

    /** Blocks the demo API key in the demo company now, as 101 requests in a minute would. */
    static void forceBlock() {
        ((Runnable) require("forceBlock")).run();
    }

    /** The properties that point the component at this simulator with its demo credentials. */
    static Map<String, String> componentConfig() {
        return Map.of(
                "camel.component.sage.base-url", baseUrl(),
                "camel.component.sage.allow-insecure-http", "true",
                "camel.component.sage.username", SageSimulator.DEMO_USERNAME,
                "camel.component.sage.password", SageSimulator.DEMO_PASSWORD,
                "camel.component.sage.api-key", SageSimulator.DEMO_API_KEY,
                "camel.component.sage.company-id", String.valueOf(SageSimulator.DEMO_COMPANY_ID));
    }

    private static Object require(String what) {
        baseUrl();
        return System.getProperties().get(KEY + "." + what);
    }
}

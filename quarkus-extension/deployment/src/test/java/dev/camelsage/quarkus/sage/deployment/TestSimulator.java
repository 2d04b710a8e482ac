package dev.camelsage.quarkus.sage.deployment;

import java.util.Map;
import java.util.function.LongConsumer;

import dev.camelsage.simulator.SageSimulator;

/**
 * One simulator per test JVM, started by the tests themselves. QuarkusUnitTest loads a test class twice (JUnit's class
 * loader, then Quarkus'), so what the second copy needs is kept in the system properties behind JDK types only: its
 * URL, and the fault switch that blocks a company as a {@link LongConsumer}.
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
            shared.put(KEY + ".forceBlock", (LongConsumer) company -> simulator.faults()
                    .forceBlock(SageSimulator.DEMO_API_KEY, company));
            shared.put(KEY + ".baseUrl", simulator.baseUrl());
        }
        return (String) shared.get(KEY + ".baseUrl");
    }

    /**
     * Blocks the demo API key in a company now, as 101 requests in a minute would. The simulator serves every test
     * class of the JVM: block only a company no other test class uses.
     */
    static void forceBlock(long companyId) {
        ((LongConsumer) require("forceBlock")).accept(companyId);
    }

    private static Object require(String what) {
        baseUrl();
        return System.getProperties().get(KEY + "." + what);
    }
}

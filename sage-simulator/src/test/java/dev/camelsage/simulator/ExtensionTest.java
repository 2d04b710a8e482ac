package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    @Test
    void startsOnAFreeLoopbackPortWithSagesQuotaByDefault() {
        assertThat(SAGE.get().journal().entries()).as("reset before each test").isEmpty();
        assertThat(SAGE.get().baseUrl()).isEqualTo("http://127.0.0.1:" + SAGE.get().port());
        assertThat(SAGE.get().port()).isPositive();
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").send().status()).isEqualTo(200);
    }

    @Test
    void resetsBeforeEachTest() {
        assertThat(SAGE.get().journal().entries()).isEmpty();
        SageCall.get(SAGE.get(), "TaxType/Get").send();
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheOuterSimulator() {
            assertThat(SAGE.get().journal().entries()).isEmpty();
            assertThat(SageCall.get(SAGE.get(), "TaxType/Get").send().status()).isEqualTo(200);
        }
    }
}

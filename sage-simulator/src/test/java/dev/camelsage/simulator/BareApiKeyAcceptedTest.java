package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code acceptBareApiKey(true)} a key without braces works ({@link ProtocolTest} covers the default refusal). */
class BareApiKeyAcceptedTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited())
            .acceptBareApiKey(true));

    @Test
    void aBareGuidIsAcceptedAndAnUnknownOneStillRefused() {
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").param("apikey", "8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b").send().status())
                .isEqualTo(200);
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").send().status()).as("braced as well").isEqualTo(200);
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").param("apikey", "00000000-0000-0000-0000-000000000000").send().status())
                .isEqualTo(401);
    }
}

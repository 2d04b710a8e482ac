package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JournalTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()))
            .withManualClock(Instant.parse("2026-07-01T10:00:00Z"));

    @Test
    void recordsWhatArrivedWithSecretsRedacted() {
        SageCall.get(SAGE.get(), "Customer/Get/" + Seed.customer(SAGE.get())).param("APIKey", SageSimulator.DEMO_API_KEY)
                .param("$Top", "5").send();

        JournalEntry entry = SAGE.get().journal().entries().get(0);
        assertThat(entry.time()).isEqualTo(SAGE.clock().now());
        assertThat(entry.username()).isEqualTo(SageSimulator.DEMO_USERNAME);
        assertThat(entry.apiKey()).isEqualTo("8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b");
        assertThat(entry.companyId()).isEqualTo(1L);
        assertThat(entry.httpMethod()).isEqualTo("GET");
        assertThat(entry.service()).isEqualTo("Customer");
        assertThat(entry.method()).isEqualTo("Get");
        assertThat(entry.id()).isEqualTo(String.valueOf(Seed.customer(SAGE.get())));
        assertThat(entry.query()).containsEntry("$top", "5").containsKey("apikey");
        assertThat(entry.headers()).containsEntry("authorization", "Basic " + SageSimulator.DEMO_USERNAME);
        assertThat(entry.headers().toString()).doesNotContain(SageSimulator.DEMO_PASSWORD);
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.whileBlocked()).isFalse();
    }

    @Test
    void recordsRejectedRequestsToo() {
        SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send();
        SageCall.get(SAGE.get(), "TaxType/Get").contentType(null).send();

        assertThat(SAGE.get().journal().entries()).extracting(JournalEntry::status).containsExactly(401, 415);
        assertThat(SAGE.get().journal().entries()).extracting(JournalEntry::username)
                .containsOnly(SageSimulator.DEMO_USERNAME);
        assertThat(SAGE.get().journal().count(e -> e.status() == 401)).isEqualTo(1);
    }

    @Test
    void maxRequestsInAnyWindowSlides() {
        for (int i = 0; i < 3; i++) {
            SageCall.get(SAGE.get(), "TaxType/Get").send();
            SAGE.clock().advance(Duration.ofSeconds(4));
        }
        // Arrivals at 0 s, 4 s and 8 s: any 10-second window holds all three, any 5-second window two.
        assertThat(SAGE.get().journal().maxRequestsInAnyWindow(SageSimulator.DEMO_API_KEY, 1, Duration.ofSeconds(10))).isEqualTo(3);
        assertThat(SAGE.get().journal().maxRequestsInAnyWindow("8E2F1C4A-5B6D-4E7F-9A0B-1C2D3E4F5A6B", 1, Duration.ofSeconds(5)))
                .isEqualTo(2);
        assertThat(SAGE.get().journal().maxRequestsInAnyWindow(SageSimulator.DEMO_API_KEY, 2, Duration.ofSeconds(10))).isZero();
    }

    @Test
    void resetClearsTheJournal() {
        SageCall.get(SAGE.get(), "TaxType/Get").send();

        SAGE.get().reset();

        assertThat(SAGE.get().journal().entries()).isEmpty();
    }
}

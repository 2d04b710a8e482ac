package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static SageCall.Reply taxTypes() {
        return SageCall.get(SAGE.get(), "TaxType/Get").send();
    }

    @Test
    void maintenanceAnswers503UntilSwitchedOff() {
        SAGE.get().faults().maintenance(true);

        SageCall.Reply reply = taxTypes();
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.message()).isEqualTo("The service is unavailable due to scheduled maintenance.");

        SAGE.get().faults().maintenance(false);
        assertThat(taxTypes().status()).isEqualTo(200);
    }

    @Test
    void serverErrorRateFailsThatShareOfRequests() {
        SAGE.get().faults().serverErrorRate(0.5, 42);
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            statuses.add(taxTypes().status());
        }

        assertThat(statuses).contains(500, 200);
        assertThat(statuses).containsOnly(500, 200);
        assertThat(statuses.stream().filter(s -> s == 500).count()).isBetween(10L, 30L);
    }

    @Test
    void serverErrorsCarrySagesBody() {
        SAGE.get().faults().serverErrorRate(1.0, 1);

        SageCall.Reply reply = taxTypes();

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).isEqualTo("{\"Message\":\"An error has occurred.\"}");
    }

    @Test
    void latencyDelaysEveryAnswer() {
        SAGE.get().faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();

        taxTypes();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void droppedSaveCommitsButTheClientGetsNoAnswer() {
        SAGE.get().faults().dropConnectionAfterSave(1);

        assertThatThrownBy(() -> SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Lost Reply Ltd\"}").send())
                .isInstanceOf(UncheckedIOException.class);

        assertThat(SAGE.get().store().list(1, "Customer")).filteredOn(c -> c.get("Name").asText().equals("Lost Reply Ltd")).hasSize(1);
        assertThat(SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Answered Ltd\"}").send().status())
                .as("only the next N saves are dropped").isEqualTo(201);
    }

    @Test
    void clearSwitchesEveryFaultOff() {
        SAGE.get().faults().maintenance(true);
        SAGE.get().faults().serverErrorRate(1.0, 1);

        SAGE.get().faults().clear();

        assertThat(taxTypes().status()).isEqualTo(200);
    }
}

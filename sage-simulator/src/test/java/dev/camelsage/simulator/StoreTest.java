package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoreTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()))
            .withManualClock(Instant.parse("2026-01-15T12:30:45.678Z"));

    @Test
    void seedCustomersGeneratesManyDistinctCustomers() {
        int before = SAGE.get().store().count(1, "Customer");

        SAGE.get().store().seedCustomers(1, 20_000);

        assertThat(SAGE.get().store().count(1, "Customer")).isEqualTo(before + 20_000);
        assertThat(SageCall.get(SAGE.get(), "Customer/Get").send().json().get("TotalResults").asInt()).isEqualTo(before + 20_000);
    }

    @Test
    void insertStampsIdAndCreatedFromTheClockAndLeavesModifiedEmptyAsASaveDoes() {
        ObjectNode saved = SAGE.get().store().insert(1, "Customer", DemoData.obj("Name", "Direct"));

        assertThat(saved.get("ID").asLong()).isPositive();
        assertThat(saved.get("Created").asText()).isEqualTo("2026-01-15T12:30:45.678");
        assertThat(saved.has("Modified")).isFalse();
    }

    @Test
    void updateMovesModifiedUnlessTheChangeSetsIt() {
        long id = SAGE.get().store().insert(1, "Customer", DemoData.obj("Name", "Direct")).get("ID").asLong();
        SAGE.clock().advance(Duration.ofMinutes(5));

        ObjectNode updated = SAGE.get().store().update(1, "Customer", id, c -> c.put("Email", "x@y.co.za"));
        ObjectNode backdated = SAGE.get().store().update(1, "Customer", id, c -> c.put("Modified", "2020-01-01T00:00:00.000"));

        assertThat(updated.get("Modified").asText()).isEqualTo("2026-01-15T12:35:45.678");
        assertThat(backdated.get("Modified").asText()).isEqualTo("2020-01-01T00:00:00.000");
    }

    @Test
    void storeHandsOutCopies() {
        long id = Seed.customer(SAGE.get());

        SAGE.get().store().get(1, "Customer", id).orElseThrow().put("Name", "Changed outside");

        assertThat(SAGE.get().store().get(1, "Customer", id).orElseThrow().get("Name").asText()).isEqualTo("Acme Hardware (Pty) Ltd");
    }

    @Test
    void resetRestoresTheSeed() {
        SAGE.get().store().delete(1, "Customer", SAGE.get().store().insert(1, "Customer", DemoData.obj("Name", "Tmp")).get("ID").asLong());
        SAGE.get().store().seedCustomers(1, 5);

        SAGE.get().reset();

        assertThat(SAGE.get().store().count(1, "Customer")).isEqualTo(12);
        assertThat(SAGE.get().store().count(2, "Customer")).isEqualTo(3);
    }

    @Test
    void snapshotListsEveryServiceOfACompanyForACheckerToRead() {
        SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Checked Ltd\"}").send();

        var snapshot = SAGE.get().store().snapshot(1);

        assertThat(SAGE.get().store().companies()).containsExactly(1L, 2L);
        assertThat(snapshot).containsKeys("Customer", "TaxInvoice", "Allocation", "JournalEntry", "Company");
        assertThat(snapshot.get("Customer")).hasSize(13).anyMatch(c -> c.get("Name").asText().equals("Checked Ltd"));
        assertThat(snapshot.get("TaxInvoice")).allMatch(i -> i.has("Lines"));
        snapshot.get("Customer").get(0).put("Name", "changed outside");
        assertThat(SAGE.get().store().list(1, "Customer").get(0).get("Name").asText()).isNotEqualTo("changed outside");
    }
}

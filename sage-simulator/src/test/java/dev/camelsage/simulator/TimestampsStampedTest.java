package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code emptyModifiedOnCreate(false)} a new record's Modified equals its Created. */
class TimestampsStampedTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited())
            .emptyModifiedOnCreate(false)).withManualClock(Instant.parse("2026-06-01T08:00:00Z"));

    @Test
    void aNewRecordHasModifiedEqualToCreated() {
        JsonNode created = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Stamped Ltd\"}").send().json();

        assertThat(created.get("Modified").asText()).isEqualTo(created.get("Created").asText());
    }

    @Test
    void journalEntriesStillHaveNeither() {
        JsonNode entry = SageCall.post(SAGE.get(), "JournalEntry/Save", TimestampsTest.journalEntry(SAGE.get())).send().json();

        assertThat(entry.has("Created") || entry.has("Modified")).isFalse();
    }
}

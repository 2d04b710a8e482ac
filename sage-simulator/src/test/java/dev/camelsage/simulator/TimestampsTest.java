package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Created and Modified: not every model has them (JournalEntry, CustomerWriteOff, AccountNote), and by default
 * Modified stays empty until a record's first edit ({@link TimestampsStampedTest} for the other choice).
 */
class TimestampsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()))
            .withManualClock(Instant.parse("2026-06-01T08:00:00Z"));

    @Test
    void aNewRecordHasCreatedButNoModifiedUntilItsFirstUpdate() {
        JsonNode created = SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Fresh Ltd\"}").send().json();
        SAGE.clock().advance(Duration.ofMinutes(5));
        JsonNode updated = SageCall.post(SAGE.get(), "Customer/Save",
                "{\"ID\":" + created.get("ID") + ",\"Name\":\"Fresh Ltd\",\"Active\":true}").send().json();

        assertThat(created.get("Created").asText()).isEqualTo("2026-06-01T08:00:00.000");
        assertThat(created.has("Modified")).isFalse();
        assertThat(updated.get("Created").asText()).isEqualTo("2026-06-01T08:00:00.000");
        assertThat(updated.get("Modified").asText()).isEqualTo("2026-06-01T08:05:00.000");
    }

    @Test
    void aFilterOnModifiedMissesRecordsNeverEdited() {
        SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Never Edited Ltd\"}").send();

        JsonNode page = SageCall.get(SAGE.get(), "Customer/Get")
                .param("$filter", "Modified ge datetime'2026-06-01'").send().json();

        assertThat(page.findValuesAsText("Name")).doesNotContain("Never Edited Ltd");
    }

    @Test
    void journalEntriesHaveNeitherCreatedNorModified() {
        JsonNode entry = SageCall.post(SAGE.get(), "JournalEntry/Save", journalEntry(SAGE.get())).send().json();

        assertThat(entry.has("Created")).isFalse();
        assertThat(entry.has("Modified")).isFalse();
        assertThat(SageCall.get(SAGE.get(), "JournalEntry/Get").send().body()).doesNotContain("\"Created\"", "\"Modified\"");
    }

    @Test
    void customerWriteOffsAndAccountNotesHaveNeitherEither() {
        JsonNode writeOff = SageCall.post(SAGE.get(), "CustomerWriteOff/Save", "{\"CustomerId\":" + Seed.customer(SAGE.get())
                + ",\"Date\":\"2026-06-01\",\"Total\":5}").send().json();
        JsonNode note = SageCall.post(SAGE.get(), "AccountNote/Save", "{\"Subject\":\"s\",\"ActionDate\":\"2026-06-01\"}")
                .send().json();

        assertThat(writeOff.has("Created") || writeOff.has("Modified")).isFalse();
        assertThat(note.has("Created") || note.has("Modified")).isFalse();
    }

    @Test
    void filteringJournalEntriesOnModifiedFindsNothing() {
        SageCall.post(SAGE.get(), "JournalEntry/Save", journalEntry(SAGE.get())).send();

        SageCall.Reply reply = SageCall.get(SAGE.get(), "JournalEntry/Get").param("$filter", "Modified ge datetime'2000-01-01'").send();

        assertThat(reply.status()).as("the model has no such property").isEqualTo(400);
        assertThat(reply.message()).contains("Modified");
    }

    static String journalEntry(SageSimulator sim) {
        return "{\"Date\":\"2026-06-12\",\"AccountId\":" + Seed.salesAccount(sim) + ",\"Effect\":1,\"Total\":10}";
    }
}

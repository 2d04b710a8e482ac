package dev.camelsage.sage.internal.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SageWatermarkPagingTest {

    @Test
    void selectsLaterModifiedOrLaterIdAtTheSameModified() {
        SageWatermark watermark = new SageWatermark("2024-04-18T10:00:00.123", 42);

        assertThat(watermark.after("Modified")).isEqualTo("(Modified gt datetime'2024-04-18T10:00:00.123'"
                                                + " or (Modified eq datetime'2024-04-18T10:00:00.123' and ID gt 42))");
    }

    @Test
    void roundTripsThroughTheStateRepositoryForm() {
        SageWatermark watermark = new SageWatermark("2024-04-18T10:00:00.123", 42);

        assertThat(SageWatermark.fromState(watermark.toState())).isEqualTo(watermark);
        assertThat(SageWatermark.fromState(null)).isNull();
        assertThat(SageWatermark.fromState("")).isNull();
    }

    @Test
    void isTakenFromARecordsModifiedAndId() {
        assertThat(SageWatermark.of(JsonNodeFactory.instance.objectNode().put("ID", 7).put("Modified", "2024-04-18"), "Modified"))
                .isEqualTo(new SageWatermark("2024-04-18", 7));
        assertThat(SageWatermark.of(JsonNodeFactory.instance.objectNode().put("ID", 7).putNull("Modified"), "Modified")).isNull();
    }

    @Test
    void sinceAcceptsBeginningNowAndLocalDates() {
        assertThat(SageSince.parse(null)).isInstanceOf(SageSince.Beginning.class);
        assertThat(SageSince.parse("NOW")).isInstanceOf(SageSince.Now.class);
        assertThat(SageSince.parse("2024-01-31")).isEqualTo(new SageSince.From(new SageWatermark("2024-01-31", 0)));
        assertThat(SageSince.parse("2024-01-31T08:00:00"))
                .isEqualTo(new SageSince.From(new SageWatermark("2024-01-31T08:00:00", 0)));
    }

    @Test
    void sinceRefusesAnythingElseWithTheAcceptedForms() {
        assertThatThrownBy(() -> SageSince.parse("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'yesterday'").hasMessageContaining("beginning, now, or a date");
        assertThatThrownBy(() -> SageSince.parse("2024-01-31T08:00:00+02:00"))
                .hasMessageContaining("without offset");
    }

    @Test
    void refusesADateWithAQuoteAnywhereSoNoFilterCanBeInjected() {
        assertThatThrownBy(() -> new SageWatermark("'2024-04-18", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a Modified date");
        assertThatThrownBy(() -> new SageWatermark("2024-04-18' or ID gt 0 or Modified eq '", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAStoredWatermarkWithoutSeparatorOrDate() {
        assertThatThrownBy(() -> SageWatermark.fromState("2024-04-18")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not Modified|ID");
        assertThatThrownBy(() -> SageWatermark.fromState("|5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a Modified date");
    }

    @Test
    void keysetContinuesAfterTheLastRecordsVersionOrGivesUpWithoutIt() {
        SageKeyset<JsonNode> keyset = SageWatermark.keyset("Created");

        assertThat(keyset.after(JsonNodeFactory.instance.objectNode().put("ID", 9).put("Created", "2024-04-18T10:00:00")))
                .isEqualTo(new SageWatermark("2024-04-18T10:00:00", 9).after("Created"));
        assertThat(keyset.after(JsonNodeFactory.instance.objectNode().put("ID", 9))).isNull();
    }
}

package dev.camelsage.sage.internal.paging;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.model.SageDates;

/**
 * The last version of a record a change consumer has delivered: its {@code Modified} (as Sage wrote it) and its
 * {@code ID}. Records sort by ({@code Modified}, {@code ID}); everything after the watermark is new or changed, so
 * each version is delivered once even when hundreds of records share one {@code Modified}.
 *
 * @param modified {@code Modified} exactly as Sage returned it (local time, no offset), such as
 *                 {@code 2015-08-28T13:15:27.867}
 * @param id       the record's {@code ID}; 0 to include every record of that {@code Modified}
 */
public record SageWatermark(String modified, long id) {

    private static final char SEPARATOR = '|';

    public SageWatermark {
        if (modified == null || modified.isBlank() || modified.indexOf('\'') >= 0) {
            throw new IllegalArgumentException("A watermark needs a Modified date, but got '" + modified + "'");
        }
    }

    /**
     * The watermark of a record by its {@code stamp} field ({@code Modified}, or {@code Created} for records never
     * edited), or {@code null} when it has no such date or no numeric {@code ID}.
     */
    public static SageWatermark of(JsonNode record, String stamp) {
        JsonNode modified = record.get(stamp);
        JsonNode id = record.get("ID");
        if (modified == null || !modified.isTextual() || modified.asText().isBlank() || id == null
                || !id.canConvertToLong()) {
            return null;
        }
        return new SageWatermark(modified.asText(), id.asLong());
    }

    /** The OData condition selecting the versions after this one, parenthesised so it can join a filter with and. */
    public String after(String stamp) {
        String at = "datetime'" + modified + "'";
        return "(" + stamp + " gt " + at + " or (" + stamp + " eq " + at + " and ID gt " + id + "))";
    }

    /** The watermark before every record modified at or after {@code time} (cut to milliseconds, never later). */
    public static SageWatermark before(LocalDateTime time) {
        return new SageWatermark(SageDates.formatDateTime(time), 0);
    }

    /** {@link #modified()} as a date-time; a date alone is its start. */
    public LocalDateTime time() {
        try {
            return SageDates.parseDateTime(modified);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Sage returned Modified '" + modified + "', which is not a local date-time"
                                            + " such as 2015-08-28T13:15:27.867: set lookback=0 to poll without"
                                            + " comparing dates", e);
        }
    }

    /** Whether this version sorts after {@code other} by ({@code Modified}, {@code ID}), comparing dates, not text. */
    public boolean isAfter(SageWatermark other) {
        int byTime = time().compareTo(other.time());
        return byTime > 0 || byTime == 0 && id > other.id;
    }

    /** The form kept in a {@link org.apache.camel.spi.StateRepository}: {@code Modified|ID}. */
    public String toState() {
        return modified + SEPARATOR + id;
    }

    /** Reads {@link #toState()}; {@code null} for {@code null} or empty (started before any record existed). */
    public static SageWatermark fromState(String state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        int separator = state.lastIndexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("The stored Sage watermark '" + state + "' is not Modified|ID:"
                                               + " remove it from the state repository to start from the since option");
        }
        return new SageWatermark(state.substring(0, separator), Long.parseLong(state.substring(separator + 1)));
    }

    /** Keyset that continues a list ordered by {@code stamp,ID} after its last record. */
    public static SageKeyset<JsonNode> keyset(String stamp) {
        return last -> {
            SageWatermark watermark = of(last, stamp);
            return watermark == null ? null : watermark.after(stamp);
        };
    }
}

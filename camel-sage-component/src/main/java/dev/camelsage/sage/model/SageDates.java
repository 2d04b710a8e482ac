package dev.camelsage.sage.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Sage's date formats, in one place: read whatever shape Sage sends ({@code 2024-05-01},
 * {@code 2015-06-02T04:36:58.903}, {@code 2017-01-01T00:00:00Z}; .NET's empty {@code 0001-01-01T00:00:00} reads as
 * {@code null}), and write what Sage's own samples show ({@code yyyy-MM-dd} for dates,
 * {@code yyyy-MM-ddTHH:mm:ss[.SSS]} for date-times). A date-time with an offset keeps its wall-clock time: Sage's own
 * values carry no zone (South African time).
 */
public final class SageDates {

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
            .toFormatter();

    private static final DateTimeFormatter OUT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendPattern("'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 3, true)
            .toFormatter();

    private SageDates() {
    }

    /**
     * A date or date-time as Sage writes it; {@code null} for blank text or .NET's empty date.
     *
     * @throws DateTimeParseException when the text is no date Sage sends
     */
    public static LocalDateTime parseDateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDateTime dateTime = LocalDateTime.from(LENIENT.parse(text.trim()));
        return dateTime.getYear() == 1 ? null : dateTime;
    }

    /** The date of {@link #parseDateTime}. */
    public static LocalDate parseDate(String text) {
        LocalDateTime dateTime = parseDateTime(text);
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, with as many digits of a fraction as it has, cut to milliseconds ({@code .5}). */
    public static String formatDateTime(LocalDateTime dateTime) {
        return OUT.format(dateTime.truncatedTo(ChronoUnit.MILLIS));
    }

    /** {@code yyyy-MM-dd}. */
    public static String formatDate(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}

package dev.camelsage.sage.internal.paging;

import java.time.format.DateTimeParseException;

import dev.camelsage.sage.model.SageDates;

/**
 * Where a change consumer starts when no watermark is stored: {@code beginning} (every record), {@code now} (only
 * changes after the consumer first starts) or a date or date-time as Sage writes {@code Modified} (changes on or
 * after it).
 */
public sealed interface SageSince {

    /** A time zone at the end ({@code Z}, {@code +02:00}): Sage's own values carry none. */
    java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("T.*([Zz]|[+-]\\d\\d:?\\d\\d)$");

    record Beginning() implements SageSince {
    }

    record Now() implements SageSince {
    }

    record From(SageWatermark watermark) implements SageSince {
    }

    static SageSince parse(String since) {
        String value = since == null ? "beginning" : since.trim();
        if (value.equalsIgnoreCase("beginning")) {
            return new Beginning();
        }
        if (value.equalsIgnoreCase("now")) {
            return new Now();
        }
        try {
            if (OFFSET.matcher(value).find()) {
                throw new DateTimeParseException("has an offset", value, 0);
            }
            SageDates.parseDateTime(value);
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("since '" + since + "' is not beginning, now, or a date such as"
                                               + " 2024-01-31 or 2024-01-31T08:00:00 (local time without offset,"
                                               + " as Sage writes Modified)");
        }
        return new From(new SageWatermark(value, 0));
    }
}

package dev.camelsage.sage.paging;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Where a change consumer starts when no watermark is stored: {@code beginning} (every record), {@code now} (only
 * changes after the consumer first starts) or a date or date-time as Sage writes {@code Modified} (changes on or
 * after it).
 */
public sealed interface SageSince {

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
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else {
                LocalDateTime.parse(value);
            }
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("since '" + since + "' is not beginning, now, or a date such as"
                                               + " 2024-01-31 or 2024-01-31T08:00:00 (local time without offset,"
                                               + " as Sage writes Modified)");
        }
        return new From(new SageWatermark(value, 0));
    }
}

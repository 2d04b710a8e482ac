package dev.camelsage.sage.internal.quota;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP {@code Retry-After} header: a number of seconds or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The instant the header names, or {@code null} when it is missing or unreadable. */
    static Instant parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : now.plusSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}

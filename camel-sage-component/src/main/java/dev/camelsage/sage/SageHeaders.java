package dev.camelsage.sage;

import java.util.List;

import org.apache.camel.Message;

/**
 * Reads the headers that override a producer's options for one message. A header of the wrong type or value fails
 * naming the header, the value and what is expected; nothing is converted silently (no {@code "2m"} read as two
 * minutes, no {@code "abc"} read as 0).
 */
final class SageHeaders {

    private SageHeaders() {
    }

    /** An identifier (record or company): a whole number of at least 1. */
    static Long id(Message message, String header, Long fallback) {
        Object value = message.getHeader(header);
        if (value == null) {
            return fallback;
        }
        Long id = wholeNumber(value);
        if (id == null || id < 1) {
            throw wrong(header, value, "a Sage ID: a whole number of at least 1");
        }
        return id;
    }

    /** A count such as $top or $skip: a whole number of at least {@code min}. */
    static Integer count(Message message, String header, Integer fallback, int min) {
        Object value = message.getHeader(header);
        if (value == null) {
            return fallback;
        }
        Long count = wholeNumber(value);
        if (count == null || count < min || count > Integer.MAX_VALUE) {
            throw wrong(header, value, "a whole number of at least " + min);
        }
        return count.intValue();
    }

    static String text(Message message, String header, String fallback) {
        Object value = message.getHeader(header);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof CharSequence)) {
            throw wrong(header, value, "text");
        }
        return value.toString();
    }

    static boolean flag(Message message, String header, boolean fallback) {
        Object value = message.getHeader(header);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = String.valueOf(value).trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw wrong(header, value, "true or false");
    }

    static SageOperation operation(Message message, SageOperation fallback) {
        Object value = message.getHeader(SageConstants.OPERATION);
        if (value == null) {
            return fallback;
        }
        if (value instanceof SageOperation operation) {
            return operation;
        }
        return SageOperation.parse(String.valueOf(value)).orElseThrow(
                () -> wrong(SageConstants.OPERATION, value, "one of " + List.of(SageOperation.values())));
    }

    private static Long wholeNumber(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof CharSequence text && text.toString().trim().matches("[0-9]{1,18}")) {
            return Long.parseLong(text.toString().trim());
        }
        return null;
    }

    private static IllegalArgumentException wrong(String header, Object value, String expected) {
        return new IllegalArgumentException("The " + header + " header is '" + value + "' ("
                                            + value.getClass().getSimpleName() + "), but it must be " + expected
                                            + ": fix or remove the header.");
    }
}

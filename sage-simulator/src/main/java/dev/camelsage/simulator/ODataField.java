package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A field named in {@code $filter} or {@code $orderby} ({@code ID}, {@code Category/ID}), read as a comparable value:
 * a number, a boolean or a date. Strings are refused, as Sage's OData subset refuses them.
 */
final class ODataField {

    static final String STRINGS_MESSAGE = "Filter and Orderby will not work for string values of any kind. "
            + "Filter or order on a number, boolean or date field, or filter the results yourself.";

    private final String name;
    private final String[] path;

    private ODataField(String name) {
        this.name = name;
        this.path = name.split("/");
    }

    /** Refuses fields the schema knows to hold strings; others are checked as their values are read. */
    static ODataField of(String name, ServiceSchema schema) {
        if (schema.isStringField(name)) {
            throw stringField(name);
        }
        return new ODataField(name);
    }

    String name() {
        return name;
    }

    /** A BigDecimal, Boolean or {@link DateKey}; null when the field is absent. */
    Comparable<?> value(JsonNode entity) {
        JsonNode node = entity;
        for (String part : path) {
            node = node == null ? null : node.get(part);
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isContainerNode()) {
            throw SageError.message(400, "The field '" + name + "' is an object or a list; filter or order on one of its "
                    + "number, boolean or date members instead, such as '" + name + "/ID'.");
        }
        if (node.isTextual()) {
            DateKey date = DateKey.parse(node.textValue());
            if (date != null) {
                return date;
            }
        }
        throw stringField(name);
    }

    static SageError stringField(String field) {
        return SageError.message(400, "The field '" + field + "' holds strings. " + STRINGS_MESSAGE);
    }

    /**
     * A date as one long (yyyyMMddHHmmssSSS), so that sorting thousands of rows by Modified does not parse thousands of
     * dates per comparison. The usual ISO shapes are read directly; anything else goes through the full parser.
     */
    record DateKey(long value) implements Comparable<DateKey> {

        static DateKey parse(String text) {
            Long fast = fast(text);
            if (fast != null) {
                return new DateKey(fast);
            }
            Optional<LocalDateTime> date = SageJson.parseDate(text);
            return date.map(DateKey::of).orElse(null);
        }

        static DateKey of(LocalDateTime t) {
            return new DateKey(key(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    t.getSecond(), t.getNano() / 1_000_000));
        }

        @Override
        public int compareTo(DateKey other) {
            return Long.compare(value, other.value);
        }

        private static Long fast(String s) {
            int n = s.length();
            if (n != 10 && n != 19 && n != 23 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return null;
            }
            if (n > 10 && (s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':')) {
                return null;
            }
            if (n == 23 && s.charAt(19) != '.') {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = n > 10 ? digits(s, 11, 2) : 0;
            int minute = n > 10 ? digits(s, 14, 2) : 0;
            int second = n > 10 ? digits(s, 17, 2) : 0;
            int millis = n == 23 ? digits(s, 20, 3) : 0;
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                    || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) {
                return null;
            }
            return key(year, month, day, hour, minute, second, millis);
        }

        private static int digits(String s, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private static long key(int year, int month, int day, int hour, int minute, int second, int millis) {
            return ((((((long) year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second) * 1000 + millis;
        }
    }
}

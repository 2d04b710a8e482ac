package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A field named in {@code $filter} or {@code $orderby} ({@code ID}, {@code Category/ID}), checked against the model
 * and read as a comparable value: a number, a boolean, a date, or (when string filters are evaluated) a string.
 */
final class ODataField {

    static final String STRINGS_MESSAGE = "Filter and Orderby will not work for string values of any kind. "
            + "Filter or order on a number, boolean or date field, or filter the results yourself.";

    private final String name;
    private final String[] path;
    /** The declared field, or null for a member of an object whose members the model does not list. */
    private final FieldSet.Field declared;
    private final StringFilters strings;

    private ODataField(String name, FieldSet.Field declared, StringFilters strings) {
        this.name = name;
        this.path = name.split("/");
        this.declared = declared;
        this.strings = strings;
    }

    /** Resolves the path against the model; an unknown property, or a string one while strings are refused, is a 400. */
    static ODataField of(String name, ServiceSchema schema, StringFilters strings) {
        FieldSet set = schema.fields();
        FieldSet.Field field = null;
        for (String part : name.split("/", -1)) {
            if (set == null) {
                field = null; // inside an object the model does not describe (an embedded Customer): anything goes
                break;
            }
            Optional<FieldSet.Field> found = set.field(part);
            if (found.isEmpty()) {
                throw SageError.message(400, "The query specified in the URI is not valid. Could not find a property named '"
                        + part + "' on type '" + schema.name() + "'.");
            }
            field = found.get();
            set = field.nested();
            if (set == null && field.type() != FieldSet.Type.OBJECT) {
                set = FieldSet.of();
            }
        }
        if (field != null && field.type() == FieldSet.Type.STRING && strings == StringFilters.REFUSE) {
            throw stringField(name);
        }
        return new ODataField(name, field, strings);
    }

    String name() {
        return name;
    }

    /** A BigDecimal, Boolean, {@link DateKey} or String; null when the field is absent. */
    Comparable<?> value(JsonNode entity) {
        JsonNode node = node(entity);
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
        boolean declaredString = declared != null && (declared.type() == FieldSet.Type.STRING
                || declared.type() == FieldSet.Type.GUID);
        if (!declaredString) {
            DateKey date = DateKey.parse(node.textValue());
            if (date != null) {
                return date;
            }
        }
        if (strings == StringFilters.EVALUATE) {
            return node.textValue();
        }
        throw stringField(name);
    }

    /** The field as text, for string functions and comparisons with a string literal; null when absent. */
    String text(JsonNode entity) {
        JsonNode node = node(entity);
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private JsonNode node(JsonNode entity) {
        JsonNode node = entity;
        for (String part : path) {
            node = node == null ? null : node.get(part);
        }
        return node;
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

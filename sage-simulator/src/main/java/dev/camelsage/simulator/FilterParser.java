package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parses the {@code $filter} subset Sage serves: comparisons (eq ne gt ge lt le) of a field with a number, boolean,
 * null or {@code datetime'...'} literal, combined with and/or and parentheses. Anything else is a 400.
 */
final class FilterParser {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$/]*");

    private final String text;
    private final ServiceSchema schema;
    private final List<String> tokens;
    private int pos;

    private FilterParser(String text, ServiceSchema schema) {
        this.text = text;
        this.schema = schema;
        this.tokens = tokenize(text);
    }

    static Predicate<JsonNode> parse(String filter, ServiceSchema schema) {
        FilterParser parser = new FilterParser(filter, schema);
        Predicate<JsonNode> result = parser.or();
        if (parser.pos < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.pos) + "'");
        }
        return result;
    }

    private Predicate<JsonNode> or() {
        Predicate<JsonNode> left = and();
        while (acceptKeyword("or")) {
            left = left.or(and());
        }
        return left;
    }

    private Predicate<JsonNode> and() {
        Predicate<JsonNode> left = primary();
        while (acceptKeyword("and")) {
            left = left.and(primary());
        }
        return left;
    }

    private Predicate<JsonNode> primary() {
        if (accept("(")) {
            Predicate<JsonNode> inner = or();
            expect(")");
            return inner;
        }
        String field = next("a field name");
        if (!FIELD.matcher(field).matches()) {
            throw error("expected a field name but found '" + field + "'");
        }
        if (peekIs("(")) {
            throw SageError.message(400, "The function '" + field + "' is not supported. " + ODataField.STRINGS_MESSAGE);
        }
        ODataField odataField = ODataField.of(field, schema);
        String op = next("a comparison operator").toLowerCase(Locale.ROOT);
        Comparable<?> literal = literal(next("a value"));
        return comparison(odataField, op, literal);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate<JsonNode> comparison(ODataField field, String op, Comparable literal) {
        if (!List.of("eq", "ne", "gt", "ge", "lt", "le").contains(op)) {
            throw error("unknown operator '" + op + "'; use eq, ne, gt, ge, lt or le");
        }
        return entity -> {
            Comparable value = field.value(entity);
            if (value == null || literal == null) {
                boolean same = value == literal;
                return op.equals("eq") ? same : op.equals("ne") && !same;
            }
            if (value.getClass() != literal.getClass()) {
                throw SageError.message(400, "The field '" + field.name() + "' cannot be compared with " + literal + ".");
            }
            int c = value.compareTo(literal);
            return switch (op) {
                case "eq" -> c == 0;
                case "ne" -> c != 0;
                case "gt" -> c > 0;
                case "ge" -> c >= 0;
                case "lt" -> c < 0;
                default -> c <= 0;
            };
        };
    }

    private Comparable<?> literal(String token) {
        if (token.startsWith("'")) {
            throw SageError.message(400, "String value " + token + " in $filter. " + ODataField.STRINGS_MESSAGE);
        }
        if (token.regionMatches(true, 0, "datetime'", 0, 9) && token.endsWith("'")) {
            Optional<LocalDateTime> date = SageJson.parseDate(token.substring(9, token.length() - 1));
            return date.map(ODataField.DateKey::of)
                    .orElseThrow(() -> error("the date " + token + " is not yyyy-MM-dd[THH:mm:ss[.SSS]]"));
        }
        if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
            return Boolean.valueOf(token.toLowerCase(Locale.ROOT));
        }
        if (token.equalsIgnoreCase("null")) {
            return null;
        }
        String number = token.replaceAll("(?i)[mdlf]$", "");
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw error("'" + token + "' is not a number, boolean, null or datetime'...' value");
        }
    }

    private boolean acceptKeyword(String keyword) {
        if (pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean accept(String token) {
        if (peekIs(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peekIs(String token) {
        return pos < tokens.size() && tokens.get(pos).equals(token);
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw error("expected '" + token + "'");
        }
    }

    private String next(String what) {
        if (pos >= tokens.size()) {
            throw error("expected " + what + " at the end");
        }
        return tokens.get(pos++);
    }

    private SageError error(String problem) {
        return SageError.message(400, "The query specified in the URI is not valid: $filter '" + text + "': " + problem + ".");
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                boolean quoted = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '\'') {
                        quoted = !quoted;
                    } else if (!quoted && (Character.isWhitespace(d) || d == '(' || d == ')' || d == ',')) {
                        break;
                    }
                    i++;
                }
                out.add(s.substring(start, i));
            }
        }
        return out;
    }
}

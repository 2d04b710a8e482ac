package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Parses the {@code $filter} subset Sage serves: comparisons (eq ne gt ge lt le) of fields and literals (numbers,
 * booleans, null, {@code datetime'...'}), combined with and/or/not and parentheses. String literals and the string
 * functions are refused with Sage's sentence, or evaluated, as {@link StringFilters} says. Anything else is a 400.
 */
final class FilterParser {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$/]*");
    private static final List<String> OPERATORS = List.of("eq", "ne", "gt", "ge", "lt", "le");

    private final String text;
    private final ServiceSchema schema;
    private final StringFilters strings;
    private final List<String> tokens;
    private int pos;

    private FilterParser(String text, ServiceSchema schema, StringFilters strings) {
        this.text = text;
        this.schema = schema;
        this.strings = strings;
        this.tokens = tokenize(text);
    }

    static Predicate<JsonNode> parse(String filter, ServiceSchema schema, StringFilters strings) {
        FilterParser parser = new FilterParser(filter, schema, strings);
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
        Predicate<JsonNode> left = unary();
        while (acceptKeyword("and")) {
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<JsonNode> unary() {
        if (acceptKeyword("not")) {
            return unary().negate();
        }
        if (accept("(")) {
            Predicate<JsonNode> inner = or();
            expect(")");
            return inner;
        }
        Operand left = operand();
        if (pos < tokens.size() && OPERATORS.contains(tokens.get(pos).toLowerCase(Locale.ROOT))) {
            String op = tokens.get(pos++).toLowerCase(Locale.ROOT);
            return comparison(left, op, operand());
        }
        return entity -> Boolean.TRUE.equals(left.value(entity));
    }

    /** A field, a literal, or a function call; its value per entity. */
    private interface Operand {
        Comparable<?> value(JsonNode entity);

        /** The operand as text, for string functions and comparisons with a string literal. */
        default String text(JsonNode entity) {
            Comparable<?> v = value(entity);
            return v == null ? null : v.toString();
        }
    }

    private Operand operand() {
        String token = next("a field, a value or a function");
        if (isLiteral(token)) {
            Comparable<?> literal = literal(token);
            return entity -> literal;
        }
        if (!FIELD.matcher(token).matches()) {
            throw error("expected a field name but found '" + token + "'");
        }
        if (peekIs("(")) {
            return function(token);
        }
        ODataField field = ODataField.of(token, schema, strings);
        return new Operand() {
            @Override
            public Comparable<?> value(JsonNode entity) {
                return field.value(entity);
            }

            @Override
            public String text(JsonNode entity) {
                return field.text(entity);
            }
        };
    }

    /** indexof, startswith, endswith and substringof, evaluated without regard to case (SQL Server's collation). */
    private Operand function(String name) {
        if (strings == StringFilters.REFUSE) {
            throw SageError.message(400, "The function '" + name + "' is not supported. " + ODataField.STRINGS_MESSAGE);
        }
        expect("(");
        Operand first = operand();
        expect(",");
        Operand second = operand();
        expect(")");
        Function<JsonNode, String[]> args = entity -> {
            String a = first.text(entity);
            String b = second.text(entity);
            return a == null || b == null ? null
                    : new String[] {a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT)};
        };
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "indexof" -> entity -> {
                String[] s = args.apply(entity);
                return s == null ? null : BigDecimal.valueOf(s[0].indexOf(s[1]));
            };
            case "startswith" -> entity -> {
                String[] s = args.apply(entity);
                return s != null && s[0].startsWith(s[1]);
            };
            case "endswith" -> entity -> {
                String[] s = args.apply(entity);
                return s != null && s[0].endsWith(s[1]);
            };
            case "substringof" -> entity -> {
                String[] s = args.apply(entity);
                return s != null && s[1].contains(s[0]);
            };
            default -> throw error("the function '" + name + "' is not supported; use indexof, startswith, endswith"
                    + " or substringof");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate<JsonNode> comparison(Operand left, String op, Operand right) {
        return entity -> {
            Comparable a = left.value(entity);
            Comparable b = right.value(entity);
            if (a instanceof String || b instanceof String) {
                a = a == null ? null : left.text(entity);
                b = b == null ? null : right.text(entity);
            }
            if (a == null || b == null) {
                boolean same = a == b;
                return op.equals("eq") ? same : op.equals("ne") && !same;
            }
            if (a.getClass() != b.getClass()) {
                throw SageError.message(400, "The query specified in the URI is not valid: $filter '" + text
                        + "' compares " + a + " with " + b + ", values of different types.");
            }
            int c = a instanceof String ? String.CASE_INSENSITIVE_ORDER.compare((String) a, (String) b) : a.compareTo(b);
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

    private static boolean isLiteral(String token) {
        char c = token.charAt(0);
        return c == '\'' || c == '-' || c == '+' || c == '.' || Character.isDigit(c)
                || token.regionMatches(true, 0, "datetime'", 0, 9)
                || token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false") || token.equalsIgnoreCase("null");
    }

    private Comparable<?> literal(String token) {
        if (token.startsWith("'")) {
            if (strings == StringFilters.REFUSE) {
                throw SageError.message(400, "String value " + token + " in $filter. " + ODataField.STRINGS_MESSAGE);
            }
            if (token.length() < 2 || !token.endsWith("'")) {
                throw error("the string " + token + " is not closed");
            }
            return token.substring(1, token.length() - 1).replace("''", "'");
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

    /** Splits on blanks, parentheses and commas; a quoted string ({@code 'it''s'}) stays one token. */
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

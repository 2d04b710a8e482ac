package dev.camelsage.sage.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads option values given as text (an endpoint URI, {@code camel.component.sage.*} properties) strictly, before
 * Camel converts them: Camel reads a number option given as {@code 2m} as two minutes in milliseconds and
 * {@code abc} as 0, which for {@code companyId} would call another company's books. Each option whose text is not what
 * it must be fails naming the option, the text and what to write instead.
 */
public final class SageOptionTexts {

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");
    /** Milliseconds, Camel's {@code 1h30m10s500ms} form, or ISO-8601 ({@code PT5M}). */
    private static final Pattern DURATION = Pattern.compile(
            "[0-9]{1,18}|([0-9]+(d|h|m|s|ms))+|P(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?",
            Pattern.CASE_INSENSITIVE);

    private enum Kind {
        ID("a Sage ID: a whole number of at least 1, such as 12345"),
        COUNT("a whole number, such as 100"),
        DURATION("milliseconds or a duration such as 500ms, 10s, 5m or 1h"),
        BOOLEAN("true or false");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("companyid", Kind.ID), Map.entry("id", Kind.ID),
            Map.entry("top", Kind.COUNT), Map.entry("skip", Kind.COUNT), Map.entry("ratelimit", Kind.COUNT),
            Map.entry("dailyratelimit", Kind.COUNT), Map.entry("maxfailedlogins", Kind.COUNT),
            Map.entry("pollreserve", Kind.COUNT), Map.entry("maxmessagesperpoll", Kind.COUNT),
            Map.entry("progressloginterval", Kind.COUNT), Map.entry("proxyport", Kind.COUNT),
            Map.entry("connecttimeout", Kind.DURATION), Map.entry("requesttimeout", Kind.DURATION),
            Map.entry("ratelimitperiod", Kind.DURATION), Map.entry("maxquotawait", Kind.DURATION),
            Map.entry("blockduration", Kind.DURATION), Map.entry("lookback", Kind.DURATION),
            Map.entry("delay", Kind.DURATION), Map.entry("initialdelay", Kind.DURATION),
            Map.entry("streamresults", Kind.BOOLEAN), Map.entry("includedetail", Kind.BOOLEAN),
            Map.entry("allowinsecurehttp", Kind.BOOLEAN), Map.entry("customquota", Kind.BOOLEAN));

    private static final Map<String, List<String>> CHOICES = Map.of(
            "operation", List.of("get", "getById", "save", "delete", "call"),
            "deleteconflictstrategy", List.of("fail", "skip", "deactivate"),
            "region", List.of("za", "au"),
            "httpmethod", List.of("GET", "POST", "DELETE"));

    private SageOptionTexts() {
    }

    /**
     * @throws IllegalArgumentException when {@code value} is text that the option {@code name} cannot take
     */
    public static void check(String name, Object value) {
        if (!(value instanceof String text) || text.startsWith("#") || text.startsWith("{{")) {
            return; // not text, or a reference or placeholder Camel resolves before it binds
        }
        String key = name.toLowerCase(Locale.ROOT).replace("-", "");
        Kind kind = KINDS.get(key);
        String trimmed = text.trim();
        if (kind != null && !matches(kind, trimmed)) {
            throw wrong(name, text, kind.expected);
        }
        List<String> choices = CHOICES.get(key);
        if (choices != null && choices.stream().noneMatch(choice -> choice.equalsIgnoreCase(trimmed))) {
            throw wrong(name, text, "one of " + String.join(", ", choices));
        }
    }

    private static boolean matches(Kind kind, String text) {
        return switch (kind) {
            case ID -> WHOLE.matcher(text).matches() && Long.parseLong(text) >= 1;
            case COUNT -> WHOLE.matcher(text).matches();
            case DURATION -> DURATION.matcher(text).matches() && !text.equalsIgnoreCase("P") && !text.equalsIgnoreCase("PT");
            case BOOLEAN -> Arrays.asList("true", "false").contains(text.toLowerCase(Locale.ROOT));
        };
    }

    private static IllegalArgumentException wrong(String name, String text, String expected) {
        return new IllegalArgumentException("The sage option " + name + " is '" + text + "', but it must be " + expected
                                            + ". Nothing was sent to Sage: fix the option.");
    }
}

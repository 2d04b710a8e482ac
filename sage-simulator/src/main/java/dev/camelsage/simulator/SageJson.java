package dev.camelsage.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Sage's JSON conventions: exact decimals, ISO dates without offset, nulls omitted. */
final class SageJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** Created and Modified: wall clock (UTC in the simulator) with milliseconds, no offset. */
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    /** Business dates (Date, DueDate, ...) come back as midnight without milliseconds. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SageJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static JsonNode parse(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    static String stamp(Instant instant) {
        return STAMP.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? BigDecimal.ZERO : v.decimalValue();
    }

    /** Accepts yyyy-MM-dd, yyyy-MM-ddTHH:mm[:ss[.fff]] and a trailing Z or offset, the way .NET's DateTime binder does. */
    static Optional<LocalDateTime> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay());
            }
            if (t.endsWith("Z")) {
                t = t.substring(0, t.length() - 1);
            }
            for (int i = 19; i < t.length(); i++) {
                if (t.charAt(i) == '+' || t.charAt(i) == '-') {
                    t = t.substring(0, i);
                    break;
                }
            }
            return Optional.of(LocalDateTime.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> parseNumber(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Removes null members (recursively): Sage omits them from its answers. */
    static void dropNulls(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isNull()) {
                    it.remove();
                } else {
                    dropNulls(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(SageJson::dropNulls);
        }
    }
}

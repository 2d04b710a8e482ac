package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.util.Optional;

/** Turns stored field values into comparable values, refusing strings as Sage's OData subset does. */
final class ODataValues {

    static final String STRINGS_MESSAGE = "Filter and Orderby will not work for string values of any kind. "
            + "Filter or order on a number, boolean or date field, or filter the results yourself.";

    private ODataValues() {
    }

    /** A BigDecimal, Boolean or LocalDateTime; null when the field is absent. */
    @SuppressWarnings("rawtypes")
    static Comparable comparable(JsonNode entity, String field) {
        JsonNode node = resolve(entity, field);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            Optional<LocalDateTime> date = SageJson.parseDate(node.textValue());
            if (date.isPresent()) {
                return date.get();
            }
        }
        throw stringField(field);
    }

    static SageError stringField(String field) {
        return SageError.message(400, "The field '" + field + "' holds strings. " + STRINGS_MESSAGE);
    }

    /** OData navigates with '/', e.g. Category/ID. */
    private static JsonNode resolve(JsonNode entity, String field) {
        JsonNode node = entity;
        for (String part : field.split("/")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }
}

package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request body into the model ASP.NET would hand the service: properties bound by {@link FieldSet#bind}
 * (case-insensitive, unknown and read-only ones dropped), nulls left out, deprecated names mapped, and values converted
 * as JSON.NET converts them: numeric strings to numbers, {@code "true"} and 0/1 to booleans, numbers to strings, dates
 * to {@code yyyy-MM-ddTHH:mm:ss}. What cannot be converted stays as sent, for the validator to name.
 */
final class ModelBinder {

    private ModelBinder() {
    }

    static ObjectNode bind(ServiceSchema schema, ObjectNode input) {
        ObjectNode entity = schema.fields().bind(input);
        SageJson.dropNulls(entity);
        schema.aliases().forEach((deprecated, current) -> {
            if (!entity.hasNonNull(current) && entity.hasNonNull(deprecated)) {
                entity.set(current, entity.get(deprecated));
            }
            entity.remove(deprecated);
        });
        for (String path : schema.paths(FieldSet.Type.DATE)) {
            FieldPath.visit(entity, path, (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v != null && v.isTextual()) {
                    SageJson.parseDate(v.textValue()).ifPresent(d -> holder.put(field, SageJson.DATE.format(d)));
                }
            });
        }
        for (String path : schema.paths(FieldSet.Type.INT, FieldSet.Type.DECIMAL, FieldSet.Type.MONEY)) {
            FieldPath.visit(entity, path, (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v != null && v.isTextual()) {
                    SageJson.parseNumber(v.textValue()).ifPresent(n -> holder.put(field, n));
                }
            });
        }
        for (String path : schema.paths(FieldSet.Type.BOOL)) {
            FieldPath.visit(entity, path, (holder, field, display) -> toBoolean(holder.get(field))
                    .ifPresent(b -> holder.put(field, b)));
        }
        for (String path : schema.paths(FieldSet.Type.STRING)) {
            FieldPath.visit(entity, path, (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v != null && (v.isNumber() || v.isBoolean())) {
                    holder.put(field, v.asText());
                }
            });
        }
        return entity;
    }

    private static Optional<Boolean> toBoolean(JsonNode v) {
        if (v == null || v.isBoolean()) {
            return Optional.empty();
        }
        if (v.isTextual()) {
            String t = v.textValue().trim().toLowerCase(Locale.ROOT);
            return t.equals("true") || t.equals("false") ? Optional.of(Boolean.valueOf(t)) : Optional.empty();
        }
        if (v.isIntegralNumber()) {
            return Optional.of(v.decimalValue().compareTo(BigDecimal.ZERO) != 0);
        }
        return Optional.empty();
    }
}

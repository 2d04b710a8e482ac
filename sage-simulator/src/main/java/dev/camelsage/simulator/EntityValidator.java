package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Sage's validation, in the body shapes Sage uses for each kind of failure (clients must parse all of them):
 * <ul>
 *   <li>required fields, maximum lengths, values of the wrong type: {@link ModelState}</li>
 *   <li>a reference to an entity that does not exist in the company: {@code {"Message":"..."}}</li>
 *   <li>a duplicate unique value (customer name, item code): a bare JSON string</li>
 *   <li>an account line whose Quantity is not 1: {@code {"Message":"..."}}</li>
 * </ul>
 * Must be called while holding the store's write lock when the result decides a write.
 */
final class EntityValidator {

    static final String ACCOUNT_LINE_QUANTITY =
            "For a LineType of Accounts, a Quantity of 1 is required. "
                    + "Accounts with a quantity greater than one will result in a validation message.";

    private final Store store;

    EntityValidator(Store store) {
        this.store = store;
    }

    /** Everything but the ModelState, which {@link #checkModelState} checks first (the ID among it). */
    void validate(long companyId, ServiceSchema schema, ObjectNode entity, Long existingId) {
        checkReferences(companyId, schema, entity);
        checkUnique(companyId, schema, entity, existingId);
        checkBusinessRules(schema, entity);
    }

    /** Required fields, lengths and the types of the values: ASP.NET's ModelState errors, all of them in one 400. */
    static void checkModelState(ServiceSchema schema, ObjectNode entity) {
        ModelState errors = new ModelState(schema);
        for (String path : schema.required()) {
            FieldPath.visit(entity, path, (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v == null || v.isNull() || (v.isTextual() && v.textValue().isBlank())) {
                    errors.add(display, "The " + field + " field is required.");
                }
            });
        }
        schema.maxLengths().forEach((path, max) -> FieldPath.visit(entity, path, (holder, field, display) -> {
            JsonNode v = holder.get(field);
            if (v != null && v.isTextual() && v.textValue().length() > max) {
                errors.add(display, "The field " + field + " must be a string with a maximum length of " + max + ".");
            }
        }));
        checkType(schema, entity, errors, v -> v.isNumber() && isIntegral(v), FieldSet.Type.INT);
        checkType(schema, entity, errors, JsonNode::isNumber, FieldSet.Type.DECIMAL, FieldSet.Type.MONEY);
        checkType(schema, entity, errors, JsonNode::isBoolean, FieldSet.Type.BOOL);
        checkType(schema, entity, errors, v -> v.isTextual() && SageJson.parseDate(v.textValue()).isPresent(), FieldSet.Type.DATE);
        checkType(schema, entity, errors, JsonNode::isTextual, FieldSet.Type.STRING);
        checkType(schema, entity, errors, JsonNode::isObject, FieldSet.Type.OBJECT);
        checkType(schema, entity, errors, JsonNode::isArray, FieldSet.Type.ARRAY);
        if (schema.kind() == EntityKind.DOCUMENT) {
            JsonNode lines = entity.path("Lines");
            if (!lines.isArray() || lines.isEmpty()) {
                errors.add("Lines", "The Lines field is required.");
            }
            for (int i = 0; lines.isArray() && i < lines.size(); i++) {
                if (!lines.get(i).isObject()) {
                    errors.add("Lines[" + i + "]", notValid(lines.get(i), "Lines"));
                }
            }
        }
        errors.throwIfAny();
    }

    private static void checkType(ServiceSchema schema, ObjectNode entity, ModelState errors,
                                  Predicate<JsonNode> valid, FieldSet.Type... types) {
        for (String path : schema.paths(types)) {
            FieldPath.visit(entity, path, (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v != null && !v.isNull() && !valid.test(v)) {
                    errors.add(display, notValid(v, field));
                }
            });
        }
    }

    private static boolean isIntegral(JsonNode v) {
        return v.isIntegralNumber() || v.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    private static String notValid(JsonNode value, String field) {
        return "The value '" + value.asText() + "' is not valid for " + field + ".";
    }

    private void checkReferences(long companyId, ServiceSchema schema, ObjectNode entity) {
        for (Reference reference : schema.references()) {
            FieldPath.visit(entity, reference.path(), (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v == null || v.isNull()) {
                    return;
                }
                List<String> targets = reference.targets().apply(holder);
                ObjectNode target = v.canConvertToExactIntegral() ? find(companyId, targets, v.asLong()) : null;
                if (target == null) {
                    throw SageError.message(400, "The " + String.join(" or ", targets) + " with ID " + v.asText()
                            + " referred to by " + display + " does not exist in this company.");
                }
                if (reference.copyTo() != null && target.has(reference.copyFrom())) {
                    holder.set(reference.copyTo(), target.get(reference.copyFrom()).deepCopy());
                }
            });
        }
    }

    ObjectNode find(long companyId, List<String> services, long id) {
        for (String service : services) {
            ObjectNode row = store.rows(companyId, service).get(id);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    private void checkUnique(long companyId, ServiceSchema schema, ObjectNode entity, Long existingId) {
        for (String field : schema.unique()) {
            String value = entity.path(field).asText("").trim();
            boolean taken = store.rows(companyId, schema.name()).values().stream()
                    .anyMatch(row -> !row.get("ID").asText().equals(String.valueOf(existingId))
                            && row.path(field).asText("").trim().equalsIgnoreCase(value));
            if (taken) {
                throw SageError.bareString(400, "The " + schema.name() + " " + field.toLowerCase(Locale.ROOT)
                        + " '" + value + "' already exists. " + schema.name() + " " + field.toLowerCase(Locale.ROOT)
                        + "s must be unique.");
            }
        }
    }

    private static void checkBusinessRules(ServiceSchema schema, ObjectNode entity) {
        if (schema.kind() == EntityKind.DOCUMENT) {
            for (JsonNode line : entity.path("Lines")) {
                if (line.path("LineType").asInt(0) == 1 && line.path("Quantity").decimalValue().compareTo(BigDecimal.ONE) != 0) {
                    throw SageError.message(400, ACCOUNT_LINE_QUANTITY);
                }
            }
        }
        if (schema.kind() == EntityKind.JOURNAL) {
            int effect = entity.path("Effect").asInt();
            if (effect != 1 && effect != 2) {
                throw SageError.message(400, "Effect must be 1 (Debit) or 2 (Credit), not " + entity.path("Effect").asText() + ".");
            }
        }
    }
}

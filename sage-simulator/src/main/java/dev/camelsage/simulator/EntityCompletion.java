package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What Sage fills in on Save, after validation: 0 or false for unset non-nullable values, money to cents, a document's
 * line identities, descriptions and totals, the schema's derived fields, and GUIDs once the entity has its ID.
 * Callers hold the store's lock.
 */
final class EntityCompletion {

    private final Store store;
    private final Behaviour behaviour;

    EntityCompletion(Store store, Behaviour behaviour) {
        this.store = store;
        this.behaviour = behaviour;
    }

    /**
     * @param previous      the stored version an update replaces, or null
     * @param assignLineIds whether lines get IDs (Save) or keep what the client sent (Calculate, which stores nothing)
     */
    void complete(ServiceSchema schema, long companyId, ObjectNode entity, ObjectNode previous, boolean assignLineIds) {
        schema.fields().fillDefaults(entity);
        schema.aliases().forEach((deprecated, current) -> {
            if (entity.has(current)) {
                entity.set(deprecated, entity.get(current));
            }
        });
        if (schema.kind() == EntityKind.DOCUMENT) {
            completeLines(schema, companyId, entity, previous, assignLineIds);
            DocumentCalculator.calculate(entity, id -> taxRate(companyId, id), behaviour.taxPercentageFraction());
            entity.put("Editable", true);
        }
        for (String path : schema.moneyPaths()) {
            FieldPath.visit(entity, path, (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v != null && v.isNumber()) {
                    holder.put(field, SageJson.money(v.decimalValue()));
                }
            });
        }
        schema.derivation().derive(entity, previous, companyId);
    }

    /** Gives a stored row the GUIDs Sage assigns once (UID, CustomerZoneGuid), keeping those of the version it replaced. */
    void identify(ServiceSchema schema, ObjectNode row, ObjectNode previous) {
        for (FieldSet.Field field : schema.fields().fields()) {
            if (field.type() == FieldSet.Type.GUID && field.readOnly() && !field.nullable()) {
                JsonNode kept = previous == null ? null : previous.get(field.name());
                row.put(field.name(), kept != null ? kept.asText() : guid(schema.name() + "/" + field.name(), row.get("ID").asLong()));
            }
        }
    }

    /**
     * Lines keep their ID and UID when an update sends them back, and get new ones otherwise; Description and Unit
     * default to the item's (or the account's name), and where the schema says so item lines carry the item's cost.
     */
    private void completeLines(ServiceSchema schema, long companyId, ObjectNode document, ObjectNode previous,
                               boolean assignIds) {
        Map<Long, JsonNode> previousLines = new HashMap<>();
        if (previous != null) {
            previous.path("Lines").forEach(l -> previousLines.put(l.path("ID").asLong(), l));
        }
        for (JsonNode node : document.path("Lines")) {
            ObjectNode line = (ObjectNode) node;
            boolean accountLine = line.path("LineType").asInt(0) == 1;
            ObjectNode selection = store.rows(companyId, accountLine ? "Account" : "Item").get(line.path("SelectionId").asLong());
            if (selection != null) {
                if (!line.hasNonNull("Description")) {
                    line.put("Description", selection.path(accountLine ? "Name" : "Description").asText());
                }
                if (!accountLine && !line.hasNonNull("Unit") && selection.hasNonNull("Unit")) {
                    line.put("Unit", selection.get("Unit").asText());
                }
                if (!accountLine && schema.lineUnitCost()) {
                    line.put("UnitCost", SageJson.money(SageJson.decimal(selection, "LastCost")));
                }
            }
            if (assignIds) {
                JsonNode kept = previousLines.get(line.path("ID").asLong(-1));
                long id = kept != null ? kept.get("ID").asLong() : store.nextId();
                line.put("ID", id);
                line.put("UID", kept != null && kept.hasNonNull("UID") ? kept.get("UID").asText() : guid("line", id));
            }
        }
    }

    private BigDecimal taxRate(long companyId, long taxTypeId) {
        return Optional.ofNullable(store.rows(companyId, "TaxType").get(taxTypeId))
                .map(t -> SageJson.decimal(t, "Percentage")).orElse(BigDecimal.ZERO);
    }

    /** Deterministic, so that a reset simulator hands out the same GUIDs with the same IDs. */
    private static String guid(String scope, long id) {
        return UUID.nameUUIDFromBytes((scope + "/" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

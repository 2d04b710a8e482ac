package dev.camelsage.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The one controller behind every service: Get, Get/{id}, Save, Delete/{id}, Calculate, SaveBatch, driven by the schema. */
final class ApiController {

    /** Fields a client cannot set: the simulator stamps or computes them. */
    private static final List<String> READ_ONLY = List.of("Created", "Modified", "Balance", "AmountDue", "TotalUnallocated",
            "HasActivity", "CustomerName", "SupplierName");

    private final Store store;
    private final EntityValidator validator;
    private final Balances balances;
    private final String baseUrl;

    ApiController(Store store, String baseUrl) {
        this.store = store;
        this.validator = new EntityValidator(store);
        this.balances = new Balances(store);
        this.baseUrl = baseUrl;
    }

    SageResponse handle(SageRequest request, Route route, long companyId) {
        ServiceSchema schema = route.schema();
        return switch (route.operation()) {
            case GET -> route.id() == null ? list(request, schema, companyId, false) : getOne(schema, companyId, route.id());
            case GET_WITH_SYSTEM_ACCOUNTS -> list(request, schema, companyId, true);
            case SAVE -> save(request, schema, companyId);
            case DELETE -> delete(schema, companyId, route.id());
            case CALCULATE -> calculate(request, schema, companyId);
            case SAVE_BATCH -> saveBatch(request, schema, companyId);
        };
    }

    /** Company/Get lists the companies the login can see; each Company row lives under its own ID. */
    SageResponse companies(SageRequest request, Route route, UserAccount user) {
        ODataQuery query = ODataQuery.from(request, route.schema());
        return store.reading(() -> {
            List<ObjectNode> visible = user.companyIds().stream()
                    .map(id -> store.rows(id, "Company").get(id)).filter(Objects::nonNull).toList();
            if (route.id() == null) {
                return SageResponse.json(200, query.apply(visible, c -> true, false));
            }
            return visible.stream().filter(c -> c.get("ID").asLong() == route.id()).findFirst()
                    .map(c -> SageResponse.json(200, c))
                    .orElseGet(() -> notFoundResponse(route.schema(), route.id()));
        });
    }

    private SageResponse list(SageRequest request, ServiceSchema schema, long companyId, boolean includeHidden) {
        ODataQuery query = ODataQuery.from(request, schema);
        Predicate<JsonNode> visible = includeHidden ? row -> true : schema.hiddenFromGet().negate();
        return store.reading(() -> SageResponse.json(200,
                query.apply(store.rows(companyId, schema.name()).values(), visible, true)));
    }

    private SageResponse getOne(ServiceSchema schema, long companyId, long id) {
        return store.reading(() -> Optional.ofNullable(store.rows(companyId, schema.name()).get(id))
                .map(row -> SageResponse.json(200, row))
                .orElseGet(() -> notFoundResponse(schema, id)));
    }

    private SageResponse save(SageRequest request, ServiceSchema schema, long companyId) {
        ObjectNode input = objectBody(request.body);
        return store.writing(() -> {
            Saved saved = saveOne(schema, companyId, input);
            SageResponse response = SageResponse.json(saved.created() ? 201 : 200, saved.row);
            if (saved.created()) {
                response.header("Location", baseUrl + Route.PREFIX + schema.name() + "/Get/" + saved.row.get("ID").asText());
            }
            return response;
        });
    }

    /** Every item or none: a failing item rolls back the ones saved before it. */
    private SageResponse saveBatch(SageRequest request, ServiceSchema schema, long companyId) {
        JsonNode body = parse(request.body);
        if (!body.isArray()) {
            throw SageError.message(400, "The request is invalid. SaveBatch expects a JSON array of " + schema.name() + " objects.");
        }
        return store.writing(() -> {
            List<Saved> done = new ArrayList<>();
            try {
                for (JsonNode item : body) {
                    if (!item.isObject()) {
                        throw SageError.message(400, "The request is invalid. Every SaveBatch item must be a JSON object.");
                    }
                    done.add(saveOne(schema, companyId, (ObjectNode) item));
                }
            } catch (RuntimeException e) {
                for (int i = done.size() - 1; i >= 0; i--) {
                    undo(schema, companyId, done.get(i));
                }
                throw e;
            }
            ArrayNode result = SageJson.MAPPER.createArrayNode();
            done.forEach(s -> result.add(s.row));
            return SageResponse.json(200, result);
        });
    }

    /** Saves through the same path as the API (validation, totals, balances), for seed data. */
    ObjectNode seed(long companyId, String service, ObjectNode entity) {
        return store.writing(() -> saveOne(ServiceCatalog.require(service), companyId, entity).row);
    }

    private SageResponse calculate(SageRequest request, ServiceSchema schema, long companyId) {
        ObjectNode input = objectBody(request.body);
        return store.reading(() -> {
            prepare(schema, input);
            validator.validate(companyId, schema, input, input.hasNonNull("ID") ? input.get("ID").asLong() : null);
            derive(schema, companyId, input);
            return SageResponse.json(200, input);
        });
    }

    private SageResponse delete(ServiceSchema schema, long companyId, long id) {
        return store.writing(() -> {
            ObjectNode row = store.rows(companyId, schema.name()).get(id);
            if (row == null) {
                throw notFound(schema, id);
            }
            Optional<String> user = References.firstReferrer(store, companyId, schema.name(), id);
            if (user.isPresent()) {
                throw SageError.message(409, "The " + schema.name() + " with ID " + id + " cannot be deleted because it is in use ("
                        + user.get() + " refers to it).");
            }
            store.rows(companyId, schema.name()).remove(id);
            balances.refresh(companyId, schema.name(), row);
            return SageResponse.empty(204);
        });
    }

    private Saved saveOne(ServiceSchema schema, long companyId, ObjectNode input) {
        ObjectNode entity = input.deepCopy();
        SageJson.dropNulls(entity);
        Long id = entity.path("ID").asLong(0) == 0 ? null : entity.path("ID").asLong();
        ObjectNode previous = id == null ? null : store.rows(companyId, schema.name()).get(id);
        if (id != null && previous == null) {
            throw notFound(schema, id);
        }
        entity.remove("ID");
        prepare(schema, entity);
        validator.validate(companyId, schema, entity, id);
        if (schema.kind() == EntityKind.ALLOCATION) {
            balances.validateAllocation(companyId, entity, previous);
        }
        derive(schema, companyId, entity);
        if (schema.documentPrefix() != null && entity.path("DocumentNumber").asText("").isBlank()) {
            entity.put("DocumentNumber", previous != null && previous.has("DocumentNumber")
                    ? previous.get("DocumentNumber").asText()
                    : store.nextDocumentNumber(companyId, schema.name(), schema.documentPrefix()));
        }
        ObjectNode row;
        if (previous == null) {
            row = store.insertRow(companyId, schema.name(), entity);
        } else {
            // An update replaces the entity: fields the client leaves out are gone, as with Sage.
            entity.set("Created", previous.get("Created"));
            entity.put("Modified", SageJson.stamp(store.clock().now()));
            row = store.putRow(companyId, schema.name(), id, entity);
            balances.refresh(companyId, schema.name(), previous);
        }
        balances.refresh(companyId, schema.name(), row);
        return new Saved(row, previous);
    }

    private void undo(ServiceSchema schema, long companyId, Saved saved) {
        long id = saved.row.get("ID").asLong();
        if (saved.previous == null) {
            store.rows(companyId, schema.name()).remove(id);
        } else {
            store.putRow(companyId, schema.name(), id, saved.previous);
            balances.refresh(companyId, schema.name(), saved.previous);
        }
        balances.refresh(companyId, schema.name(), saved.row);
    }

    private static void prepare(ServiceSchema schema, ObjectNode entity) {
        READ_ONLY.forEach(entity::remove);
        schema.aliases().forEach((deprecated, current) -> {
            if (!entity.hasNonNull(current) && entity.hasNonNull(deprecated)) {
                entity.set(current, entity.get(deprecated));
            }
            entity.remove(deprecated);
        });
        for (String field : schema.dates()) {
            JsonNode v = entity.get(field);
            if (v != null && v.isTextual()) {
                SageJson.parseDate(v.textValue()).ifPresent(d -> entity.put(field, SageJson.DATE.format(d)));
            }
        }
        for (String path : schema.numbers()) {
            FieldPath.visit(entity, path, (holder, field, display) -> {
                JsonNode v = holder.get(field);
                if (v != null && v.isTextual()) {
                    SageJson.parseNumber(v.textValue()).ifPresent(n -> holder.put(field, n));
                }
            });
        }
    }

    /** Fields the simulator computes: document totals, rounded money, a sales rep's Name, deprecated aliases. */
    private void derive(ServiceSchema schema, long companyId, ObjectNode entity) {
        schema.aliases().forEach((deprecated, current) -> {
            if (entity.has(current)) {
                entity.set(deprecated, entity.get(current));
            }
        });
        for (String field : schema.money()) {
            JsonNode v = entity.get(field);
            if (v != null && v.isNumber()) {
                entity.put(field, SageJson.money(v.decimalValue()));
            }
        }
        if (schema.kind() == EntityKind.DOCUMENT) {
            DocumentCalculator.calculate(entity, id -> Optional.ofNullable(store.rows(companyId, "TaxType").get(id))
                    .map(t -> SageJson.decimal(t, "Percentage")).orElse(BigDecimal.ZERO));
        }
        if (schema.name().equals("SalesRepresentative")) {
            entity.put("Name", (entity.path("FirstName").asText("") + " " + entity.path("LastName").asText("")).trim());
        }
        if (schema.kind() == EntityKind.MASTER && !entity.has("Active")) {
            entity.put("Active", true);
        }
    }

    private static ObjectNode objectBody(byte[] body) {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw SageError.message(400, "The request is invalid. The body must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw SageError.message(400, "The request is invalid. The request body is empty.");
        }
        try {
            return SageJson.parse(body);
        } catch (JsonProcessingException e) {
            throw SageError.message(400, "The request is invalid. The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SageError notFound(ServiceSchema schema, long id) {
        return new SageError(notFoundResponse(schema, id));
    }

    private static SageResponse notFoundResponse(ServiceSchema schema, long id) {
        return SageResponse.message(404, "No " + schema.name() + " with ID " + id
                + " was found. Entities are bound to companies: ensure the entity belongs to the company.");
    }

    /** A saved row and the version it replaced (null when created). */
    private record Saved(ObjectNode row, ObjectNode previous) {
        boolean created() {
            return previous == null;
        }
    }
}

package dev.camelsage.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The one controller behind every service: Get, Get/{id}, Save, Delete/{id}, Calculate and SaveBatch driven by the
 * schema, and the other methods handed to {@link DocumentActions} and {@link AttachmentController}.
 */
final class ApiController {

    private final Store store;
    private final EntityValidator validator;
    private final Balances balances;
    private final EntityCompletion completion;
    private final DocumentActions actions;
    private final AttachmentController attachments;
    private final Behaviour behaviour;
    private final String baseUrl;

    ApiController(Store store, String baseUrl, Behaviour behaviour, Outbox outbox) {
        this.store = store;
        this.validator = new EntityValidator(store);
        this.balances = new Balances(store);
        this.completion = new EntityCompletion(store, behaviour);
        this.actions = new DocumentActions(store, baseUrl, outbox);
        this.attachments = new AttachmentController(store);
        this.behaviour = behaviour;
        this.baseUrl = baseUrl;
    }

    SageResponse handle(SageRequest request, Route route, long companyId) {
        ServiceSchema schema = route.schema();
        return switch (route.operation()) {
            case GET -> route.id() == null ? list(request, schema, companyId, false) : getOne(request, schema, companyId, route.id());
            case GET_WITH_SYSTEM_ACCOUNTS -> list(request, schema, companyId, true);
            case SAVE -> save(request, schema, companyId);
            case DELETE -> delete(request, schema, companyId, route.id());
            case CALCULATE -> calculate(request, schema, companyId);
            case SAVE_BATCH -> saveBatch(request, schema, companyId);
            case EMAIL, EMAIL_DELIVERY_NOTE, EXPORT, HAS_ACTIVITY, CUSTOMER_ZONE_INVOICE_URL, CUSTOMER_ZONE_QUOTE_URL ->
                    actions.handle(request, route, companyId);
            case ATTACHMENT_GET, ATTACHMENT_SAVE, ATTACHMENT_DELETE, DOWNLOAD, ALLOW_DELETE, STORAGE_INFORMATION ->
                    attachments.handle(request, route, companyId);
            case CURRENT -> throw new IllegalStateException("Company/Current is answered by companies()");
        };
    }

    /**
     * Company/Get lists the companies the login can see (each Company row lives under its own ID); Company/Current is
     * the company of {@code companyid}, or without it the login's first company.
     */
    SageResponse companies(SageRequest request, Route route, UserAccount user, Long companyId) {
        ODataQuery query = ODataQuery.from(request, route.schema(), behaviour.stringFilters());
        return store.reading(() -> {
            List<ObjectNode> visible = user.companyIds().stream().sorted()
                    .map(id -> store.rows(id, "Company").get(id)).filter(Objects::nonNull).toList();
            Long wanted = route.operation() == Operation.CURRENT
                    ? (companyId != null ? companyId : visible.isEmpty() ? null : visible.get(0).get("ID").asLong())
                    : route.id();
            if (wanted == null && route.operation() == Operation.GET) {
                return SageResponse.json(200, query.apply(visible, c -> true, false, UnaryOperator.identity()));
            }
            return visible.stream().filter(c -> wanted != null && c.get("ID").asLong() == wanted).findFirst()
                    .map(c -> SageResponse.json(200, c))
                    .orElseGet(() -> notFoundResponse(route.schema(), wanted == null ? 0 : wanted));
        });
    }

    private SageResponse list(SageRequest request, ServiceSchema schema, long companyId, boolean includeHidden) {
        ODataQuery query = ODataQuery.from(request, schema, behaviour.stringFilters());
        Predicate<JsonNode> visible = includeHidden ? row -> true : schema.hiddenFromGet().negate();
        return store.reading(() -> SageResponse.json(200, query.apply(store.rows(companyId, schema.name()).values(),
                visible, true, view(request, schema, companyId, true))));
    }

    private SageResponse getOne(SageRequest request, ServiceSchema schema, long companyId, long id) {
        return store.reading(() -> Optional.ofNullable(store.rows(companyId, schema.name()).get(id))
                .map(row -> SageResponse.json(200, view(request, schema, companyId, false).apply(row)))
                .orElseGet(() -> notFoundResponse(schema, id)));
    }

    /**
     * What an answer shows of a stored row: a document in a list leaves out its Lines unless {@code includeDetail=true}
     * (Get/{id} keeps them); {@code include...Details=true} embeds the related Customer, Supplier or SalesRepresentative.
     * Rows are copied shallowly and serialised under the read lock, so nothing stored is changed or leaked.
     */
    private UnaryOperator<JsonNode> view(SageRequest request, ServiceSchema schema, long companyId, boolean inList) {
        boolean dropLines = inList && schema.kind() == EntityKind.DOCUMENT && !flag(request, "includeDetail");
        List<ServiceSchema.Embed> embeds = schema.embeds().isEmpty() ? List.of()
                : schema.embeds().stream().filter(e -> flag(request, e.flag())).toList();
        if (!dropLines && embeds.isEmpty()) {
            return UnaryOperator.identity();
        }
        return row -> {
            ObjectNode copy = SageJson.object();
            copy.setAll((ObjectNode) row);
            if (dropLines) {
                copy.remove("Lines");
            }
            for (ServiceSchema.Embed embed : embeds) {
                ObjectNode related = row.hasNonNull(embed.idField())
                        ? store.rows(companyId, embed.service()).get(row.get(embed.idField()).asLong()) : null;
                if (related != null) {
                    copy.set(embed.field(), related);
                }
            }
            return copy;
        };
    }

    private static boolean flag(SageRequest request, String name) {
        return "true".equalsIgnoreCase(request.param(name.toLowerCase(Locale.ROOT)));
    }

    private SageResponse save(SageRequest request, ServiceSchema schema, long companyId) {
        ObjectNode input = objectBody(request.body);
        return store.writing(() -> {
            Saved saved = saveOne(schema, companyId, input);
            request.committed = true;
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
            request.committed = !done.isEmpty();
            ArrayNode result = SageJson.MAPPER.createArrayNode();
            done.forEach(s -> result.add(s.row));
            return SageResponse.json(200, result);
        });
    }

    /** Saves through the same path as the API (binding, validation, totals, balances), for seed data. */
    ObjectNode seed(long companyId, String service, ObjectNode entity) {
        return store.writing(() -> saveOne(ServiceCatalog.require(service), companyId, entity).row);
    }

    /** Returns the document with its totals computed, as Save would store it, without storing it. */
    private SageResponse calculate(SageRequest request, ServiceSchema schema, long companyId) {
        ObjectNode input = objectBody(request.body);
        return store.reading(() -> {
            ObjectNode entity = ModelBinder.bind(schema, input);
            EntityValidator.checkModelState(schema, entity);
            JsonNode id = entity.remove("ID");
            validator.validate(companyId, schema, entity, id == null ? null : id.asLong());
            completion.complete(schema, companyId, entity, null, false);
            if (id != null) {
                entity.set("ID", id);
            }
            return SageResponse.json(200, entity);
        });
    }

    private SageResponse delete(SageRequest request, ServiceSchema schema, long companyId, long id) {
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
            request.committed = true;
            return SageResponse.empty(204);
        });
    }

    private Saved saveOne(ServiceSchema schema, long companyId, ObjectNode input) {
        ObjectNode entity = ModelBinder.bind(schema, input);
        EntityValidator.checkModelState(schema, entity);
        Long id = entity.path("ID").asLong(0) == 0 ? null : entity.path("ID").asLong();
        ObjectNode previous = id == null ? null : store.rows(companyId, schema.name()).get(id);
        if (id != null && previous == null) {
            throw notFound(schema, id);
        }
        entity.remove("ID");
        validator.validate(companyId, schema, entity, id);
        if (schema.kind() == EntityKind.ALLOCATION) {
            balances.validateAllocation(companyId, entity, previous);
        }
        completion.complete(schema, companyId, entity, previous, true);
        if (schema.documentPrefix() != null && entity.path("DocumentNumber").asText("").isBlank()) {
            entity.put("DocumentNumber", previous != null && previous.has("DocumentNumber")
                    ? previous.get("DocumentNumber").asText()
                    : store.nextDocumentNumber(companyId, schema.name(), schema.documentPrefix()));
        }
        ObjectNode row;
        if (previous == null) {
            row = store.insertRow(companyId, schema.name(), entity);
        } else {
            // An update replaces the entity: fields the client leaves out are gone (or back to 0/false), as with Sage.
            if (schema.timestamps()) {
                entity.set("Created", previous.get("Created"));
                entity.put("Modified", SageJson.stamp(store.clock().now()));
            }
            row = store.putRow(companyId, schema.name(), id, entity);
            balances.refresh(companyId, schema.name(), previous);
        }
        completion.identify(schema, row, previous);
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

    static ObjectNode objectBody(byte[] body) {
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

    static SageError notFound(ServiceSchema schema, long id) {
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

package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {Entity}Attachment services (darrynten AccountNoteAttachment.php and its mocks; ricomaster's upload): Save takes
 * {@code multipart/form-data} with a {@code file} part and an {@code {Entity}Id} part and answers the saved
 * attachments as an array; Get/{entityId} lists an entity's attachments; Download/{guid} answers the file's bytes;
 * Delete/{guid}; AllowDelete/{guid} answers a bare boolean; GetCompanyStorageInformation {SizeUsed, MaxSizeAllowed}.
 * Files are stored in the {@link Store} under the attachment service, metadata and content (base64) together.
 */
final class AttachmentController {

    /** The storage a company may use; Sage's figure was not captured. */
    static final long MAX_SIZE_ALLOWED = 1L << 30;

    private final Store store;

    AttachmentController(Store store) {
        this.store = store;
    }

    SageResponse handle(SageRequest request, Route route, long companyId) {
        ServiceSchema schema = route.schema();
        return switch (route.operation()) {
            case ATTACHMENT_SAVE -> save(request, schema, companyId);
            case ATTACHMENT_GET -> store.reading(() -> {
                owner(schema, companyId, route.id());
                ArrayNode list = SageJson.MAPPER.createArrayNode();
                store.rows(companyId, schema.name()).values().stream()
                        .filter(a -> a.path("OwnerId").asLong() == route.id()).forEach(a -> list.add(view(a)));
                return SageResponse.json(200, list);
            });
            case DOWNLOAD -> store.reading(() -> {
                ObjectNode a = find(schema, companyId, route.guid()).orElseThrow(() -> notFound(route.guid()));
                return SageResponse.file(a.path("ContentType").asText("application/octet-stream"), a.path("Name").asText("file"),
                        Base64.getDecoder().decode(a.path("Data").asText("")));
            });
            case ALLOW_DELETE -> store.reading(() -> SageResponse.bareValue(200, find(schema, companyId, route.guid()).isPresent()));
            case ATTACHMENT_DELETE -> store.writing(() -> {
                ObjectNode a = find(schema, companyId, route.guid()).orElseThrow(() -> notFound(route.guid()));
                store.rows(companyId, schema.name()).remove(a.get("ID").asLong());
                markOwner(schema, companyId, a.path("OwnerId").asLong());
                request.committed = true;
                return SageResponse.empty(204);
            });
            case STORAGE_INFORMATION -> store.reading(() -> SageResponse.json(200, SageJson.object()
                    .put("SizeUsed", sizeUsed(companyId)).put("MaxSizeAllowed", MAX_SIZE_ALLOWED)));
            default -> throw new IllegalStateException(route.operation() + " is not an attachment method");
        };
    }

    private SageResponse save(SageRequest request, ServiceSchema schema, long companyId) {
        List<Multipart.Part> parts = Multipart.parse(request.header("content-type"), request.body);
        Multipart.Part file = Multipart.find(parts, "file").filter(p -> p.fileName() != null)
                .orElseThrow(() -> SageError.message(400, "The request is invalid. The multipart body needs a part named"
                        + " 'file' with a filename."));
        String idPart = schema.attachmentOf() + "Id";
        String ownerText = Multipart.find(parts, idPart).map(Multipart.Part::text)
                .orElseThrow(() -> SageError.message(400, "The request is invalid. The multipart body needs a text part named '"
                        + idPart + "' with the ID of the " + schema.attachmentOf() + "."));
        if (!ownerText.matches("\\d{1,18}")) {
            throw SageError.message(400, "The request is invalid. The value '" + ownerText + "' is not valid for " + idPart + ".");
        }
        long ownerId = Long.parseLong(ownerText);
        return store.writing(() -> {
            owner(schema, companyId, ownerId);
            ObjectNode row = store.insertRow(companyId, schema.name(), SageJson.object().put("OwnerId", ownerId)
                    .put("Name", file.fileName()).put("Size", file.content().length)
                    .put("ContentType", file.contentType() == null ? "application/octet-stream" : file.contentType())
                    .put("Data", Base64.getEncoder().encodeToString(file.content())));
            row.put("AttachmentUID", UUID.nameUUIDFromBytes(("attachment/" + row.get("ID").asLong())
                    .getBytes(StandardCharsets.UTF_8)).toString());
            markOwner(schema, companyId, ownerId);
            request.committed = true;
            return SageResponse.json(200, SageJson.MAPPER.createArrayNode().add(view(row)));
        });
    }

    /** The entity the attachments belong to, or the 404 Sage gives for an entity of another company. */
    private ObjectNode owner(ServiceSchema schema, long companyId, long ownerId) {
        ObjectNode owner = store.rows(companyId, schema.attachmentOf()).get(ownerId);
        if (owner == null) {
            throw ApiController.notFound(ServiceCatalog.require(schema.attachmentOf()), ownerId);
        }
        return owner;
    }

    private void markOwner(ServiceSchema schema, long companyId, long ownerId) {
        ObjectNode owner = store.rows(companyId, schema.attachmentOf()).get(ownerId);
        if (owner != null && ServiceCatalog.require(schema.attachmentOf()).fields().has("HasAttachments")) {
            owner.put("HasAttachments", store.rows(companyId, schema.name()).values().stream()
                    .anyMatch(a -> a.path("OwnerId").asLong() == ownerId));
        }
    }

    private Optional<ObjectNode> find(ServiceSchema schema, long companyId, String guid) {
        return store.rows(companyId, schema.name()).values().stream()
                .filter(a -> a.path("AttachmentUID").asText().equals(guid)).findFirst();
    }

    private long sizeUsed(long companyId) {
        return ServiceCatalog.all().stream().filter(s -> s.kind() == EntityKind.ATTACHMENT)
                .flatMap(s -> store.rows(companyId, s.name()).values().stream())
                .mapToLong(a -> a.path("Size").asLong()).sum();
    }

    /** The Attachment model: {Name, Size, AttachmentUID, Data}. */
    private static ObjectNode view(ObjectNode row) {
        return SageJson.object().put("Name", row.path("Name").asText()).put("Size", row.path("Size").asLong())
                .put("AttachmentUID", row.path("AttachmentUID").asText()).put("Data", row.path("Data").asText());
    }

    private static SageError notFound(String guid) {
        return SageError.message(404, "No attachment with AttachmentUID " + guid
                + " was found. Entities are bound to companies: ensure the entity belongs to the company.");
    }
}

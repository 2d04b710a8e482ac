package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The methods beyond CRUD that answer something other than the entity: Email (recorded in the {@link Outbox}, 204),
 * Export (a PDF), HasActivity (a bare {@code true}/{@code false}) and CustomerZone's URLs (a bare JSON string).
 */
final class DocumentActions {

    private final Store store;
    private final String baseUrl;
    private final Outbox outbox;

    DocumentActions(Store store, String baseUrl, Outbox outbox) {
        this.store = store;
        this.baseUrl = baseUrl;
        this.outbox = outbox;
    }

    SageResponse handle(SageRequest request, Route route, long companyId) {
        return switch (route.operation()) {
            case EMAIL, EMAIL_DELIVERY_NOTE -> email(request, route, companyId);
            case EXPORT -> export(route, companyId);
            case HAS_ACTIVITY -> hasActivity(route, companyId);
            case CUSTOMER_ZONE_INVOICE_URL -> customerZoneUrl(request, route, companyId, "TaxInvoice");
            case CUSTOMER_ZONE_QUOTE_URL -> customerZoneUrl(request, route, companyId, "Quote");
            default -> throw new IllegalStateException(route.operation() + " is not a document action");
        };
    }

    /**
     * POST {Document}/Email with {ID, EmailAddress, CCAddress, BCCAddress, Subject, Message, Attachments}. The Help
     * page shows no response body (darrynten has request mocks only), i.e. a void action: 204.
     */
    private SageResponse email(SageRequest request, Route route, long companyId) {
        ObjectNode body = bindBody(request, EntityFields.EMAIL, "email", "ID", "EmailAddress");
        long id = body.get("ID").asLong();
        return store.writing(() -> {
            if (store.rows(companyId, route.schema().name()).get(id) == null) {
                throw ApiController.notFound(route.schema(), id);
            }
            List<Map.Entry<String, String>> attachments = new ArrayList<>();
            body.path("Attachments").forEach(a -> attachments.add(Map.entry(a.path("Key").asText(""), a.path("Value").asText(""))));
            outbox.add(new SentEmail(request.arrival, companyId, route.schema().name(), route.operation().action, id,
                    body.get("EmailAddress").asText(), text(body, "CCAddress"), text(body, "BCCAddress"),
                    text(body, "Subject"), text(body, "Message"), List.copyOf(attachments)));
            request.committed = true;
            return SageResponse.empty(204);
        });
    }

    /** GET {Document}/Export/{id}: "Downloads a copy of a Supplier Invoice as a PDF file" (darrynten SupplierInvoice.php). */
    private SageResponse export(Route route, long companyId) {
        ServiceSchema schema = route.schema();
        return store.reading(() -> {
            ObjectNode doc = store.rows(companyId, schema.name()).get(route.id());
            if (doc == null) {
                throw ApiController.notFound(schema, route.id());
            }
            String number = doc.path("DocumentNumber").asText(String.valueOf(route.id()));
            List<String> lines = new ArrayList<>(List.of(schema.name() + " " + number,
                    "Date: " + doc.path("Date").asText(""), "Reference: " + doc.path("Reference").asText("")));
            doc.path("Lines").forEach(l -> lines.add(l.path("Quantity").asText() + " x " + l.path("Description").asText("")
                    + "  " + l.path("Total").asText()));
            lines.add("Total: " + doc.path("Total").asText());
            return SageResponse.file("application/pdf", number + ".pdf", PdfExport.render(lines));
        });
    }

    /** GET SalesRepresentative/HasActivity/{id}: bare true or false (darrynten GET_SalesRepresentative_HasActivity_*.json). */
    private SageResponse hasActivity(Route route, long companyId) {
        ServiceSchema schema = route.schema();
        return store.reading(() -> {
            if (store.rows(companyId, schema.name()).get(route.id()) == null) {
                throw ApiController.notFound(schema, route.id());
            }
            return SageResponse.bareValue(200, References.firstReferrer(store, companyId, schema.name(), route.id()).isPresent());
        });
    }

    /**
     * POST CustomerZone/GetCustomerZoneInvoiceUrl (or ...QuoteUrl) with {DocumentHeaderId, CustomerId}: the URL at which
     * the customer sees the document, as a bare JSON string (Pietervdw returns the raw content).
     */
    private SageResponse customerZoneUrl(SageRequest request, Route route, long companyId, String documentService) {
        ObjectNode body = bindBody(request, route.schema().fields(), "model", "DocumentHeaderId", "CustomerId");
        long documentId = body.get("DocumentHeaderId").asLong();
        long customerId = body.get("CustomerId").asLong();
        return store.reading(() -> {
            ObjectNode doc = store.rows(companyId, documentService).get(documentId);
            if (doc == null) {
                throw ApiController.notFound(ServiceCatalog.require(documentService), documentId);
            }
            ObjectNode customer = store.rows(companyId, "Customer").get(customerId);
            if (customer == null || doc.path("CustomerId").asLong() != customerId) {
                throw SageError.message(400, "The " + documentService + " with ID " + documentId
                        + " does not belong to the Customer with ID " + customerId + ".");
            }
            String kind = documentService.equals("Quote") ? "Quote" : "Invoice";
            return SageResponse.bareValue(200, baseUrl + "/CustomerZone/" + kind + "?c=" + customer.path("CustomerZoneGuid").asText()
                    + "&d=" + doc.path("UID").asText());
        });
    }

    /** Binds a JSON body to a model that is not a service's entity, with its required fields as ModelState errors. */
    private static ObjectNode bindBody(SageRequest request, FieldSet fields, String parameterName, String... required) {
        ObjectNode body = fields.bind(ApiController.objectBody(request.body));
        SageJson.dropNulls(body);
        ModelState errors = new ModelState(parameterName);
        for (String name : required) {
            JsonNode v = body.get(name);
            if (v == null || v.isTextual() && v.textValue().isBlank()) {
                errors.add(name, "The " + name + " field is required.");
            } else if (fields.field(name).orElseThrow().type() == FieldSet.Type.INT && !v.canConvertToExactIntegral()
                    && !(v.isTextual() && v.textValue().trim().matches("-?\\d{1,18}"))) {
                errors.add(name, "The value '" + v.asText() + "' is not valid for " + name + ".");
            }
        }
        errors.throwIfAny();
        for (String name : required) {
            if (body.get(name).isTextual() && fields.field(name).orElseThrow().type() == FieldSet.Type.INT) {
                body.put(name, Long.parseLong(body.get(name).textValue().trim()));
            }
        }
        return body;
    }

    private static String text(ObjectNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}

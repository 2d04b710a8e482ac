package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Finds what refers to an entity, for the 409 that protects it from deletion. Callers hold the store's lock. */
final class References {

    private References() {
    }

    /** A description such as "TaxInvoice 10042" of the first entity that refers to the given one, if any. */
    static Optional<String> firstReferrer(Store store, long companyId, String service, long id) {
        for (ServiceSchema schema : ServiceCatalog.all()) {
            for (Reference reference : schema.references()) {
                for (ObjectNode row : store.rows(companyId, schema.name()).values()) {
                    AtomicReference<String> found = new AtomicReference<>();
                    FieldPath.visit(row, reference.path(), (holder, field, display) -> {
                        JsonNode v = holder.get(field);
                        if (v != null && v.asLong() == id && reference.targets().apply(holder).contains(service)) {
                            found.set(schema.name() + " " + row.get("ID").asText());
                        }
                    });
                    if (found.get() != null) {
                        return Optional.of(found.get());
                    }
                }
            }
        }
        return Optional.empty();
    }
}

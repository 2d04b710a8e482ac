package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Keeps invoices' AmountDue and payments' (or returns') TotalUnallocated equal to their Total less what allocations
 * have applied, and refuses allocations that would over-allocate. Callers hold the store's write lock.
 */
final class Allocations {

    /** Documents that decrease a balance and can be allocated from. */
    static final List<String> SOURCES = List.of("CustomerReceipt", "CustomerReturn", "SupplierPayment");
    /** Documents that increase a balance and can be allocated to. */
    static final List<String> TARGETS = List.of("TaxInvoice", "SupplierInvoice");

    private final Store store;

    Allocations(Store store) {
        this.store = store;
    }

    /** Checks an allocation against the documents it links; {@code previous} is the stored version on update. */
    void validate(long companyId, ObjectNode allocation, ObjectNode previous) {
        BigDecimal total = SageJson.decimal(allocation, "Total");
        if (total.signum() <= 0) {
            throw SageError.message(400, "The allocation Total must be greater than zero.");
        }
        ObjectNode source = find(companyId, SOURCES, allocation.path("SourceDocumentId").asLong());
        ObjectNode target = find(companyId, TARGETS, allocation.path("AllocatedToDocumentId").asLong());
        String party = source.has("CustomerId") ? "CustomerId" : "SupplierId";
        if (!source.path(party).equals(target.path(party))) {
            throw SageError.message(400, "The source document and the document allocated to must belong to the same "
                    + party.replace("Id", "").toLowerCase(Locale.ROOT) + ".");
        }
        BigDecimal due = outstanding(companyId, target, previous);
        if (total.compareTo(due) > 0) {
            throw SageError.message(400, "The allocation Total " + total + " exceeds the amount due " + due
                    + " on document " + target.get("ID").asText() + ".");
        }
        BigDecimal unallocated = outstanding(companyId, source, previous);
        if (total.compareTo(unallocated) > 0) {
            throw SageError.message(400, "The allocation Total " + total + " exceeds the unallocated amount " + unallocated
                    + " of document " + source.get("ID").asText() + ".");
        }
    }

    /** Recomputes AmountDue / TotalUnallocated of the documents an entity is or links to. */
    void refresh(long companyId, JsonNode entity) {
        for (String field : List.of("SourceDocumentId", "AllocatedToDocumentId", "ID")) {
            if (!entity.hasNonNull(field)) {
                continue;
            }
            long id = entity.get(field).asLong();
            refresh(companyId, TARGETS, id, "AmountDue");
            refresh(companyId, SOURCES, id, "TotalUnallocated");
        }
    }

    private void refresh(long companyId, List<String> services, long id, String balanceField) {
        ObjectNode doc = find(companyId, services, id);
        if (doc != null) {
            doc.put(balanceField, outstanding(companyId, doc, null));
        }
    }

    /** Total less every allocation that touches the document, leaving out {@code excluded} (the one being updated). */
    private BigDecimal outstanding(long companyId, ObjectNode doc, ObjectNode excluded) {
        long id = doc.get("ID").asLong();
        BigDecimal allocated = BigDecimal.ZERO;
        for (ObjectNode a : store.rows(companyId, "Allocation").values()) {
            boolean touches = a.path("SourceDocumentId").asLong() == id || a.path("AllocatedToDocumentId").asLong() == id;
            if (touches && (excluded == null || a.get("ID").asLong() != excluded.get("ID").asLong())) {
                allocated = allocated.add(SageJson.decimal(a, "Total"));
            }
        }
        return SageJson.money(SageJson.decimal(doc, "Total").subtract(allocated));
    }

    private ObjectNode find(long companyId, List<String> services, long id) {
        for (String service : services) {
            ObjectNode row = store.rows(companyId, service).get(id);
            if (row != null) {
                return row;
            }
        }
        return null;
    }
}

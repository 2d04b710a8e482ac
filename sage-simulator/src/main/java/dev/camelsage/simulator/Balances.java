package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The balances Sage derives: an invoice's AmountDue and a receipt's, payment's or return's TotalUnallocated are their
 * Total less the allocations that touch them; a customer's or supplier's Balance is what its invoices still owe less
 * what its receipts, returns or payments have not yet been allocated to. Refuses allocations that over-allocate.
 * Callers hold the store's write lock.
 */
final class Balances {

    /** Documents that decrease a balance and can be allocated from. */
    static final List<String> SOURCES = List.of("CustomerReceipt", "CustomerReturn", "SupplierPayment");
    /** Documents that increase a balance and can be allocated to. */
    static final List<String> TARGETS = List.of("TaxInvoice", "SupplierInvoice");
    /** Per party: the services that raise its balance and those that lower it. */
    private static final Map<String, List<List<String>>> PARTIES = Map.of(
            "Customer", List.of(List.of("TaxInvoice"), List.of("CustomerReceipt", "CustomerReturn")),
            "Supplier", List.of(List.of("SupplierInvoice"), List.of("SupplierPayment")));

    private final Store store;

    Balances(Store store) {
        this.store = store;
    }

    /** Checks an allocation against the documents it links; {@code previous} is the stored version on update. */
    void validateAllocation(long companyId, ObjectNode allocation, ObjectNode previous) {
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

    /** Recomputes every balance an entity of the service (saved, changed or deleted) can move. */
    void refresh(long companyId, String service, JsonNode entity) {
        for (String field : List.of("SourceDocumentId", "AllocatedToDocumentId", "ID")) {
            if (entity.hasNonNull(field)) {
                long id = entity.get(field).asLong();
                ObjectNode target = refreshDocument(companyId, TARGETS, id, "AmountDue");
                ObjectNode source = refreshDocument(companyId, SOURCES, id, "TotalUnallocated");
                refreshParties(companyId, target);
                refreshParties(companyId, source);
            }
        }
        refreshParties(companyId, entity);
        if (PARTIES.containsKey(service) && entity.hasNonNull("ID")) {
            refreshParty(companyId, service, entity.get("ID").asLong());
        }
    }

    private ObjectNode refreshDocument(long companyId, List<String> services, long id, String balanceField) {
        ObjectNode doc = find(companyId, services, id);
        if (doc != null) {
            doc.put(balanceField, outstanding(companyId, doc, null));
        }
        return doc;
    }

    private void refreshParties(long companyId, JsonNode document) {
        if (document == null) {
            return;
        }
        for (String party : PARTIES.keySet()) {
            if (document.hasNonNull(party + "Id")) {
                refreshParty(companyId, party, document.get(party + "Id").asLong());
            }
        }
    }

    private void refreshParty(long companyId, String party, long partyId) {
        ObjectNode row = store.rows(companyId, party).get(partyId);
        if (row == null) {
            return;
        }
        List<List<String>> services = PARTIES.get(party);
        BigDecimal balance = sum(companyId, services.get(0), party + "Id", partyId, "AmountDue")
                .subtract(sum(companyId, services.get(1), party + "Id", partyId, "TotalUnallocated"));
        row.put("Balance", SageJson.money(balance));
    }

    private BigDecimal sum(long companyId, List<String> services, String partyField, long partyId, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (String service : services) {
            for (ObjectNode doc : store.rows(companyId, service).values()) {
                if (doc.path(partyField).asLong() == partyId) {
                    total = total.add(SageJson.decimal(doc, field));
                }
            }
        }
        return total;
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

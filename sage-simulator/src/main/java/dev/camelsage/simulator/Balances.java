package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The balances Sage derives, from the catalog's allocation rows: a document allocations pay (an invoice's AmountDue) or
 * use up (a receipt's TotalUnallocated, a credit note's AmountDue) is its Total less the allocations that touch it; an
 * invoice is Paid, with Status and StatusId to match, once nothing is due; a customer's or supplier's Balance is what
 * its invoices still owe less what its receipts, returns, write-offs or payments have not yet been allocated to, and
 * it HasActivity once any document names it. Refuses allocations that over-allocate. Callers hold the store's write lock.
 */
final class Balances {

    /** TaxInvoice.StatusId values (Tow-com-au examples/create_tax_invoice.php) and the Status text Sage shows. */
    private static final int UNPAID = 1;
    private static final int PARTIALLY_PAID = 2;
    private static final int PAID = 3;

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
        Found source = find(companyId, ServiceCatalog.ALLOCATION_SOURCES, allocation.path("SourceDocumentId").asLong());
        Found target = find(companyId, ServiceCatalog.ALLOCATION_TARGETS, allocation.path("AllocatedToDocumentId").asLong());
        String partyId = source.schema.party() + "Id";
        if (!source.schema.party().equals(target.schema.party()) || !source.row.path(partyId).equals(target.row.path(partyId))) {
            throw SageError.message(400, "The source document and the document allocated to must belong to the same "
                    + source.schema.party().toLowerCase(Locale.ROOT) + ".");
        }
        BigDecimal due = outstanding(companyId, target.row, previous);
        if (total.compareTo(due) > 0) {
            throw SageError.message(400, "The allocation Total " + total + " exceeds the amount due " + due
                    + " on document " + target.row.get("ID").asText() + ".");
        }
        BigDecimal unallocated = outstanding(companyId, source.row, previous);
        if (total.compareTo(unallocated) > 0) {
            throw SageError.message(400, "The allocation Total " + total + " exceeds the unallocated amount " + unallocated
                    + " of document " + source.row.get("ID").asText() + ".");
        }
    }

    /** Recomputes every balance an entity of the service (saved, changed or deleted) can move. */
    void refresh(long companyId, String service, JsonNode entity) {
        for (String field : List.of("SourceDocumentId", "AllocatedToDocumentId", "ID")) {
            if (entity.hasNonNull(field)) {
                long id = entity.get(field).asLong();
                refreshParties(companyId, refreshDocument(companyId, ServiceCatalog.ALLOCATION_TARGETS, id));
                refreshParties(companyId, refreshDocument(companyId, ServiceCatalog.ALLOCATION_SOURCES, id));
            }
        }
        refreshParties(companyId, entity);
        if ((service.equals("Customer") || service.equals("Supplier")) && entity.hasNonNull("ID")) {
            refreshParty(companyId, service, entity.get("ID").asLong());
        }
    }

    private ObjectNode refreshDocument(long companyId, List<String> services, long id) {
        Found doc = find(companyId, services, id);
        if (doc == null) {
            return null;
        }
        BigDecimal outstanding = outstanding(companyId, doc.row, null);
        doc.row.put(doc.schema.outstanding(), outstanding);
        if (doc.schema.paidStatus()) {
            int status = outstanding.signum() <= 0 ? PAID
                    : outstanding.compareTo(SageJson.decimal(doc.row, "Total")) < 0 ? PARTIALLY_PAID : UNPAID;
            doc.row.put("Paid", status == PAID);
            doc.row.put("StatusId", status);
            doc.row.put("Status", status == PAID ? "Paid" : status == PARTIALLY_PAID ? "Partially Paid" : "Unpaid");
        }
        return doc.row;
    }

    private void refreshParties(long companyId, JsonNode document) {
        if (document == null) {
            return;
        }
        for (String party : List.of("Customer", "Supplier")) {
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
        BigDecimal balance = BigDecimal.ZERO;
        boolean activity = false;
        String partyField = party + "Id";
        for (ServiceSchema schema : ServiceCatalog.ofParty(party)) {
            for (ObjectNode doc : store.rows(companyId, schema.name()).values()) {
                if (doc.path(partyField).asLong() != partyId) {
                    continue;
                }
                activity = true;
                if (schema.allocation() == ServiceSchema.Allocation.TARGET) {
                    balance = balance.add(SageJson.decimal(doc, schema.outstanding()));
                } else if (schema.allocation() == ServiceSchema.Allocation.SOURCE) {
                    balance = balance.subtract(SageJson.decimal(doc, schema.outstanding()));
                }
            }
        }
        row.put("Balance", SageJson.money(balance));
        row.put("HasActivity", activity);
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

    private Found find(long companyId, List<String> services, long id) {
        for (String service : services) {
            ObjectNode row = store.rows(companyId, service).get(id);
            if (row != null) {
                return new Found(ServiceCatalog.require(service), row);
            }
        }
        return null;
    }

    private record Found(ServiceSchema schema, ObjectNode row) {
    }
}

package dev.camelsage.simulator;

import static dev.camelsage.simulator.Operation.ALLOW_DELETE;
import static dev.camelsage.simulator.Operation.ATTACHMENT_DELETE;
import static dev.camelsage.simulator.Operation.ATTACHMENT_GET;
import static dev.camelsage.simulator.Operation.ATTACHMENT_SAVE;
import static dev.camelsage.simulator.Operation.CALCULATE;
import static dev.camelsage.simulator.Operation.CURRENT;
import static dev.camelsage.simulator.Operation.CUSTOMER_ZONE_INVOICE_URL;
import static dev.camelsage.simulator.Operation.CUSTOMER_ZONE_QUOTE_URL;
import static dev.camelsage.simulator.Operation.DOWNLOAD;
import static dev.camelsage.simulator.Operation.EMAIL;
import static dev.camelsage.simulator.Operation.EMAIL_DELIVERY_NOTE;
import static dev.camelsage.simulator.Operation.EXPORT;
import static dev.camelsage.simulator.Operation.GET;
import static dev.camelsage.simulator.Operation.GET_WITH_SYSTEM_ACCOUNTS;
import static dev.camelsage.simulator.Operation.HAS_ACTIVITY;
import static dev.camelsage.simulator.Operation.SAVE;
import static dev.camelsage.simulator.Operation.SAVE_BATCH;
import static dev.camelsage.simulator.Operation.STORAGE_INFORMATION;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The services the simulator serves, one schema row each (field names and limits from Sage's Help pages), and, for
 * tests and the component, which of them Sage lets a client delete.
 */
public final class ServiceCatalog {

    /** Account type of the system accounts that only GetWithSystemAccounts lists (ricomaster SageOneAccountType). */
    static final int SYSTEM_ACCOUNT = 2;
    /** Account type of an account a client creates. */
    static final int ORDINARY_ACCOUNT = 1;

    /** Where allocations may come from and go to ([HELP:Allocation]: receipts, returns, write-offs; invoices). */
    static final List<String> ALLOCATION_SOURCES = List.of("CustomerReceipt", "CustomerReturn", "CustomerWriteOff",
            "SupplierPayment", "SupplierReturn");
    static final List<String> ALLOCATION_TARGETS = List.of("TaxInvoice", "SupplierInvoice");

    private static final String[] ADDRESSES = {
        "PostalAddress01", "PostalAddress02", "PostalAddress03", "PostalAddress04", "PostalAddress05",
        "DeliveryAddress01", "DeliveryAddress02", "DeliveryAddress03", "DeliveryAddress04", "DeliveryAddress05"};

    private static final String MASTER_DELETE = "darrynten/sage-one-php src/Models (1.1.2 Help) 'delete' => true; "
            + "Pietervdw wraps Delete/{id}";

    private static final Map<String, ServiceSchema> SCHEMAS = new LinkedHashMap<>();

    static {
        add(ServiceSchema.builder("Company", EntityKind.COMPANY, EntityFields.COMPANY).operations(GET, CURRENT)
                .delete(false, "darrynten Company.php: save and delete false"));

        add(party("Customer", EntityFields.CUSTOMER, "CustomerCategory")
                .reference(Reference.to("SalesRepresentativeId", "SalesRepresentative"))
                .maxLength(100, "TextField1", "TextField2", "TextField3")
                .embed("includeSalesRepDetails", "SalesRepresentative", "SalesRepresentativeId", "SalesRepresentative"));
        add(party("Supplier", EntityFields.SUPPLIER, "SupplierCategory"));
        add(ServiceSchema.builder("Item", EntityKind.MASTER, EntityFields.ITEM).operations(GET, SAVE)
                .delete(true, "Pietervdw ItemRequest Delete/{id}; reference §2.1")
                .required("Code", "Description").unique("Code")
                .maxLength(100, "Code", "Description", "Unit")
                .reference(Reference.toCategory("ItemCategory"))
                .reference(Reference.to("TaxTypeIdSales", "TaxType"))
                .reference(Reference.to("TaxTypeIdPurchases", "TaxType")));
        add(ServiceSchema.builder("TaxType", EntityKind.MASTER, EntityFields.TAX_TYPE).operations(GET, SAVE)
                .delete(true, MASTER_DELETE)
                .required("Name", "Percentage").maxLength(100, "Name")
                .derive((entity, previous, companyId) -> entity.put("CompanyId", companyId)));
        add(ServiceSchema.builder("SalesRepresentative", EntityKind.MASTER, EntityFields.SALES_REPRESENTATIVE)
                .operations(GET, SAVE, HAS_ACTIVITY).delete(true, MASTER_DELETE)
                .required("FirstName", "LastName").maxLength(50, "FirstName", "LastName")
                .maxLength(100, "Email").maxLength(30, "Mobile", "Telephone")
                .derive((entity, previous, companyId) -> entity.put("Name",
                        (entity.path("FirstName").asText("") + " " + entity.path("LastName").asText("")).trim())));
        add(category("CustomerCategory").delete(true, MASTER_DELETE));
        add(category("ItemCategory").delete(true, MASTER_DELETE));
        add(category("SupplierCategory").delete(false, "darrynten SupplierCategory.php 'delete' => false (1.1.2 Help);"
                + " Pietervdw's generic {0}Category/Delete is the only other hint"));
        add(ServiceSchema.builder("Account", EntityKind.MASTER, EntityFields.ACCOUNT).operations(GET, SAVE, GET_WITH_SYSTEM_ACCOUNTS)
                .delete(true, MASTER_DELETE)
                .required("Name").maxLength(100, "Name").maxLength(4000, "Description")
                .reference(Reference.to("DefaultTaxTypeId", "TaxType"))
                .hiddenFromGet(a -> a.path("AccountType").asInt() == SYSTEM_ACCOUNT)
                .derive((entity, previous, companyId) -> entity.put("AccountType",
                        previous == null ? ORDINARY_ACCOUNT : previous.path("AccountType").asInt(ORDINARY_ACCOUNT))));
        add(ServiceSchema.builder("BankAccount", EntityKind.MASTER, EntityFields.BANK_ACCOUNT).operations(GET, SAVE)
                .delete(true, MASTER_DELETE)
                .required("Name").maxLength(100, "Name", "BankName", "AccountNumber", "BranchName", "BranchNumber")
                .maxLength(4000, "Description"));
        add(ServiceSchema.builder("AccountNote", EntityKind.MASTER, EntityFields.ACCOUNT_NOTE).operations(GET, SAVE)
                .delete(true, "darrynten AccountNote.php 'delete' => true").noTimestamps()
                .maxLength(100, "Subject").maxLength(8000, "Note"));

        add(customerDocument("TaxInvoice", EntityFields.TAX_INVOICE, "INV").operations(EMAIL, EMAIL_DELIVERY_NOTE)
                .delete(false, "Sage's help: \"Once an invoice is created in Accounting, it cannot be deleted\" (correct it"
                        + " with a CustomerReturn); darrynten TaxInvoice.php 'delete' => false; none in Pietervdw or go-sageone-za"
                        + " (reference §9)")
                .required("DueDate").allocationTarget("AmountDue").paidStatus().lineUnitCost());
        add(customerDocument("CustomerReturn", EntityFields.CUSTOMER_RETURN, "CRN")
                .delete(false, "A posted credit note, like the invoice it corrects; the sources show Get and Save only (§2.1)")
                .allocationSource("AmountDue"));
        add(customerDocument("Quote", EntityFields.QUOTE, "QUO").operations(EMAIL)
                .delete(false, "Pietervdw QuoteRequest wraps Get, Save, Calculate and Email but no Delete, while its"
                        + " PurchaseOrder and JournalEntry wrappers have one; §9: no evidence either way. Switchable"));
        add(customerDocument("SalesOrder", EntityFields.SALES_ORDER, "SO")
                .delete(false, "No source either way (§9); go-sageone-za wraps Get and Save only. Switchable"));
        add(supplierDocument("SupplierInvoice", EntityFields.SUPPLIER_INVOICE, "SI").operations(EMAIL, EXPORT)
                .delete(false, "darrynten SupplierInvoice.php 'delete' => false (1.1.2 Help); none in Pietervdw")
                .required("DueDate").allocationTarget("AmountDue").paidStatus());
        add(supplierDocument("SupplierReturn", EntityFields.SUPPLIER_RETURN, "SR").operations(EMAIL, EXPORT)
                .delete(false, "darrynten SupplierReturn.php 'delete' => false (1.1.2 Help)")
                .allocationSource("AmountDue"));
        add(supplierDocument("PurchaseOrder", EntityFields.PURCHASE_ORDER, "PO")
                .delete(true, "Pietervdw PurchaseOrderRequest.Delete: DELETE PurchaseOrder/Delete/{id}"));

        add(payment("CustomerReceipt", EntityFields.CUSTOMER_RECEIPT, "Customer", "RC")
                .delete(true, "A 2.0.0-era integration (unnamed, low confidence) deletes receipts, with POST"
                        + " CustomerReceipt/Delete?Id=; the simulator answers DELETE as for every Delete, 405 to POST"));
        add(payment("SupplierPayment", EntityFields.SUPPLIER_PAYMENT, "Supplier", "PMT").operations(SAVE_BATCH, EXPORT)
                .delete(true, "darrynten SupplierPayment.php 'delete' => true (1.1.2 Help)"));
        add(ServiceSchema.builder("CustomerWriteOff", EntityKind.PAYMENT, EntityFields.CUSTOMER_WRITE_OFF).operations(GET, SAVE)
                .delete(false, "Help lists the model; the sources show Get and Save only (§2.1)").noTimestamps()
                .required("CustomerId", "Date", "Total")
                .maxLength(100, "DocumentNumber", "Reference", "Description").maxLength(8000, "Comments")
                .reference(Reference.to("CustomerId", "Customer"))
                .party("Customer").allocationSource("TotalUnallocated").documentPrefix("WO"));

        add(ServiceSchema.builder("JournalEntry", EntityKind.JOURNAL, EntityFields.JOURNAL_ENTRY).operations(GET, SAVE, SAVE_BATCH)
                .delete(true, "Pietervdw JournalEntryRequest.Delete").noTimestamps()
                .required("Date", "AccountId", "Effect")
                .maxLength(100, "Reference", "Description").maxLength(8000, "Memo")
                .reference(Reference.to("AccountId", "Account"))
                .reference(Reference.to("ContraAccountId", "Account"))
                .reference(Reference.to("TaxTypeId", "TaxType")));
        add(ServiceSchema.builder("Allocation", EntityKind.ALLOCATION, EntityFields.ALLOCATION).operations(GET, SAVE, SAVE_BATCH)
                .delete(true, "A 2.0.0-era integration (unnamed) calls DELETE Allocation/Delete?Id=; ASP.NET binds the id"
                        + " from the path or the query")
                .required("SourceDocumentId", "AllocatedToDocumentId")
                .alias("DocumentHeaderId_Source", "SourceDocumentId")
                .alias("DocumentHeaderId_Allocation", "AllocatedToDocumentId")
                .reference(Reference.to("SourceDocumentId", ALLOCATION_SOURCES.toArray(String[]::new)))
                .reference(Reference.to("AllocatedToDocumentId", ALLOCATION_TARGETS.toArray(String[]::new))));

        add(ServiceSchema.builder("CustomerZone", EntityKind.FUNCTION, EntityFields.CUSTOMER_ZONE_REQUEST)
                .operations(CUSTOMER_ZONE_INVOICE_URL, CUSTOMER_ZONE_QUOTE_URL));

        for (String owner : List.of("TaxInvoice", "Quote", "CustomerReturn", "SupplierInvoice", "SupplierReturn",
                "PurchaseOrder", "AccountNote")) {
            add(ServiceSchema.builder(owner + "Attachment", EntityKind.ATTACHMENT, EntityFields.ATTACHMENT)
                    .operations(ATTACHMENT_GET, ATTACHMENT_SAVE, ATTACHMENT_DELETE, DOWNLOAD, ALLOW_DELETE, STORAGE_INFORMATION)
                    .attachmentOf(owner).noTimestamps());
        }
    }

    private static final Map<String, List<ServiceSchema>> PARTY_SERVICES = SCHEMAS.values().stream()
            .filter(s -> s.party() != null).collect(Collectors.groupingBy(ServiceSchema::party));

    private ServiceCatalog() {
    }

    /** The services the simulator serves, in catalog order. */
    public static List<String> services() {
        return SCHEMAS.values().stream().map(ServiceSchema::name).toList();
    }

    /** The methods (action names) a service offers, e.g. {@code [Get, Save, Calculate, Email]}. */
    public static Set<String> methods(String service) {
        Set<String> methods = new LinkedHashSet<>();
        require(service).operations().stream().sorted().forEach(o -> methods.add(o.action));
        return methods;
    }

    /** The HTTP verb of each method a service offers, e.g. {@code {Get=GET, Save=POST, Calculate=POST}}. */
    public static Map<String, String> verbs(String service) {
        Map<String, String> verbs = new LinkedHashMap<>();
        require(service).operations().stream().sorted().forEach(o -> verbs.put(o.action, o.verb));
        return verbs;
    }

    /** Whether Sage offers {@code Delete/{id}} for the service, as the simulator answers by default. */
    public static boolean supportsDelete(String service) {
        return require(service).operations().contains(Operation.DELETE);
    }

    /** Why each entity service offers Delete or not, with the source: the table of the simulator's README. */
    public static List<DeleteDecision> deleteDecisions() {
        return SCHEMAS.values().stream().filter(s -> s.deleteEvidence() != null)
                .map(s -> new DeleteDecision(s.name(), s.operations().contains(Operation.DELETE), s.deleteEvidence()))
                .toList();
    }

    /**
     * Whether a service has Delete, and the evidence.
     *
     * @param service   the service as Sage spells it
     * @param supported whether {@code DELETE {service}/Delete/{id}} exists; when not, Sage answers 404 with the bare
     *                  JSON string "No action was found on the controller '...' that matches the name 'Delete'."
     * @param evidence  the sources, as the README's table cites them
     */
    public record DeleteDecision(String service, boolean supported, String evidence) {
    }

    private static void add(ServiceSchema.Builder builder) {
        ServiceSchema schema = builder.build();
        SCHEMAS.put(schema.name().toLowerCase(Locale.ROOT), schema);
    }

    private static ServiceSchema.Builder party(String name, FieldSet fields, String category) {
        return ServiceSchema.builder(name, EntityKind.MASTER, fields).operations(GET, SAVE)
                .delete(true, MASTER_DELETE)
                .required("Name").unique("Name")
                .maxLength(100, "Name", "ContactName", "WebAddress").maxLength(30, "TaxReference", "Telephone", "Fax", "Mobile")
                .maxLength(100, ADDRESSES)
                .reference(Reference.toCategory(category))
                .reference(Reference.to("DefaultTaxTypeId", "TaxType"));
    }

    private static ServiceSchema.Builder category(String name) {
        return ServiceSchema.builder(name, EntityKind.MASTER, EntityFields.CATEGORY).operations(GET, SAVE)
                .required("Description").maxLength(100, "Description");
    }

    private static ServiceSchema.Builder document(String name, FieldSet fields, String prefix, String party) {
        String partyId = party + "Id";
        return ServiceSchema.builder(name, EntityKind.DOCUMENT, fields).operations(GET, SAVE, CALCULATE)
                .required("Date", partyId, "Lines[].SelectionId", "Lines[].Quantity")
                .maxLength(30, "TaxReference").maxLength(100, "DocumentNumber", "Reference", "ExternalReference")
                .maxLength(8000, "Message").maxLength(100, ADDRESSES).maxLength(100, "Lines[].Description")
                .reference(Reference.toNamed(partyId, party, party + "Name"))
                .reference(Reference.lineSelection())
                .reference(Reference.to("Lines[].TaxTypeId", "TaxType"))
                .party(party)
                .embed("include" + party + "Details", party, partyId, party)
                .documentPrefix(prefix);
    }

    private static ServiceSchema.Builder customerDocument(String name, FieldSet fields, String prefix) {
        return document(name, fields, prefix, "Customer")
                .reference(Reference.to("SalesRepresentativeId", "SalesRepresentative"));
    }

    private static ServiceSchema.Builder supplierDocument(String name, FieldSet fields, String prefix) {
        return document(name, fields, prefix, "Supplier");
    }

    private static ServiceSchema.Builder payment(String name, FieldSet fields, String party, String prefix) {
        return ServiceSchema.builder(name, EntityKind.PAYMENT, fields).operations(GET, SAVE)
                .required(party + "Id", "Date", "BankAccountId", "Total")
                .maxLength(8000, "Payee", "Comments").maxLength(100, "DocumentNumber", "Reference", "Description")
                .reference(Reference.to(party + "Id", party))
                .reference(Reference.to("BankAccountId", "BankAccount"))
                .party(party).allocationSource("TotalUnallocated")
                .documentPrefix(prefix);
    }

    /** The schema of a service, matched without regard to case as ASP.NET routes are. */
    static Optional<ServiceSchema> find(String service) {
        return service == null ? Optional.empty() : Optional.ofNullable(SCHEMAS.get(service.toLowerCase(Locale.ROOT)));
    }

    static ServiceSchema require(String service) {
        return find(service).orElseThrow(() -> new IllegalArgumentException(
                "The simulator has no service '" + service + "'; known: " + services()));
    }

    static Collection<ServiceSchema> all() {
        return SCHEMAS.values();
    }

    /** The services whose entities name a party of this kind ("Customer" or "Supplier"). */
    static List<ServiceSchema> ofParty(String party) {
        return PARTY_SERVICES.getOrDefault(party, List.of());
    }
}

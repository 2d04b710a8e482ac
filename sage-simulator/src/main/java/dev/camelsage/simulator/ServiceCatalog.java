package dev.camelsage.simulator;

import static dev.camelsage.simulator.Operation.CALCULATE;
import static dev.camelsage.simulator.Operation.DELETE;
import static dev.camelsage.simulator.Operation.GET;
import static dev.camelsage.simulator.Operation.GET_WITH_SYSTEM_ACCOUNTS;
import static dev.camelsage.simulator.Operation.SAVE;
import static dev.camelsage.simulator.Operation.SAVE_BATCH;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The services the simulator serves, one schema row each (field names and limits from Sage's Help pages). */
final class ServiceCatalog {

    /** Account type of the system accounts that only GetWithSystemAccounts lists. */
    static final int SYSTEM_ACCOUNT = 2;

    private static final String[] ADDRESSES = {
        "PostalAddress01", "PostalAddress02", "PostalAddress03", "PostalAddress04", "PostalAddress05",
        "DeliveryAddress01", "DeliveryAddress02", "DeliveryAddress03", "DeliveryAddress04", "DeliveryAddress05"};

    private static final Map<String, ServiceSchema> SCHEMAS = new LinkedHashMap<>();

    static {
        add(ServiceSchema.builder("Company", EntityKind.COMPANY).operations(GET));

        add(party("Customer", "CustomerCategory")
                .reference(Reference.to("SalesRepresentativeId", "SalesRepresentative"))
                .maxLength(100, "TextField1", "TextField2", "TextField3"));
        add(party("Supplier", "SupplierCategory"));
        add(ServiceSchema.builder("Item", EntityKind.MASTER).operations(GET, SAVE, DELETE)
                .required("Code", "Description").unique("Code")
                .maxLength(100, "Code", "Description", "Unit")
                .reference(Reference.toCategory("ItemCategory"))
                .reference(Reference.to("TaxTypeIdSales", "TaxType"))
                .reference(Reference.to("TaxTypeIdPurchases", "TaxType"))
                .money("PriceInclusive", "PriceExclusive", "LastCost"));
        add(ServiceSchema.builder("TaxType", EntityKind.MASTER).operations(GET, SAVE, DELETE)
                .required("Name", "Percentage").maxLength(100, "Name").numbers("Percentage"));
        add(ServiceSchema.builder("SalesRepresentative", EntityKind.MASTER).operations(GET, SAVE, DELETE)
                .required("FirstName", "LastName").maxLength(50, "FirstName", "LastName")
                .maxLength(100, "Email").maxLength(30, "Mobile", "Telephone"));
        for (String category : new String[] {"CustomerCategory", "SupplierCategory", "ItemCategory"}) {
            add(ServiceSchema.builder(category, EntityKind.MASTER).operations(GET, SAVE, DELETE)
                    .required("Description").maxLength(100, "Description"));
        }
        add(ServiceSchema.builder("Account", EntityKind.MASTER).operations(GET, SAVE, DELETE, GET_WITH_SYSTEM_ACCOUNTS)
                .required("Name").maxLength(100, "Name").maxLength(4000, "Description")
                .reference(Reference.to("DefaultTaxTypeId", "TaxType"))
                .hiddenFromGet(a -> a.path("AccountType").asInt() == SYSTEM_ACCOUNT));
        add(ServiceSchema.builder("BankAccount", EntityKind.MASTER).operations(GET, SAVE, DELETE)
                .required("Name").maxLength(100, "Name", "BankName", "AccountNumber", "BranchName", "BranchNumber")
                .maxLength(4000, "Description"));

        add(customerDocument("TaxInvoice", "INV").operations(DELETE).required("DueDate").dates("DueDate").hasAmountDue());
        add(customerDocument("CustomerReturn", "CRN"));
        add(customerDocument("Quote", "QUO").operations(DELETE).dates("ExpiryDate"));
        add(customerDocument("SalesOrder", "SO").operations(DELETE).dates("DeliveryDate"));
        add(supplierDocument("SupplierInvoice", "SI").required("DueDate").dates("DueDate").hasAmountDue());
        add(supplierDocument("PurchaseOrder", "PO").operations(DELETE).dates("DeliveryDate"));

        add(payment("CustomerReceipt", "Customer", "RC").operations(DELETE));
        add(payment("SupplierPayment", "Supplier", "PMT").operations(SAVE_BATCH));

        add(ServiceSchema.builder("JournalEntry", EntityKind.JOURNAL).operations(GET, SAVE, DELETE, SAVE_BATCH)
                .required("Date", "AccountId", "Effect").dates("Date").numbers("Effect")
                .maxLength(100, "Reference", "Description").maxLength(8000, "Memo")
                .reference(Reference.to("AccountId", "Account"))
                .reference(Reference.to("ContraAccountId", "Account"))
                .reference(Reference.to("TaxTypeId", "TaxType"))
                .money("Exclusive", "Tax", "Total", "Debit", "Credit"));
        add(ServiceSchema.builder("Allocation", EntityKind.ALLOCATION).operations(GET, SAVE, DELETE, SAVE_BATCH)
                .required("SourceDocumentId", "AllocatedToDocumentId")
                .alias("DocumentHeaderId_Source", "SourceDocumentId")
                .alias("DocumentHeaderId_Allocation", "AllocatedToDocumentId")
                .reference(Reference.to("SourceDocumentId", "CustomerReceipt", "CustomerReturn", "SupplierPayment"))
                .reference(Reference.to("AllocatedToDocumentId", "TaxInvoice", "SupplierInvoice"))
                .money("Total", "Discount"));
    }

    private ServiceCatalog() {
    }

    private static void add(ServiceSchema.Builder builder) {
        ServiceSchema schema = builder.build();
        SCHEMAS.put(schema.name().toLowerCase(Locale.ROOT), schema);
    }

    private static ServiceSchema.Builder party(String name, String category) {
        return ServiceSchema.builder(name, EntityKind.MASTER).operations(GET, SAVE, DELETE)
                .required("Name").unique("Name")
                .maxLength(100, "Name", "ContactName", "WebAddress").maxLength(30, "TaxReference", "Telephone", "Fax", "Mobile")
                .maxLength(100, ADDRESSES)
                .reference(Reference.toCategory(category))
                .reference(Reference.to("DefaultTaxTypeId", "TaxType"))
                .money("CreditLimit", "Balance").numbers("CommunicationMethod", "DefaultDiscountPercentage");
    }

    private static ServiceSchema.Builder document(String name, String prefix) {
        return ServiceSchema.builder(name, EntityKind.DOCUMENT).operations(GET, SAVE, CALCULATE)
                .required("Date", "Lines[].SelectionId", "Lines[].Quantity").dates("Date")
                .numbers("DiscountPercentage", "Lines[].LineType", "Lines[].Quantity", "Lines[].UnitPriceExclusive",
                        "Lines[].UnitPriceInclusive", "Lines[].DiscountPercentage")
                .maxLength(30, "TaxReference").maxLength(100, "DocumentNumber", "Reference", "ExternalReference")
                .maxLength(8000, "Message").maxLength(100, ADDRESSES).maxLength(100, "Lines[].Description")
                .reference(Reference.lineSelection())
                .reference(Reference.to("Lines[].TaxTypeId", "TaxType"))
                .documentPrefix(prefix);
    }

    private static ServiceSchema.Builder customerDocument(String name, String prefix) {
        return document(name, prefix).required("CustomerId")
                .reference(Reference.toNamed("CustomerId", "Customer", "CustomerName"))
                .reference(Reference.to("SalesRepresentativeId", "SalesRepresentative"));
    }

    private static ServiceSchema.Builder supplierDocument(String name, String prefix) {
        return document(name, prefix).required("SupplierId")
                .reference(Reference.toNamed("SupplierId", "Supplier", "SupplierName"));
    }

    private static ServiceSchema.Builder payment(String name, String party, String prefix) {
        return ServiceSchema.builder(name, EntityKind.PAYMENT).operations(GET, SAVE)
                .required(party + "Id", "Date", "BankAccountId", "Total").dates("Date")
                .maxLength(8000, "Payee", "Comments").maxLength(100, "DocumentNumber", "Reference", "Description")
                .reference(Reference.toNamed(party + "Id", party, party + "Name"))
                .reference(Reference.to("BankAccountId", "BankAccount"))
                .money("Total", "Discount")
                .documentPrefix(prefix);
    }

    /** The schema of a service, matched without regard to case as ASP.NET routes are. */
    static Optional<ServiceSchema> find(String service) {
        return service == null ? Optional.empty() : Optional.ofNullable(SCHEMAS.get(service.toLowerCase(Locale.ROOT)));
    }

    static ServiceSchema require(String service) {
        return find(service).orElseThrow(() -> new IllegalArgumentException(
                "The simulator has no service '" + service + "'; known: " + names()));
    }

    static Collection<String> names() {
        return SCHEMAS.values().stream().map(ServiceSchema::name).toList();
    }

    static Collection<ServiceSchema> all() {
        return SCHEMAS.values();
    }
}

package dev.camelsage.sage.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.camelsage.sage.model.Account;
import dev.camelsage.sage.model.AccountCategory;
import dev.camelsage.sage.model.Allocation;
import dev.camelsage.sage.model.BankAccount;
import dev.camelsage.sage.model.Company;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.CustomerCategory;
import dev.camelsage.sage.model.CustomerReceipt;
import dev.camelsage.sage.model.CustomerReturn;
import dev.camelsage.sage.model.Item;
import dev.camelsage.sage.model.ItemCategory;
import dev.camelsage.sage.model.JournalEntry;
import dev.camelsage.sage.model.PurchaseOrder;
import dev.camelsage.sage.model.Quote;
import dev.camelsage.sage.model.SalesOrder;
import dev.camelsage.sage.model.SalesRepresentative;
import dev.camelsage.sage.model.Supplier;
import dev.camelsage.sage.model.SupplierCategory;
import dev.camelsage.sage.model.SupplierInvoice;
import dev.camelsage.sage.model.SupplierPayment;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.sage.model.TaxType;

/**
 * The Sage services the component knows: names matched without regard to case to their canonical spelling, and the
 * model class of those that have one (the rest are read and written as {@code Map}).
 */
public final class SageEntities {

    /** The Sage service without a company: it lists the companies the login can use. */
    public static final String COMPANY = "Company";

    // From Sage's 2.0.0 Help index and the public clients (reference §2.1 and §2.2).
    private static final String NAMES = """
            Account AccountBalance AccountCategory AccountNote AccountNoteAttachment AccountOpeningBalance AccountPayment
            AccountReceipt AccountantEvent AccountantNote AccountantTask AccountantTaskRecurrence AdditionalItemPrice
            AdditionalPriceList Allocation AnalysisCategory AnalysisType Asset AssetCategory AssetLocation AssetNote
            Attachment BASReport BankAccount BankAccountCategory BankAccountNote BankAccountNoteAttachment
            BankAccountOpeningBalance BankAccountTransactionListing BankFeedAccount BankFeedAccountGroup
            BankImportMapping BankStatementTransaction BankTransaction BankTransactionAttachment Budget CRMActivity
            CRMActivityCategory CashMovement Company CompanyEntityType CompanyNote CoreEvents CoreTokens Currency
            Customer CustomerAdditionalContactDetail CustomerAdjustment CustomerAgeing CustomerCategory CustomerNote
            CustomerNoteAttachment CustomerOpeningBalance CustomerReceipt CustomerReturn CustomerReturnAttachment
            CustomerSalesHistory CustomerStatement CustomerTransactionListing CustomerWriteOff CustomerZone DateFormat
            DetailedLedgerTransaction DeveloperData DocumentFileAttachment DocumentHeaderNote DocumentHistory
            DocumentMessage DocumentUserDefinedFields EmailSignatureTemplate EmailTemplatePlaceHolder ExchangeRate
            FinalAccounts FinancialYear IncomeVsExpense Item ItemAdjustment ItemAttachment ItemCategory ItemMovement
            ItemNote ItemNoteAttachment ItemOpeningBalance ItemReportGroup JournalEntry Localization Login
            OutstandingCustomerDocument OutstandingSupplierDocument PriceListingReport ProcessBankAndCreditCardMapping
            ProfitAndLossReportingLevel PurchaseOrder PurchaseOrderAttachment PurchasesByItem Quote QuoteAttachment
            RecurringInvoice RecurringJournalTransaction ReportingGroup SalesByItem SalesBySalesRepresentative
            SalesOrder SalesRepresentative SalesRepresentativeNote ScheduleFrequency SecretarialCompanyRole
            SecretarialShareClass SecretarialShareholder SecretarialStakeHolder Supplier SupplierAdditionalContactDetail
            SupplierAdjustment SupplierAgeing SupplierBankDetail SupplierCategory SupplierInvoice
            SupplierInvoiceAttachment SupplierNote SupplierNoteAttachment SupplierOpeningBalance SupplierPayment
            SupplierPurchaseHistory SupplierReturn SupplierReturnAttachment SupplierStatement
            SupplierTransactionListing SupportLoginAudit TakeOnBalance TaxInvoice TaxInvoiceAttachment TaxPeriod
            TaxType TimeTrackingCustomer TimeTrackingExpense TimeTrackingProject TimeTrackingTask
            TimeTrackingTimesheet TimeTrackingUser ToDoList TopCustomersByOutstandingBalance TopCustomersBySales
            TopPurchasedItems TopSellingItems TopSellingItemsByValueOnHand TopSuppliersByOutstandingBalance
            TopSuppliersByPurchases TrialBalance TrialBalanceExportMapping UserDefinedField VAT201Report
            """;

    private static final Map<String, String> CANONICAL_BY_LOWER_CASE = Arrays.stream(NAMES.split("\\s+"))
            .filter(name -> !name.isEmpty())
            .collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), Function.identity()));

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("Account", Account.class),
            Map.entry("AccountCategory", AccountCategory.class),
            Map.entry("Allocation", Allocation.class),
            Map.entry("BankAccount", BankAccount.class),
            Map.entry("Company", Company.class),
            Map.entry("Customer", Customer.class),
            Map.entry("CustomerCategory", CustomerCategory.class),
            Map.entry("CustomerReceipt", CustomerReceipt.class),
            Map.entry("CustomerReturn", CustomerReturn.class),
            Map.entry("Item", Item.class),
            Map.entry("ItemCategory", ItemCategory.class),
            Map.entry("JournalEntry", JournalEntry.class),
            Map.entry("PurchaseOrder", PurchaseOrder.class),
            Map.entry("Quote", Quote.class),
            Map.entry("SalesOrder", SalesOrder.class),
            Map.entry("SalesRepresentative", SalesRepresentative.class),
            Map.entry("Supplier", Supplier.class),
            Map.entry("SupplierCategory", SupplierCategory.class),
            Map.entry("SupplierInvoice", SupplierInvoice.class),
            Map.entry("SupplierPayment", SupplierPayment.class),
            Map.entry("TaxInvoice", TaxInvoice.class),
            Map.entry("TaxType", TaxType.class));

    /** Documents whose {@code Get} lists leave out {@code Lines} unless {@code includeDetail=true} is sent. */
    private static final Set<String> DOCUMENTS = Set.of("TaxInvoice", "Quote", "SalesOrder", "CustomerReturn",
            "SupplierInvoice", "SupplierReturn", "PurchaseOrder");

    /** Services whose records carry neither {@code Created} nor {@code Modified} (reference §9). */
    private static final Set<String> WITHOUT_TIMESTAMPS = Set.of("JournalEntry", "CustomerWriteOff", "AccountNote");

    /** Services whose {@code Get} takes criteria in a POST body: no list to page or to poll. */
    private static final Set<String> CRITERIA_GET = Set.of("AccountBalance", "SupplierStatement",
            "SupplierPurchaseHistory", "CustomerStatement");

    /**
     * Services Sage has no Delete for, where the evidence is firm (reference §9 and the simulator's table), with what
     * to do instead. Quote and SalesOrder are left out: no source shows their Delete either way.
     */
    private static final Map<String, String> NOT_DELETABLE = Map.of(
            "TaxInvoice", "an invoice cannot be deleted once created: correct it with a credit note (save a"
                          + " CustomerReturn for the same lines)",
            "CustomerReturn", "a credit note cannot be deleted: raise a new invoice for what it credited",
            "SupplierInvoice", "a supplier invoice cannot be deleted: correct it with a SupplierReturn",
            "SupplierReturn", "a supplier return cannot be deleted: record a new SupplierInvoice for it",
            "CustomerWriteOff", "a write-off cannot be deleted: raise an invoice for the amount written off",
            "SupplierCategory", "supplier categories cannot be deleted: move the suppliers to another category",
            "Company", "companies are not deleted through the API");

    private SageEntities() {
    }

    /** Whether the service's {@code Get} lists leave out the document lines unless asked. */
    public static boolean hasLines(String canonicalName) {
        return DOCUMENTS.contains(canonicalName);
    }

    /** Whether the service's records carry {@code Created} and {@code Modified}. */
    public static boolean hasTimestamps(String canonicalName) {
        return !WITHOUT_TIMESTAMPS.contains(canonicalName);
    }

    /** Whether the service has a {@code Get} list that takes OData (as opposed to criteria in a POST body). */
    public static boolean hasList(String canonicalName) {
        return !CRITERIA_GET.contains(canonicalName);
    }

    /** Why Sage will not delete records of the service, and what to do instead; empty when it can. */
    public static Optional<String> deleteRefusal(String canonicalName) {
        return Optional.ofNullable(NOT_DELETABLE.get(canonicalName));
    }

    /** The canonical spelling of a Sage service name given in any case, if the service is known. */
    public static Optional<String> canonicalName(String name) {
        return Optional.ofNullable(name).map(n -> CANONICAL_BY_LOWER_CASE.get(n.toLowerCase(Locale.ROOT)));
    }

    /** The model class of a service (by canonical name), or {@code Map} for the services without one. */
    public static Class<?> modelClass(String canonicalName) {
        return MODELS.getOrDefault(canonicalName, Map.class);
    }

    /**
     * Known service names closest to a misspelt one (by edit distance), or containing it ({@code invoice} finds
     * {@code TaxInvoice}), closest first; empty when none is close.
     */
    public static List<String> closeMatches(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, wanted.length() / 3);
        return CANONICAL_BY_LOWER_CASE.entrySet().stream()
                .map(e -> Map.entry(e.getValue(), distance(wanted, e.getKey())))
                .filter(e -> e.getValue() <= tolerance
                        || wanted.length() >= 4 && e.getKey().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Map.Entry.<String, Integer> comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Every known service name, sorted. */
    public static List<String> names() {
        return CANONICAL_BY_LOWER_CASE.values().stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

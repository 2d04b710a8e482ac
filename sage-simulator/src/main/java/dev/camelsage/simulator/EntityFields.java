package dev.camelsage.simulator;

/**
 * The property tables of the models the simulator serves. Sources: the 1.1.2 Help pages as transcribed with types and
 * nullability in darrynten/sage-one-php {@code src/Models/*.php} (a3418f7), the 2.0.0 key sets of
 * omniboost/go-sageone-za (947664b, decoded from live answers with unknown fields disallowed), Pietervdw's models
 * (61b18b7), and the reference's section 3. Embedded objects a client cannot set (a document's {@code Customer}) are
 * read-only here: Sage's binder accepts them, its service ignores them.
 */
final class EntityFields {

    static final FieldSet CATEGORY = FieldSet.of("ID int", "Description string", "Created date? ro", "Modified date? ro");

    static final FieldSet ACCOUNT_CATEGORY = FieldSet.of("ID int", "Description string", "Comment string", "Order int",
            "Created date? ro", "Modified date? ro");

    private static final String[] ADDRESSES = {
        "PostalAddress01 string", "PostalAddress02 string", "PostalAddress03 string", "PostalAddress04 string",
        "PostalAddress05 string", "DeliveryAddress01 string", "DeliveryAddress02 string", "DeliveryAddress03 string",
        "DeliveryAddress04 string", "DeliveryAddress05 string"};

    private static final String[] USER_FIELDS = {
        "TextField1 string", "TextField2 string", "TextField3 string", "NumericField1 decimal?", "NumericField2 decimal?",
        "NumericField3 decimal?", "YesNoField1 bool", "YesNoField2 bool", "YesNoField3 bool", "DateField1 date?",
        "DateField2 date?", "DateField3 date?"};

    /** What Customer and Supplier share (darrynten Customer.php / Supplier.php; go-sageone-za get_customers.go). */
    private static final FieldSet PARTY = FieldSet.of("ID int", "Name string", "TaxReference string", "ContactName string",
            "Telephone string", "Fax string", "Mobile string", "Email string", "WebAddress string", "Active bool",
            "IsObfuscated bool ro", "Balance money ro", "CreditLimit money", "AutoAllocateToOldestInvoice bool?",
            "Modified date? ro", "Created date ro", "BusinessRegistrationNumber string", "TaxStatusVerified date?",
            "CurrencyId int?", "CurrencySymbol string ro", "HasActivity bool ro", "DefaultDiscountPercentage decimal?",
            "DefaultTaxTypeId int?", "DefaultTaxType object ro", "DueDateMethodId int?", "DueDateMethodValue int?",
            "AccountingAgreement bool", "HasSpecialCountryTaxActivity bool ro")
            .with(ADDRESSES).with(USER_FIELDS)
            .nest("Category object", CATEGORY);

    static final FieldSet CUSTOMER = PARTY.with("SalesRepresentativeId int?", "SalesRepresentative object ro",
            "CommunicationMethod int?", "EnableCustomerZone bool", "CustomerZoneGuid guid ro", "CashSale bool?",
            "DefaultPriceListId int?", "DefaultPriceList object ro", "DefaultPriceListName string ro",
            "AcceptsElectronicInvoices bool", "CityId int?", "HasSpecialCountryTax bool ro");

    static final FieldSet SUPPLIER = PARTY.with("RMCDApprovalNumber string", "SubjectToDRCVat bool?");

    /** Pietervdw Item.cs; Help's "UserField" names differ from the party's "Field" names. */
    static final FieldSet ITEM = FieldSet.of("ID int", "Description string", "Code string", "Active bool",
            "PriceInclusive money", "PriceExclusive money", "Physical bool", "TaxTypeIdSales int?",
            "TaxTypeSales object ro", "TaxTypeIdPurchases int?", "TaxTypePurchases object ro", "LastCost money",
            "AverageCost decimal ro", "QuantityOnHand decimal ro", "HasAttachments bool ro", "HasActivity bool ro",
            "Unit string", "ItemReportingGroupId_Sales int?", "ItemReportingGroupSales object ro",
            "ItemReportingGroupId_Purchases int?", "ItemReportingGroupPurchases object ro", "TextUserField1 string",
            "TextUserField2 string", "TextUserField3 string", "NumericUserField1 decimal?", "NumericUserField2 decimal?",
            "NumericUserField3 decimal?", "DateUserField1 date?", "DateUserField2 date?", "DateUserField3 date?",
            "YesNoUserField1 bool", "YesNoUserField2 bool", "YesNoUserField3 bool", "Modified date? ro", "Created date ro",
            "MajorIndustryCodeId int?", "AdditionalItemPrices array ro", "GPPercentage decimal ro", "GPAmount decimal ro",
            "ItemReportingGroupPurchasesName string ro", "ItemReportingGroupSalesName string ro")
            .nest("Category object", CATEGORY);

    /** Help POST-TaxType-Save (2.0.0); go-sageone-za get_tax_types.go. */
    static final FieldSet TAX_TYPE = FieldSet.of("ID int", "Name string", "Percentage decimal", "IsDefault bool",
            "HasActivity bool ro", "IsManualTax bool", "Active bool", "Created date ro", "Modified date? ro",
            "TaxTypeDefaultUID guid? ro", "CompanyId int ro");

    static final FieldSet SALES_REPRESENTATIVE = FieldSet.of("ID int", "FirstName string", "LastName string",
            "Name string ro", "Active bool", "Email string", "Mobile string", "Telephone string", "Created date ro",
            "Modified date? ro");

    static final FieldSet ACCOUNT = FieldSet.of("ID int", "Name string", "Active bool", "Balance money ro",
            "Description string", "ReportingGroupId int?", "UnallocatedAccount bool ro", "IsTaxLocked bool ro",
            "Modified date? ro", "Created date ro", "AccountType int ro", "HasActivity bool ro", "DefaultTaxTypeId int?",
            "DefaultTaxType object ro")
            .nest("Category object", ACCOUNT_CATEGORY);

    /** Help POST-BankAccount-Save (2.0.0); darrynten BankAccount.php. */
    static final FieldSet BANK_ACCOUNT = FieldSet.of("ID int", "Name string", "BankName string", "AccountNumber string",
            "BranchName string", "BranchNumber string", "Active bool", "Default bool", "Balance money ro",
            "Description string", "BankFeedAccount object ro", "LastTransactionDate date?", "LastImportDate date?",
            "HasTransactionsWaitingForReview bool ro", "HasActivity bool ro", "DefaultPaymentMethodId int?",
            "PaymentMethod int", "Modified date? ro", "Created date? ro", "CurrencyId int?")
            .nest("Category object", CATEGORY);

    /** Help CommercialDocumentLine; go-sageone-za's line struct adds {@code $TrackingCode} and {@code UID}. */
    static final FieldSet LINE = FieldSet.of("ID int", "SelectionId int", "TaxTypeId int?", "Description string",
            "LineType int", "Quantity decimal", "UnitPriceExclusive money", "Unit string", "UnitPriceInclusive money",
            "TaxPercentage decimal ro", "DiscountPercentage decimal", "Exclusive money ro", "Discount money ro",
            "Tax money ro", "Total money ro", "Comments string", "AnalysisCategoryId1 int?", "AnalysisCategoryId2 int?",
            "AnalysisCategoryId3 int?", "$TrackingCode string", "CurrencyId int?", "UnitCost decimal? ro", "UID guid ro");

    /** The header every commercial document shares (Help TaxInvoice field order; go-sageone-za get_tax_invoices.go). */
    private static final FieldSet DOCUMENT = FieldSet.of("ID int", "Date date", "Inclusive bool",
            "DiscountPercentage decimal", "TaxReference string", "DocumentNumber string", "Reference string",
            "Message string", "Discount money ro", "Exclusive money ro", "Tax money ro", "Rounding money ro",
            "Total money ro", "AmountDue money ro", "Printed bool", "TaxPeriodId int? ro", "Editable bool ro",
            "HasAttachments bool ro", "HasNotes bool? ro", "HasAnticipatedDate bool? ro", "AnticipatedDate date? ro",
            "ExternalReference string", "UID guid ro", "Modified date? ro", "Created date ro", "Locked bool ro")
            .with(ADDRESSES)
            .nest("Lines array", LINE);

    private static final FieldSet CUSTOMER_DOCUMENT = DOCUMENT.with("CustomerId int", "CustomerName string ro",
            "Customer object ro", "SalesRepresentativeId int?", "SalesRepresentative object ro", "Customer_CurrencyId int?",
            "Customer_ExchangeRate decimal?");

    private static final FieldSet SUPPLIER_DOCUMENT = DOCUMENT.with("SupplierId int", "SupplierName string ro",
            "Supplier object ro", "Supplier_CurrencyId int?", "Supplier_ExchangeRate decimal?");

    static final FieldSet TAX_INVOICE = CUSTOMER_DOCUMENT.with("DueDate date", "FromDocument string",
            "FromDocumentId int? ro", "FromDocumentTypeId int? ro", "AllowOnlinePayment bool?", "Paid bool? ro",
            "Status string ro", "StatusId int? ro", "HasSpecialCountryTax bool? ro");

    static final FieldSet CUSTOMER_RETURN = CUSTOMER_DOCUMENT.with("FromDocument string");

    /** Pietervdw Quote.cs. */
    static final FieldSet QUOTE = CUSTOMER_DOCUMENT.with("ExpiryDate date?", "AllowOnlineAccept bool",
            "UseForeignCurrency bool", "Status string ro", "StatusId int? ro", "CurrencyId int?", "ExchangeRate decimal?");

    /** go-sageone-za get_sales_orders.go. */
    static final FieldSet SALES_ORDER = CUSTOMER_DOCUMENT.with("DeliveryDate date?", "AllowOnlineAccept bool",
            "UseForeignCurrency bool", "Status string ro", "StatusId int? ro");

    /** darrynten SupplierInvoice.php. */
    static final FieldSet SUPPLIER_INVOICE = SUPPLIER_DOCUMENT.with("DueDate date", "Paid bool? ro", "Status string ro",
            "StatusId int? ro", "FromDocument string", "HasAdditionalCost bool ro");

    static final FieldSet SUPPLIER_RETURN = SUPPLIER_DOCUMENT.with("FromDocument string");

    /** Pietervdw PurchaseOrder.cs. */
    static final FieldSet PURCHASE_ORDER = SUPPLIER_DOCUMENT.with("DeliveryDate date?");

    /** Help CustomerReceipt (2.0.0); SupplierPayment is the same for a supplier (darrynten SupplierPayment.php). */
    private static final FieldSet PAYMENT = FieldSet.of("ID int", "Date date", "Payee string", "DocumentNumber string",
            "Reference string", "Description string", "Comments string", "Total money", "Discount money",
            "TotalUnallocated money ro", "Reconciled bool", "BankAccountId int", "PaymentMethod int?",
            "TaxPeriodId int? ro", "Editable bool ro", "Accepted bool", "Locked bool ro", "AnalysisCategoryId1 int?",
            "AnalysisCategoryId2 int?", "AnalysisCategoryId3 int?", "Printed bool ro", "BankUniqueIdentifier string",
            "ImportTypeId int?", "BankImportMappingId int?", "BankAccount_CurrencyId int?",
            "BankAccount_ExchangeRate decimal?", "Modified date? ro", "Created date ro", "BankAccount object ro");

    static final FieldSet CUSTOMER_RECEIPT = PAYMENT.with("CustomerId int", "Customer_CurrencyId int?",
            "Customer_ExchangeRate decimal?", "Status int? ro", "Customer object ro", "SalesRepresentative object ro",
            "UID guid ro");

    static final FieldSet SUPPLIER_PAYMENT = PAYMENT.with("SupplierId int", "Supplier_CurrencyId int?",
            "Supplier_ExchangeRate decimal?", "Supplier object ro");

    /** Help CustomerWriteOff (2.0.0): no Created or Modified. */
    static final FieldSet CUSTOMER_WRITE_OFF = FieldSet.of("ID int", "CustomerId int", "Date date", "DocumentNumber string",
            "Reference string", "Description string", "Comments string", "Total money", "TotalUnallocated money ro",
            "Reconciled bool", "Customer object ro", "Locked bool ro", "TaxPeriodId int? ro");

    /** Help JournalEntry (2.0.0) = go-sageone-za get_journal_entries.go: no Created or Modified. */
    static final FieldSet JOURNAL_ENTRY = FieldSet.of("ID int", "Date date", "Effect int", "AccountId int",
            "Reference string", "Description string", "TaxTypeId int?", "TaxPeriodId int?", "Exclusive money",
            "Tax money", "Total money", "ContraAccountId int", "Memo string", "HasAttachments bool ro",
            "AnalysisCategoryId1 int?", "AnalysisCategoryId2 int?", "AnalysisCategoryId3 int?", "Editable bool ro",
            "Locked bool ro", "$TrackingCode string", "Debit money", "Credit money", "BusinessId int?", "PayRunId int?");

    /** Help Allocation and POST-Allocation-SaveBatch (2.0.0). */
    static final FieldSet ALLOCATION = FieldSet.of("ID int", "DocumentHeaderId_Source int", "DocumentHeaderId_Allocation int",
            "SourceDocumentId int", "AllocatedToDocumentId int", "Total money", "Discount money", "Type int",
            "Modified date? ro", "Created date ro");

    /** darrynten AccountNote.php, checked against its live captures: no Created or Modified. */
    static final FieldSet ACCOUNT_NOTE = FieldSet.of("ID int", "AccountId int", "UserId int?", "Subject string",
            "EntryDate date?", "ActionDate date", "Status bool?", "Note string", "HasAttachments bool?");

    /**
     * darrynten Company.php (1.1.2), the legacy PostalAddress1..5 of maxnaude's live capture, and go-sageone-za
     * get_companies.go (2.0.0); never saved through the API.
     */
    static final FieldSet COMPANY = FieldSet.of("ID int", "Name string", "CurrencySymbol string",
            "CurrencyDecimalDigits int", "NumberDecimalDigits int", "DecimalSeparator string", "HoursDecimalDigits int",
            "ItemCostPriceDecimalDigits int", "ItemSellingPriceDecimalDigits int", "PostalAddress1 string",
            "PostalAddress2 string", "PostalAddress3 string", "PostalAddress4 string", "PostalAddress5 string",
            "GroupSeparator string", "RoundingValue int", "TaxSystem int", "RoundingType int", "AgeMonthly bool",
            "DisplayInactiveItems bool", "WarnWhenItemCostIsZero bool", "DoNotAllowProcessingIntoNegativeQuantities bool?",
            "WarnWhenItemQuantityIsZero bool", "WarnWhenItemSellingBelowCost bool", "CountryId int",
            "CompanyEntityTypeId int?", "TakeOnBalanceDate date?", "EnableCustomerZone bool",
            "EnableAutomaticBankFeedRefresh bool", "ContactName string", "Telephone string", "Fax string", "Mobile string",
            "Email string", "IsPrimarySendingEmail bool", "CompanyInfo01 string", "CompanyInfo02 string",
            "CompanyInfo03 string", "CompanyInfo04 string", "CompanyInfo05 string", "IsOwner bool", "UseCCEmail bool?",
            "CCEmail string", "DateFormatId int ro", "CheckForDuplicateCustomerReferences bool",
            "CheckForDuplicateSupplierReferences bool", "DisplayName string", "DisplayInactiveCustomers bool",
            "DisplayInactiveSuppliers bool", "DisplayInactiveTimeProjects bool", "UseInclusiveProcessingByDefault bool",
            "LockProcessing bool", "LockProcessingDate date?", "LockTimesheetProcessing bool",
            "LockTimesheetProcessingDate date?", "LockedForConversion bool", "LockedForTransfer bool",
            "TaxPeriodFrequency int?", "PreviousTaxPeriodEndDate date?", "PreviousTaxReturnDate date?",
            "UseNoreplyEmail bool", "AgeingBasedOnDueDate bool", "UseLogoOnEmails bool", "UseLogoOnCustomerZone bool",
            "City string", "State string", "Country string", "HomeCurrencyId int?", "CurrencyId int?", "Created date ro",
            "Modified date? ro", "Active bool", "TaxNumber string", "RegisteredName string", "RegistrationNumber string",
            "IsPracticeAccount bool", "LogoPositionID int", "Attachment object?", "CompanyTaxNumber string",
            "TaxOffice string", "CustomerZoneGuid guid ro", "ClientTypeId int ro", "DisplayTotalTypeId int ro",
            "DisplayInCompanyConsole bool ro", "LastLoginDate date? ro", "Status int?", "TaxReportingTypeId int?",
            "SalesOrdersReserveItemQuantities bool", "PrescribedGoodsTrader bool", "DisplayInactiveItemBundles bool",
            "CompanyTransferStatus int?", "PostalAddress01 string", "PostalAddress02 string", "PostalAddress03 string",
            "PostalAddress04 string", "PostalAddress05 string");

    /** The body of Email and EmailDeliveryNote (darrynten POST_TaxInvoice_Email_REQ.json; Pietervdw EmailRequest.cs). */
    static final FieldSet EMAIL = FieldSet.of("ID int", "EmailAddress string", "CCAddress string", "BCCAddress string",
            "Subject string", "Message string")
            .nest("Attachments array", FieldSet.of("Key string", "Value string"));

    /** The body of CustomerZone's URL methods (Pietervdw CustomerZoneRequest.cs). */
    static final FieldSet CUSTOMER_ZONE_REQUEST = FieldSet.of("DocumentHeaderId int", "CustomerId int");

    /** An attachment's metadata (darrynten Attachment.php and its Get mocks). */
    static final FieldSet ATTACHMENT = FieldSet.of("Name string", "Size int", "AttachmentUID guid", "Data string");

    private EntityFields() {
    }
}

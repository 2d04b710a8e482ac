package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The seed: a realistic demo company (customers with invoices, receipts and allocations, suppliers, items, tax types,
 * accounts, a bank account), a smaller second company, and a fast generator of customers for scale tests.
 * Everything but the Company rows is saved through the API's own path, so the seed obeys every rule the API enforces.
 */
final class DemoData {

    private static final Region.TaxRate.Role STANDARD = Region.TaxRate.Role.STANDARD;
    private static final Region.TaxRate.Role ZERO = Region.TaxRate.Role.ZERO;
    private static final Region.TaxRate.Role EXEMPT = Region.TaxRate.Role.EXEMPT;

    /** Sage's default account categories; they are not a service of their own, so accounts embed them. */
    private static final List<String> ACCOUNT_CATEGORIES = List.of("Sales", "Other Income", "Cost of Sales", "Expenses",
            "Income Tax", "Current Assets", "Fixed Assets", "Non-Current Liabilities", "Owners Equity");

    private final Store store;
    private final ApiController api;
    private final Region region;
    private final LocalDate today;

    private DemoData(Store store, ApiController api, Region region) {
        this.store = store;
        this.api = api;
        this.region = region;
        this.today = LocalDate.ofInstant(store.clock().now(), ZoneOffset.UTC);
    }

    /** Creates the Company rows for every company a login can see, and the demo data when asked. */
    static void seed(Store store, ApiController api, Region region, Iterable<Long> companyIds, boolean demo) {
        DemoData data = new DemoData(store, api, region);
        for (long id : companyIds) {
            String name = id == SageSimulator.DEMO_COMPANY_ID ? region.demoCompanyName
                    : id == SageSimulator.SECOND_COMPANY_ID ? region.secondCompanyName : "Company " + id;
            store.writing(() -> store.insertRow(id, "Company", data.company(id, name)));
            if (demo && id == SageSimulator.DEMO_COMPANY_ID) {
                data.demoCompany(id);
            } else if (demo && id == SageSimulator.SECOND_COMPANY_ID) {
                data.secondCompany(id);
            }
        }
    }

    /** A customer as a Save would store it, without going through one (for tens of thousands, fast). */
    static ObjectNode generatedCustomer(int n) {
        ObjectNode customer = obj("Name", String.format("Scale Customer %06d", n), "Active", true,
                "Email", "customer" + n + "@example.co.za", "CreditLimit", money("5000"),
                "CommunicationMethod", 2, "PostalAddress01", n + " Long Street", "PostalAddress02", "Cape Town");
        EntityFields.CUSTOMER.fillDefaults(customer);
        return customer;
    }

    private void demoCompany(long c) {
        Map<Region.TaxRate.Role, Long> tax = taxTypes(c);
        long retail = save(c, "CustomerCategory", obj("Description", "Retail"));
        long wholesale = save(c, "CustomerCategory", obj("Description", "Wholesale"));
        long local = save(c, "SupplierCategory", obj("Description", "Local suppliers"));
        long hardware = save(c, "ItemCategory", obj("Description", "Hardware"));
        long services = save(c, "ItemCategory", obj("Description", "Services"));
        long thandi = save(c, "SalesRepresentative", obj("FirstName", "Thandi", "LastName", "Nkosi",
                "Email", "thandi@demotrading.co.za", "Active", true));
        save(c, "SalesRepresentative", obj("FirstName", "Pieter", "LastName", "van der Merwe", "Active", true));

        long sales = account(c, "Sales", "Sales", 1, tax.get(STANDARD));
        account(c, "Consulting Income", "Other Income", 1, tax.get(STANDARD));
        long costOfSales = account(c, "Cost of Sales", "Cost of Sales", 1, null);
        long bankCharges = account(c, "Bank Charges", "Expenses", 1, tax.get(EXEMPT));
        account(c, "Rent Paid", "Expenses", 1, tax.get(EXEMPT));
        for (String system : new String[] {"Customer Control", "Supplier Control",
            region == Region.AU ? "GST Control" : "VAT Control", "Retained Earnings"}) {
            account(c, system, "Current Assets", ServiceCatalog.SYSTEM_ACCOUNT, null);
        }
        long bank = save(c, "BankAccount", obj("Name", "FNB Business Cheque", "BankName", "First National Bank",
                "AccountNumber", "62012345678", "BranchName", "Sandton", "BranchNumber", "250655",
                "Active", true, "Default", true, "PaymentMethod", 4, "Category", obj("ID", 1, "Description", "Bank")));

        long[] customers = new long[12];
        String[][] people = {
            {"Acme Hardware (Pty) Ltd", "Sipho Dlamini"}, {"Bokkie Bakery", "Anneke Botha"},
            {"Cape Coastal Traders", "Yusuf Jacobs"}, {"Durban Tile Centre", "Priya Naidoo"},
            {"Eastern Cape Farm Supplies", "Lwazi Mbeki"}, {"Fourways Office Park", "Karen Smith"},
            {"Gauteng Glass & Glazing", "Themba Khumalo"}, {"Highveld Plumbing", "Johan Pretorius"},
            {"Indaba Events", "Nomsa Zulu"}, {"Jozi Coffee Roasters", "Mike Stewart"},
            {"Karoo Lodge", "Elsabe du Plessis"}, {"Limpopo Logistics", "Tshepo Maluleke"}};
        for (int i = 0; i < people.length; i++) {
            ObjectNode customer = obj("Name", people[i][0], "ContactName", people[i][1], "Active", true,
                    "Email", "accounts@" + people[i][0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".co.za",
                    "Telephone", "011 555 " + (1000 + i), "CreditLimit", money(String.valueOf(10000 + 2500 * i)),
                    "CommunicationMethod", 2, "Category", obj("ID", i % 3 == 0 ? wholesale : retail),
                    "PostalAddress01", (10 + i) + " Main Road", "PostalAddress02", "Johannesburg",
                    "DefaultTaxTypeId", tax.get(STANDARD), "TextField1", "DEMO-" + (100 + i),
                    "AutoAllocateToOldestInvoice", false);
            if (i % 4 == 0) {
                customer.put("SalesRepresentativeId", thandi);
            }
            customers[i] = save(c, "Customer", customer);
        }
        long[] suppliers = new long[5];
        String[] supplierNames = {"Builders Warehouse", "Mr Price Office", "Telkom Business", "Eskom Holdings", "Takealot Business"};
        for (int i = 0; i < supplierNames.length; i++) {
            suppliers[i] = save(c, "Supplier", obj("Name", supplierNames[i], "Active", true,
                    "Category", obj("ID", local), "Email", "accounts" + i + "@supplier.co.za",
                    "DefaultTaxTypeId", tax.get(STANDARD)));
        }
        long[] items = new long[8];
        Object[][] catalogue = {
            {"HW-001", "Cordless drill 18V", "1299.00", hardware}, {"HW-002", "Drill bit set (12 piece)", "249.50", hardware},
            {"HW-003", "Safety goggles", "89.99", hardware}, {"HW-004", "Extension lead 10 m", "199.00", hardware},
            {"HW-005", "Paint roller kit", "145.00", hardware}, {"SV-001", "Installation (per hour)", "650.00", services},
            {"SV-002", "Delivery within 50 km", "350.00", services}, {"SV-003", "Consulting (per hour)", "950.00", services}};
        for (int i = 0; i < catalogue.length; i++) {
            BigDecimal exclusive = new BigDecimal((String) catalogue[i][2]);
            items[i] = save(c, "Item", obj("Code", catalogue[i][0], "Description", catalogue[i][1], "Active", true,
                    "Physical", i < 5, "Unit", i < 5 ? "each" : "hour", "PriceExclusive", exclusive,
                    "PriceInclusive", SageJson.money(exclusive.multiply(BigDecimal.ONE.add(region.standardRate().movePointLeft(2)))),
                    "LastCost", SageJson.money(exclusive.multiply(new BigDecimal("0.6"))),
                    "Category", obj("ID", catalogue[i][3]),
                    "TaxTypeIdSales", tax.get(STANDARD), "TaxTypeIdPurchases", tax.get(STANDARD)));
        }

        // Invoices for the first six customers: two paid in full, two in part, two outstanding.
        for (int i = 0; i < 6; i++) {
            long invoice = save(c, "TaxInvoice", document("CustomerId", customers[i], 40 - 5 * i, i % 2 == 0,
                    itemLine(c, items[i % 5], 2 + i, tax.get(STANDARD), i == 1 ? "10" : null),
                    itemLine(c, items[5 + i % 3], 1, tax.get(STANDARD), null),
                    accountLine(sales, "Once-off setup fee", "250.00", tax.get(ZERO))));
            BigDecimal total = store.reading(() -> SageJson.decimal(store.rows(c, "TaxInvoice").get(invoice), "Total"));
            if (i < 4) {
                BigDecimal paid = i < 2 ? total : SageJson.money(total.divide(BigDecimal.valueOf(2)));
                long receipt = save(c, "CustomerReceipt", obj("CustomerId", customers[i], "Date", date(30 - 5 * i),
                        "Total", paid, "BankAccountId", bank, "PaymentMethod", 4, "Reference", "EFT " + (7000 + i),
                        "Description", "Payment received, thank you"));
                save(c, "Allocation", obj("SourceDocumentId", receipt, "AllocatedToDocumentId", invoice, "Total", paid, "Type", 1));
            }
        }
        save(c, "Quote", document("CustomerId", customers[6], 3, false, itemLine(c, items[0], 5, tax.get(STANDARD), "5")));
        save(c, "SalesOrder", document("CustomerId", customers[7], 2, true, itemLine(c, items[2], 20, tax.get(STANDARD), null)));
        save(c, "CustomerReturn", document("CustomerId", customers[0], 10, false, itemLine(c, items[0], 1, tax.get(STANDARD), null)));
        save(c, "SupplierInvoice", document("SupplierId", suppliers[0], 20, false,
                accountLine(costOfSales, "Stock purchases", "8400.00", tax.get(STANDARD))));
        save(c, "PurchaseOrder", document("SupplierId", suppliers[1], 4, false, itemLine(c, items[4], 30, tax.get(STANDARD), null)));
        save(c, "SupplierPayment", obj("SupplierId", suppliers[2], "Date", date(12), "Total", money("1150.00"),
                "BankAccountId", bank, "PaymentMethod", 4, "Reference", "Telkom 11/2026"));
        save(c, "JournalEntry", obj("Date", date(15), "Effect", 1, "AccountId", bankCharges, "ContraAccountId", sales,
                "Reference", "JNL0001", "Description", "Bank charges reclassification", "TaxTypeId", tax.get(EXEMPT),
                "Exclusive", money("125.00"), "Tax", money("0.00"), "Total", money("125.00"),
                "Debit", money("125.00"), "Credit", money("0.00"), "$TrackingCode", "JNL-DEMO-1"));
    }

    private void secondCompany(long c) {
        Map<Region.TaxRate.Role, Long> tax = taxTypes(c);
        long income = account(c, "Consulting Income", "Sales", 1, tax.get(STANDARD));
        save(c, "BankAccount", obj("Name", "Standard Bank Current", "BankName", "Standard Bank", "Active", true, "Default", true));
        long[] customers = new long[3];
        String[] names = {"Graaff-Reinet Municipality", "Camdeboo Guest Farm", "Nieu-Bethesda Art Route"};
        for (int i = 0; i < names.length; i++) {
            customers[i] = save(c, "Customer", obj("Name", names[i], "Active", true, "CreditLimit", money("20000")));
        }
        long item = save(c, "Item", obj("Code", "CONS", "Description", "Consulting (per day)", "Active", true, "Physical", false,
                "PriceExclusive", money("6500.00"), "TaxTypeIdSales", tax.get(STANDARD)));
        save(c, "TaxInvoice", document("CustomerId", customers[0], 14, false,
                itemLine(c, item, 3, tax.get(STANDARD), null),
                accountLine(income, "Travel", "1200.00", tax.get(STANDARD))));
    }

    private Map<Region.TaxRate.Role, Long> taxTypes(long c) {
        Map<Region.TaxRate.Role, Long> ids = new EnumMap<>(Region.TaxRate.Role.class);
        for (Region.TaxRate rate : region.taxRates) {
            ids.put(rate.role(), save(c, "TaxType", obj("Name", rate.name(), "Percentage", rate.percentage(),
                    "IsDefault", rate.isDefault(), "Active", true)));
        }
        return ids;
    }

    /** Accounts are saved as a client would; system accounts cannot be, so the seed marks them afterwards. */
    private long account(long c, String name, String category, int type, Long taxTypeId) {
        ObjectNode account = obj("Name", name, "Active", true,
                "Category", obj("ID", ACCOUNT_CATEGORIES.indexOf(category) + 1, "Description", category));
        if (taxTypeId != null) {
            account.put("DefaultTaxTypeId", taxTypeId);
        }
        long id = save(c, "Account", account);
        if (type != ServiceCatalog.ORDINARY_ACCOUNT) {
            store.writing(() -> store.rows(c, "Account").get(id).put("AccountType", type));
        }
        return id;
    }

    /** @param partyField CustomerId or SupplierId */
    private ObjectNode document(String partyField, long partyId, int daysAgo, boolean inclusive, ObjectNode... lines) {
        String party = partyField.substring(0, partyField.length() - "Id".length());
        ObjectNode doc = obj(partyField, partyId, "Date", date(daysAgo), "DueDate", date(daysAgo - 30),
                "Inclusive", inclusive, "Reference", "PO-" + (4400 + daysAgo),
                party + "_CurrencyId", 1, party + "_ExchangeRate", BigDecimal.ONE);
        ArrayNode array = doc.putArray("Lines");
        for (ObjectNode line : lines) {
            array.add(line);
        }
        return doc;
    }

    private ObjectNode itemLine(long c, long itemId, int quantity, long taxTypeId, String discountPercent) {
        BigDecimal price = store.reading(() -> SageJson.decimal(store.rows(c, "Item").get(itemId), "PriceExclusive"));
        ObjectNode line = obj("LineType", 0, "SelectionId", itemId, "TaxTypeId", taxTypeId,
                "Quantity", new BigDecimal(quantity), "UnitPriceExclusive", price,
                "$TrackingCode", "TRK-" + itemId + "-" + quantity);
        if (discountPercent != null) {
            line.put("DiscountPercentage", new BigDecimal(discountPercent));
        }
        return line;
    }

    private ObjectNode accountLine(long accountId, String description, String amount, long taxTypeId) {
        BigDecimal exclusive = new BigDecimal(amount);
        return obj("LineType", 1, "SelectionId", accountId, "Description", description, "TaxTypeId", taxTypeId,
                "Quantity", BigDecimal.ONE, "UnitPriceExclusive", exclusive, "UnitPriceInclusive", exclusive);
    }

    private long save(long companyId, String service, ObjectNode entity) {
        return api.seed(companyId, service, entity).get("ID").asLong();
    }

    private String date(int daysAgo) {
        return SageJson.DATE.format(today.minusDays(daysAgo).atStartOfDay());
    }

    private static BigDecimal money(String value) {
        return SageJson.money(new BigDecimal(value));
    }

    /**
     * A Company row with every key of the live Company/Get capture (maxnaude/sageone-api-client
     * sageone/tests/company.json: empty strings kept, nulls left out), created long ago and edited since.
     */
    private ObjectNode company(long id, String name) {
        String email = "accounts@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + (region == Region.AU ? ".com.au" : ".co.za");
        ObjectNode company = obj("ID", id, "Name", name, "DisplayName", name, "Active", true, "IsOwner", true,
                "IsPracticeAccount", false, "CurrencySymbol", region.currencySymbol, "CurrencyDecimalDigits", 2,
                "NumberDecimalDigits", 2, "DecimalSeparator", ".", "GroupSeparator", ",", "HoursDecimalDigits", 2,
                "ItemCostPriceDecimalDigits", 2, "ItemSellingPriceDecimalDigits", 2, "RoundingType", 3, "RoundingValue", 0,
                "TaxSystem", 0, "TaxPeriodFrequency", 2, "CountryId", region.countryId, "AgeMonthly", true,
                "DisplayInactiveCustomers", true, "DisplayInactiveItems", true, "DisplayInactiveSuppliers", true,
                "EnableCustomerZone", true, "EnableAutomaticBankFeedRefresh", true, "UseCCEmail", false, "CCEmail", "",
                "UseNoreplyEmail", true, "UseLogoOnEmails", true, "UseLogoOnCustomerZone", true,
                "PostalAddress01", "1 Short St", "PostalAddress02", region == Region.AU ? "Sydney" : "Johannesburg",
                "PostalAddress03", "", "PostalAddress04", "", "PostalAddress05", region == Region.AU ? "2000" : "2001",
                "City", "", "State", "", "Country", "", "ContactName", "", "Telephone", "", "Fax", "", "Mobile", "",
                "Email", email, "TaxNumber", "", "RegisteredName", name, "RegistrationNumber", "",
                "Created", "2015-06-02T04:36:58.903", "Modified", "2015-08-28T13:15:27.867");
        for (int i = 1; i <= 5; i++) {
            String line = company.path(String.format("PostalAddress%02d", i)).asText();
            company.put("PostalAddress" + i, line);
            company.put(String.format("CompanyInfo%02d", i), line);
        }
        EntityFields.COMPANY.fillDefaults(company);
        company.put("DateFormatId", 1);
        company.put("CustomerZoneGuid", UUID.nameUUIDFromBytes(("Company/" + id).getBytes(StandardCharsets.UTF_8)).toString());
        return company;
    }

    static ObjectNode obj(Object... keyValues) {
        ObjectNode node = SageJson.object();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.set((String) keyValues[i], SageJson.MAPPER.valueToTree(keyValues[i + 1]));
        }
        return node;
    }
}

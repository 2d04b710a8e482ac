package dev.camelsage.sage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelsage.sage.model.CommercialDocumentLine;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import dev.camelsage.sage.model.JournalEntry;
import dev.camelsage.sage.model.Supplier;
import dev.camelsage.sage.model.TaxInvoice;

/** Builds the records tests send, with unique names so tests never trip Sage's uniqueness rules. */
public final class SageFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SageFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static Customer customer() {
        Customer customer = new Customer();
        customer.setName(unique("Test Customer"));
        customer.setActive(true);
        customer.setEmail("accounts@example.co.za");
        customer.setCreditLimit(new BigDecimal("2500.00"));
        return customer;
    }

    /** The same customer as a Map with Sage's field names, as a route without the model would build it. */
    public static Map<String, Object> customerMap() {
        return Map.of("Name", unique("Map Customer"), "Active", true, "CreditLimit", new BigDecimal("100.00"));
    }

    /** A customer as JSON text. */
    public static String customerJson() {
        return "{\"Name\":\"" + unique("Json Customer") + "\",\"Active\":true,\"TextField1\":\"from-json\"}";
    }

    public static Supplier supplier() {
        Supplier supplier = new Supplier();
        supplier.setName(unique("Test Supplier"));
        supplier.setActive(true);
        return supplier;
    }

    public static Item item() {
        Item item = new Item();
        item.setCode(unique("IT").replace(' ', '-'));
        item.setDescription("Test item");
        item.setActive(true);
        item.setPriceExclusive(new BigDecimal("100.00"));
        return item;
    }

    /** An invoice of one item line: 2 x 100.00 exclusive. */
    public static TaxInvoice taxInvoice(long customerId, long itemId) {
        CommercialDocumentLine line = new CommercialDocumentLine();
        line.setSelectionId(itemId);
        line.setLineType(0);
        line.setQuantity(new BigDecimal("2"));
        line.setUnitPriceExclusive(new BigDecimal("100.00"));
        line.setDescription("Two of them");
        TaxInvoice invoice = new TaxInvoice();
        invoice.setCustomerId(customerId);
        invoice.setDate(LocalDate.of(2026, 11, 1));
        invoice.setDueDate(LocalDate.of(2026, 11, 30));
        invoice.setInclusive(false);
        invoice.setReference(unique("REF"));
        invoice.setLines(List.of(line));
        return invoice;
    }

    /** A journal entry of 50.00 between two accounts; {@code effect} 1 debits the account, 2 credits it. */
    public static JournalEntry journalEntry(long accountId, long contraAccountId, int effect) {
        JournalEntry entry = new JournalEntry();
        entry.setDate(LocalDate.of(2026, 11, 2));
        entry.setAccountId(accountId);
        entry.setContraAccountId(contraAccountId);
        entry.setEffect(effect);
        entry.setReference(unique("JNL"));
        entry.setExclusive(new BigDecimal("50.00"));
        entry.setTotal(new BigDecimal("50.00"));
        return entry;
    }
}

package dev.camelsage.chaos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.model.Allocation;
import dev.camelsage.sage.model.CommercialDocumentLine;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.CustomerReceipt;
import dev.camelsage.sage.model.Item;
import dev.camelsage.sage.model.TaxInvoice;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * A company's day: each business case creates a customer and an item, raises an invoice of one to three lines, maybe
 * amends it, records a receipt for all or part of it and allocates it, maybe raises the customer's credit limit, and
 * retires what it can: a customer with invoices is deactivated (Sage refuses the delete), a prospect without any is
 * deleted, a used item's delete is refused and skipped, a spare item is deleted. Cases run on several threads at once;
 * a step that is dead-lettered ends its case. Every choice comes from the seed.
 */
final class Workload {

    /** Case IDs the seed and case number make unique, so replays of different seeds never meet. */
    private final String prefix;
    private final long seed;
    private final ChaosSettings settings;
    private final ProducerTemplate template;
    private final long bankAccountId;
    private final long taxTypeId;
    private final Queue<StepResult> results = new ConcurrentLinkedQueue<>();

    Workload(long seed, ChaosSettings settings, ProducerTemplate template, long bankAccountId, long taxTypeId) {
        this.prefix = Long.toString(Math.floorMod(seed, 1_000_000L), 36).toUpperCase();
        this.seed = seed;
        this.settings = settings;
        this.template = template;
        this.bankAccountId = bankAccountId;
        this.taxTypeId = taxTypeId;
    }

    /** Runs every case on the configured threads; returns when all have ended. */
    List<StepResult> run() throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(settings.threads());
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < settings.threads(); t++) {
            threads.execute(() -> {
                for (int i = next.getAndIncrement(); i < settings.cases(); i = next.getAndIncrement()) {
                    runCase(i);
                }
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(15, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The workload did not end within 15 minutes");
        }
        return new ArrayList<>(results);
    }

    String prefix() {
        return prefix;
    }

    private void runCase(int no) {
        Random random = new Random(seed * 1_000_003L + no);
        String tag = prefix + "-" + no;
        Customer customer = new Customer();
        customer.setName("Chaos " + tag + " Trading");
        customer.setActive(true);
        customer.setCreditLimit(new BigDecimal("5000.00"));
        Customer savedCustomer = send(no, "createCustomer", customer.getName(), customer, null, Customer.class);
        Item item = new Item();
        item.setCode("CH" + tag);
        item.setDescription("Chaos item " + tag);
        item.setActive(true);
        item.setPriceExclusive(money(random, 10, 500));
        Item savedItem = send(no, "createItem", item.getCode(), item, null, Item.class);
        if (savedCustomer == null || savedItem == null) {
            return;
        }
        TaxInvoice invoice = invoice(random, tag, savedCustomer.getId(), savedItem);
        TaxInvoice raised = send(no, "raiseInvoice", invoice.getReference(), invoice, null, TaxInvoice.class);
        if (raised == null) {
            return;
        }
        if (random.nextDouble() < 0.5) {
            raised.setMessage("Amended " + tag);
            TaxInvoice amended = send(no, "updateInvoice", raised.getId().toString(), raised, null, TaxInvoice.class);
            if (amended == null) {
                return;
            }
            raised = amended;
        }
        CustomerReceipt receipt = receipt(random, tag, savedCustomer.getId(), raised.getTotal());
        CustomerReceipt recorded = send(no, "recordReceipt", receipt.getReference(), receipt, null, CustomerReceipt.class);
        if (recorded == null) {
            return;
        }
        Allocation allocation = new Allocation();
        allocation.setSourceDocumentId(recorded.getId());
        allocation.setAllocatedToDocumentId(raised.getId());
        allocation.setTotal(receipt.getTotal());
        if (send(no, "allocate", recorded.getId().toString(), allocation, null, Allocation.class) == null) {
            return;
        }
        if (random.nextDouble() < 0.5) {
            savedCustomer.setCreditLimit(new BigDecimal("7500.00"));
            send(no, "updateCustomer", savedCustomer.getId().toString(), savedCustomer, null, Customer.class);
        }
        retire(no, random, tag, savedCustomer.getId(), savedItem.getId());
    }

    private void retire(int no, Random random, String tag, long customerId, long itemId) {
        if (random.nextDouble() < 0.3) {
            send(no, "retireCustomer", Long.toString(customerId), null, customerId, Object.class);
        }
        if (random.nextDouble() < 0.3) {
            send(no, "deleteItem", Long.toString(itemId), null, itemId, Object.class);
        }
        if (random.nextDouble() < 0.3) {
            Customer prospect = new Customer();
            prospect.setName("Chaos " + tag + " Prospect");
            prospect.setActive(true);
            Customer saved = send(no, "createCustomer", prospect.getName(), prospect, null, Customer.class);
            if (saved != null) {
                send(no, "deleteCustomer", saved.getId().toString(), null, saved.getId(), Object.class);
            }
        }
        if (random.nextDouble() < 0.3) {
            Item spare = new Item();
            spare.setCode("CH" + tag + "-S");
            spare.setDescription("Spare " + tag);
            spare.setActive(true);
            spare.setPriceExclusive(new BigDecimal("1.00"));
            Item saved = send(no, "createItem", spare.getCode(), spare, null, Item.class);
            if (saved != null) {
                send(no, "deleteItem", saved.getId().toString(), null, saved.getId(), Object.class);
            }
        }
    }

    private TaxInvoice invoice(Random random, String tag, long customerId, Item item) {
        List<CommercialDocumentLine> lines = new ArrayList<>();
        for (int l = 1 + random.nextInt(3); l > 0; l--) {
            CommercialDocumentLine line = new CommercialDocumentLine();
            line.setSelectionId(item.getId());
            line.setTaxTypeId(taxTypeId);
            line.setLineType(0);
            line.setQuantity(BigDecimal.valueOf(1 + random.nextInt(5)));
            line.setUnitPriceExclusive(money(random, 10, 500));
            line.setDescription(item.getDescription());
            lines.add(line);
        }
        TaxInvoice invoice = new TaxInvoice();
        invoice.setCustomerId(customerId);
        invoice.setDate(LocalDate.of(2026, 11, 2));
        invoice.setDueDate(LocalDate.of(2026, 12, 2));
        invoice.setInclusive(false);
        invoice.setReference("INV-" + tag);
        invoice.setLines(lines);
        return invoice;
    }

    /** The whole invoice (60 %) or a seeded part of it. */
    private CustomerReceipt receipt(Random random, String tag, long customerId, BigDecimal invoiceTotal) {
        CustomerReceipt receipt = new CustomerReceipt();
        receipt.setCustomerId(customerId);
        receipt.setDate(LocalDate.of(2026, 11, 3));
        receipt.setReference("RCT-" + tag);
        receipt.setBankAccountId(bankAccountId);
        receipt.setPaymentMethod(4);
        receipt.setTotal(random.nextDouble() < 0.6 ? invoiceTotal
                : invoiceTotal.multiply(BigDecimal.valueOf(20 + random.nextInt(70), 2)).setScale(2, RoundingMode.HALF_UP));
        return receipt;
    }

    /** Sends one step; returns the saved record, or {@code null} when the step was dead-lettered. */
    private <T> T send(int no, String step, String key, Object body, Long id, Class<T> type) {
        Exchange done = template.send("direct:" + step, exchange -> {
            exchange.getMessage().setHeader(BookkeepingRoutes.CASE, no);
            exchange.getMessage().setHeader(BookkeepingRoutes.STEP, step);
            if (id != null) {
                exchange.getMessage().setHeader(SageConstants.ID, id);
            }
            exchange.getMessage().setBody(body);
        });
        // EXCEPTION_CAUGHT stays on an exchange a redelivery saved: only the dead letter channel's mark means failed.
        String dead = done.getException() != null ? done.getException().getClass().getSimpleName()
                : done.getProperty(BookkeepingRoutes.DEAD_LETTER, String.class);
        boolean reconciled = done.getMessage().getHeader(SageConstants.RECONCILED, false, Boolean.class);
        String flag = done.getMessage().getHeader(SageConstants.DEACTIVATED, false, Boolean.class) ? "deactivated"
                : done.getMessage().getHeader(SageConstants.DELETE_SKIPPED, false, Boolean.class) ? "skipped" : null;
        Long savedId = id != null || dead != null ? id : done.getMessage().getHeader(SageConstants.ID, Long.class);
        results.add(new StepResult(no, step, key, savedId, dead, reconciled, flag, done.getExchangeId()));
        return dead != null ? null : done.getMessage().getBody(type);
    }

    private static BigDecimal money(Random random, int from, int to) {
        return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100), 2);
    }
}

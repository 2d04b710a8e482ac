package dev.camelsage.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.SageSimulator;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;

/**
 * Reads the history after a run, from Sage's side (the simulator's journal and store), the application's (the steps'
 * outcomes and the attempts it saw), the dead letter files and the mirrored files, and checks the guarantees:
 * <ul>
 * <li>every record a step meant to create exists exactly once, or the step is in the dead letter channel with its
 * reason (a dead-lettered create whose outcome was unknown may have been saved: counted, never twice, and its dead
 * letter must say that the outcome is unknown);</li>
 * <li>no document, customer, item or allocation exists twice; updates, deactivations and deletes took effect;</li>
 * <li>no request reached Sage during a block once the component could know of it (only requests already in flight
 * when the block began, within {@link #IN_FLIGHT} of its first 429, may meet it), and no 429 the guard should have
 * prevented;</li>
 * <li>failed logins stayed under the component's limit, far from Sage's lock-out;</li>
 * <li>the mirror holds every invoice's current version, and each version it holds was delivered exactly once (the
 * consumer resumes from its stored watermark and remembers the versions of its lookback window, so a graceful restart
 * must not deliver a version again: a second line in a version's file is counted as a duplicate delivery);</li>
 * <li>balances add up: an invoice's AmountDue and a receipt's TotalUnallocated are its Total less its allocations,
 * Total is Exclusive plus Tax, and a customer's Balance is what its invoices owe less its unallocated receipts.</li>
 * </ul>
 */
final class HistoryChecker {

    static final Duration IN_FLIGHT = Duration.ofSeconds(1);

    private final SageSimulator sage;
    private final String prefix;
    private final ChaosReport report = new ChaosReport();

    HistoryChecker(SageSimulator sage, String prefix) {
        this.sage = sage;
        this.prefix = prefix;
    }

    ChaosReport check(List<StepResult> steps, AttemptLedger attempts, Path deadDir, Path mirrorDir, ReportsApp reports) {
        List<JournalEntry> journal = sage.journal().entries();
        report.requests = journal.size();
        faults(journal, steps, attempts);
        records(steps, deadDir);
        blocks(journal);
        logins(journal, reports);
        mirror(mirrorDir);
        balances();
        return report;
    }

    private void faults(List<JournalEntry> journal, List<StepResult> steps, AttemptLedger attempts) {
        for (JournalEntry entry : journal) {
            entry.faults().forEach(kind -> report.injected.merge(kind.name(), 1L, Long::sum));
        }
        for (StepResult step : steps) {
            report.operations++;
            if (step.ok()) {
                report.succeeded++;
            } else {
                report.deadLettered++;
                report.deadReasons.merge(step.step() + ": " + step.dead(), 1, Integer::sum);
            }
            if (step.reconciled()) {
                report.reconciled++;
            }
            for (String met : attempts.met(step.exchangeId())) {
                ChaosReport.Endings endings = report.endings(met);
                endings.operations++;
                if (!step.ok()) {
                    endings.deadLettered++;
                } else if (step.reconciled()) {
                    endings.reconciled++;
                } else {
                    endings.recovered++;
                }
            }
        }
    }

    private void records(List<StepResult> steps, Path deadDir) {
        Map<String, List<ObjectNode>> customers = ours("Customer", "Name");
        Map<String, List<ObjectNode>> items = ours("Item", "Code");
        Map<String, List<ObjectNode>> invoices = ours("TaxInvoice", "Reference");
        Map<String, List<ObjectNode>> receipts = ours("CustomerReceipt", "Reference");
        Map<String, List<ObjectNode>> allocations = sage.store().list(DEMO_COMPANY_ID, "Allocation").stream()
                .collect(Collectors.groupingBy(a -> a.path("SourceDocumentId").asText()));
        // A delete that was dead-lettered may still have deleted the record (its answer was lost).
        Set<Long> deleted = steps.stream().filter(s -> s.flag() == null
                        && (s.step().equals("deleteCustomer") || s.step().equals("deleteItem")))
                .map(StepResult::id).collect(Collectors.toSet());
        duplicates("customer", customers);
        duplicates("item", items);
        duplicates("invoice", invoices);
        duplicates("invoice number", invoices.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(i -> i.path("DocumentNumber").asText())));
        duplicates("receipt", receipts);
        duplicates("allocation of receipt", allocations);
        for (StepResult step : steps) {
            if (!step.ok()) {
                deadLetterFiled(step, deadDir);
            }
            switch (step.step()) {
                case "createCustomer" -> created(step, customers.get(step.key()), deleted);
                case "createItem" -> created(step, items.get(step.key()), deleted);
                case "raiseInvoice" -> created(step, invoices.get(step.key()), deleted);
                case "recordReceipt" -> created(step, receipts.get(step.key()), deleted);
                case "allocate" -> created(step, allocations.get(step.key()), deleted);
                case "updateInvoice" -> expect(step, "TaxInvoice", r -> r.path("Message").asText().startsWith("Amended"));
                case "updateCustomer" -> expect(step, "Customer",
                        r -> r.path("CreditLimit").decimalValue().compareTo(new BigDecimal("7500")) == 0);
                case "retireCustomer" -> expect(step, "Customer", r -> !r.path("Active").asBoolean(true)
                        && "deactivated".equals(step.flag()));
                case "deleteItem" -> {
                    if (step.ok() && "skipped".equals(step.flag())) {
                        expect(step, "Item", r -> true);
                    } else {
                        gone(step, "Item");
                    }
                }
                case "deleteCustomer" -> gone(step, "Customer");
                default -> report.violation("Unknown step " + step.step());
            }
        }
        report.invoices = invoices.size();
    }

    private void created(StepResult step, List<ObjectNode> found, Set<Long> deleted) {
        int count = found == null ? 0 : found.size();
        if (step.ok()) {
            boolean since = deleted.contains(step.id());
            if (count == 0 && !since) {
                report.lost++;
                report.violation(step.step() + " " + step.key() + " succeeded (ID " + step.id() + ") but is not in Sage");
            } else if (count == 1 && found.get(0).path("ID").asLong() != step.id()) {
                report.violation(step.step() + " " + step.key() + " answered ID " + step.id() + " but Sage holds ID "
                                 + found.get(0).path("ID").asLong());
            }
        } else if (count == 1) {
            report.deadButSaved++;
            if (!"SageUnknownOutcomeException".equals(step.dead())) {
                report.violation(step.step() + " " + step.key() + " was saved, but its dead letter says " + step.dead()
                                 + ", not that its outcome is unknown");
            }
        }
    }

    private void duplicates(String what, Map<String, List<ObjectNode>> byKey) {
        byKey.forEach((key, records) -> {
            if (records.size() > 1) {
                report.duplicated += records.size() - 1;
                report.violation(what + " " + key + " exists " + records.size() + " times: IDs "
                                 + records.stream().map(r -> r.path("ID").asText()).toList());
            }
        });
    }

    private void expect(StepResult step, String service, Predicate<ObjectNode> state) {
        if (!step.ok()) {
            return;
        }
        Optional<ObjectNode> record = sage.store().get(DEMO_COMPANY_ID, service, step.id());
        if (record.isEmpty() || !state.test(record.get())) {
            report.violation(step.step() + " of " + service + " " + step.id() + " succeeded (" + step.flag()
                             + ") but Sage holds " + record.map(ObjectNode::toString).orElse("nothing"));
        }
    }

    private void gone(StepResult step, String service) {
        if (step.ok() && sage.store().get(DEMO_COMPANY_ID, service, step.id()).isPresent()) {
            report.violation(step.step() + " of " + service + " " + step.id() + " succeeded but the record is still in Sage");
        }
    }

    private void deadLetterFiled(StepResult step, Path deadDir) {
        Path file = deadDir.resolve(step.step() + "-" + step.caseNo() + ".txt");
        try {
            if (!Files.exists(file) || !Files.readString(file).contains(step.dead() + "|")) {
                report.violation(step.step() + " of case " + step.caseNo() + " failed with " + step.dead()
                                 + " but no dead letter says so");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Requests that met a block: those arriving within {@link #IN_FLIGHT} of the block's first 429 were already on
     * their way; any later one was sent while the component knew (or should have known) of the block.
     */
    private void blocks(List<JournalEntry> journal) {
        Instant episodeStart = null;
        Instant last = null;
        for (JournalEntry entry : journal) {
            if (entry.status() == 429 && !entry.whileBlocked()) {
                report.violation("A 429 the quota guard should have prevented, at " + entry.time() + ": "
                                 + entry.service() + "/" + entry.method());
            }
            if (!entry.whileBlocked()) {
                continue;
            }
            report.requestsWhileBlocked++;
            if (episodeStart == null || Duration.between(last, entry.time()).compareTo(ChaosSettings.BLOCK) > 0) {
                episodeStart = entry.time();
            }
            last = entry.time();
            if (Duration.between(episodeStart, entry.time()).compareTo(IN_FLIGHT) <= 0) {
                report.unavoidableWhileBlocked++;
            } else {
                report.violation("A request reached Sage during a block, " + Duration.between(episodeStart,
                        entry.time()).toMillis() + " ms after it began: " + entry.service() + "/" + entry.method()
                                 + " by " + entry.username());
            }
        }
    }

    private void logins(List<JournalEntry> journal, ReportsApp reports) {
        report.failedLogins = (int) journal.stream().filter(e -> e.status() == 401).count();
        report.reportReads = reports.reads();
        report.reportsDead.putAll(reports.dead());
        if (report.failedLogins > ChaosSettings.MAX_FAILED_LOGINS) {
            report.violation(report.failedLogins + " failed logins reached Sage; the component allows "
                             + ChaosSettings.MAX_FAILED_LOGINS + " an hour");
        }
        long otherUsers = journal.stream().filter(e -> e.status() == 401
                && !SageApps.REPORTS_USERNAME.equalsIgnoreCase(e.username())).count();
        if (otherUsers > 0) {
            report.violation(otherUsers + " requests of logins whose password never changed were refused 401");
        }
    }

    private void mirror(Path mirrorDir) {
        Map<String, List<String>> versions = new HashMap<>();
        try (Stream<Path> files = Files.exists(mirrorDir) ? Files.list(mirrorDir) : Stream.empty()) {
            for (Path file : files.toList()) {
                versions.put(file.getFileName().toString(), Files.readAllLines(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.versionsMirrored = versions.size();
        versions.forEach((name, lines) -> {
            if (lines.size() > 1) {
                report.duplicateDeliveries += lines.size() - 1;
                report.violation("Invoice version " + name + " was delivered " + lines.size() + " times");
            }
        });
        for (ObjectNode invoice : sage.store().list(DEMO_COMPANY_ID, "TaxInvoice")) {
            if (!invoice.path("Reference").asText().startsWith("INV-" + prefix + "-")) {
                continue;
            }
            String name = versionFile(invoice);
            List<String> lines = versions.get(name);
            if (lines == null) {
                report.violation("Invoice " + invoice.path("Reference").asText() + "'s current version " + name
                                 + " never reached the mirror");
                continue;
            }
            String[] mirrored = lines.get(lines.size() - 1).split("\\|", -1);
            String[] expected = {invoice.path("ID").asText(), invoice.path("Reference").asText(),
                    invoice.path("Total").decimalValue().toPlainString(), null, invoice.path("Message").asText("null")};
            for (int field : new int[] {0, 1, 2, 4}) {
                if (!expected[field].equals(mirrored[field])) {
                    report.violation("The mirror of " + name + " reads " + lines.get(lines.size() - 1) + ", Sage "
                                     + invoice);
                }
            }
            // AmountDue is derived: an allocation changes it without a new version (Modified stays), so a mirror
            // fed by Modified keeps the amount of the version it saw. Counted, not a broken guarantee.
            if (new BigDecimal(mirrored[3]).compareTo(invoice.path("AmountDue").decimalValue()) != 0) {
                report.staleAmountDue++;
            }
        }
    }

    /** The file the mirror writes for the invoice's current version. */
    static String versionFile(ObjectNode invoice) {
        String modified = invoice.path("Modified").isTextual() && !invoice.path("Modified").asText().isBlank()
                ? invoice.path("Modified").asText() : "new";
        return invoice.path("ID").asText() + "@" + modified.replace(':', '-') + ".txt";
    }

    private void balances() {
        List<ObjectNode> allocations = sage.store().list(DEMO_COMPANY_ID, "Allocation");
        Map<Long, BigDecimal> toDocument = sum(allocations, "AllocatedToDocumentId");
        Map<Long, BigDecimal> fromDocument = sum(allocations, "SourceDocumentId");
        Map<Long, BigDecimal> owed = new HashMap<>();
        for (ObjectNode invoice : mine("TaxInvoice", "Reference", "INV-")) {
            BigDecimal total = invoice.path("Total").decimalValue();
            long id = invoice.path("ID").asLong();
            same("Invoice " + id + " Total", total, invoice.path("Exclusive").decimalValue()
                    .add(invoice.path("Tax").decimalValue()));
            same("Invoice " + id + " AmountDue", invoice.path("AmountDue").decimalValue(),
                    total.subtract(toDocument.getOrDefault(id, BigDecimal.ZERO)));
            owed.merge(invoice.path("CustomerId").asLong(), invoice.path("AmountDue").decimalValue(), BigDecimal::add);
        }
        for (ObjectNode receipt : mine("CustomerReceipt", "Reference", "RCT-")) {
            long id = receipt.path("ID").asLong();
            same("Receipt " + id + " TotalUnallocated", receipt.path("TotalUnallocated").decimalValue(),
                    receipt.path("Total").decimalValue().subtract(fromDocument.getOrDefault(id, BigDecimal.ZERO)));
            owed.merge(receipt.path("CustomerId").asLong(), receipt.path("TotalUnallocated").decimalValue().negate(),
                    BigDecimal::add);
        }
        for (ObjectNode customer : mine("Customer", "Name", "Chaos ")) {
            same("Customer " + customer.path("Name").asText() + " Balance", customer.path("Balance").decimalValue(),
                    owed.getOrDefault(customer.path("ID").asLong(), BigDecimal.ZERO));
        }
    }

    private void same(String what, BigDecimal actual, BigDecimal expected) {
        if (actual == null || actual.compareTo(expected) != 0) {
            report.violation(what + " is " + actual + ", but adds up to " + expected);
        }
    }

    private static Map<Long, BigDecimal> sum(List<ObjectNode> allocations, String field) {
        return allocations.stream().collect(Collectors.toMap(a -> a.path(field).asLong(),
                a -> a.path("Total").decimalValue(), BigDecimal::add));
    }

    private Map<String, List<ObjectNode>> ours(String service, String field) {
        return sage.store().list(DEMO_COMPANY_ID, service).stream()
                .filter(r -> r.path(field).asText().contains(prefix + "-"))
                .collect(Collectors.groupingBy(r -> r.path(field).asText(), Collectors.mapping(Function.identity(),
                        Collectors.toList())));
    }

    private List<ObjectNode> mine(String service, String field, String start) {
        return sage.store().list(DEMO_COMPANY_ID, service).stream()
                .filter(r -> r.path(field).asText().startsWith(start + prefix + "-")).toList();
    }
}

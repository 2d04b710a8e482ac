package dev.camelsage.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the checker found: the figures of the run, and every broken guarantee in words. */
final class ChaosReport {

    /** How the operations that met one class of fault ended. */
    static final class Endings {
        int operations;
        int recovered;
        int reconciled;
        int deadLettered;
    }

    final List<String> violations = new ArrayList<>();
    final Map<String, Long> injected = new TreeMap<>();
    final Map<String, Endings> endings = new TreeMap<>();
    final Map<String, Integer> deadReasons = new TreeMap<>();
    final Map<String, Long> reportsDead = new TreeMap<>();
    int operations;
    int requests;
    int succeeded;
    int reconciled;
    int deadLettered;
    int deadButSaved;
    int lost;
    int duplicated;
    int invoices;
    int versionsMirrored;
    int duplicateDeliveries;
    int staleAmountDue;
    int requestsWhileBlocked;
    int unavoidableWhileBlocked;
    int failedLogins;
    int reportReads;

    void violation(String text) {
        violations.add(text);
    }

    Endings endings(String faultClass) {
        return endings.computeIfAbsent(faultClass, k -> new Endings());
    }

    void print(PrintStream out, long seed, ChaosSettings settings, List<FaultPlan.Event> events, long millis) {
        out.printf("%nChaos run '%s', seed %d (replay: -Dchaos.seed=%d), %d cases on %d threads, %.1f s%n",
                settings.name(), seed, seed, settings.cases(), settings.threads(), millis / 1000.0);
        events.forEach(e -> out.printf("  at %5.1f s  %s%n", e.at().toMillis() / 1000.0, e.what()));
        out.printf("requests at Sage %d; operations %d: %d succeeded (%d of them reconciled), %d dead-lettered%n",
                requests, operations, succeeded, reconciled, deadLettered);
        out.printf("records lost %d, duplicated %d; dead-lettered yet saved (outcome unknown to the app) %d%n",
                lost, duplicated, deadButSaved);
        out.printf("dead letters by reason: %s%n", deadReasons);
        out.printf("invoices %d, versions mirrored %d, duplicate deliveries %d; mirrored AmountDue older than a later"
                   + " allocation (no new version) %d%n", invoices, versionsMirrored, duplicateDeliveries, staleAmountDue);
        out.printf("requests while blocked %d (%d already in flight when the block began); reports login: %d reads,"
                   + " %d failed logins at Sage (limit %d, Sage locks at %d), dead-lettered %s%n",
                requestsWhileBlocked, unavoidableWhileBlocked, reportReads, failedLogins,
                ChaosSettings.MAX_FAILED_LOGINS, ChaosSettings.SAGE_FAILED_LOGINS, reportsDead);
        out.println("faults injected at Sage (journal):");
        injected.forEach((kind, n) -> out.printf("  %-26s %6d%n", kind, n));
        out.printf("operations that met a fault, as the app saw it:%n  %-26s %6s %10s %10s %13s%n", "fault",
                "ops", "recovered", "reconciled", "dead-lettered");
        endings.forEach((kind, e) -> out.printf("  %-26s %6d %10d %10d %13d%n", kind, e.operations, e.recovered,
                e.reconciled, e.deadLettered));
        out.printf("violations: %d%n", violations.size());
        violations.stream().limit(40).forEach(v -> out.println("  " + v));
    }
}

package dev.camelsage.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.SageErrorHandling;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.awaitility.Awaitility.await;

/**
 * One seeded run: Sage (the simulator, on the compressed quota), the bookkeeping application, the invoice mirror and
 * the reports application, the fault plan, the workload; then the faults end, the mirror is given time to catch up,
 * everything stops and the history is checked.
 */
final class ChaosRun {

    private final long seed;
    private final ChaosSettings settings;
    private final Path dir;

    ChaosRun(long seed, ChaosSettings settings, Path dir) {
        this.seed = seed;
        this.settings = settings;
        this.dir = dir;
    }

    ChaosReport run() throws Exception {
        long started = System.nanoTime();
        QuotaSettings quota = QuotaSettings.sage().withWindow(ChaosSettings.REQUESTS_PER_WINDOW, ChaosSettings.WINDOW)
                .withDaily(settings.dailyQuota()).withBlockDuration(ChaosSettings.BLOCK)
                .withFailedLogins(ChaosSettings.SAGE_FAILED_LOGINS, Duration.ofHours(24));
        Path deadDir = dir.resolve("dead");
        Path mirrorDir = dir.resolve("mirror");
        try (SageSimulator sage = SageSimulator.builder().quota(quota)
                .user(SageApps.REPORTS_USERNAME, SageApps.REPORTS_PASSWORD, DEMO_COMPANY_ID).start();
             FaultPlan plan = new FaultPlan(seed, settings)) {
            SageApps apps = new SageApps(sage, settings);
            AttemptLedger attempts = new AttemptLedger();
            CamelContext bookkeeping = apps.context("bookkeeping", SageSimulator.DEMO_USERNAME,
                    SageSimulator.DEMO_PASSWORD);
            bookkeeping.addRoutes(new SageErrorHandling());
            bookkeeping.addRoutes(new BookkeepingRoutes(deadDir, attempts));
            bookkeeping.start();
            Workload workload = new Workload(seed, settings, bookkeeping.createProducerTemplate(),
                    first(sage, "BankAccount").path("ID").asLong(), standardRate(sage));
            List<StepResult> steps;
            ReportsApp reports = new ReportsApp(apps, first(sage, "Customer").path("ID").asLong());
            try (MirrorApp mirror = new MirrorApp(apps, mirrorDir, dir.resolve("mirror-state.properties"))) {
                mirror.start();
                reports.start();
                plan.start(sage, () -> {
                    try {
                        mirror.restart();
                    } catch (Exception e) {
                        throw new IllegalStateException("The mirror did not restart", e);
                    }
                });
                steps = workload.run();
                await().atMost(settings.length().plusSeconds(30)).until(() -> mirror.starts() == 2);
                plan.stopRandomFaults(sage);
                reports.close();
                // The mirror catches up once the day's writes are over: every current version in its folder.
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .until(() -> caughtUp(sage, workload.prefix(), mirrorDir));
            }
            bookkeeping.stop();
            ChaosReport report = new HistoryChecker(sage, workload.prefix()).check(steps, attempts, deadDir, mirrorDir,
                    reports);
            report.print(System.out, seed, settings, plan.events(), (System.nanoTime() - started) / 1_000_000);
            return report;
        }
    }

    private static boolean caughtUp(SageSimulator sage, String prefix, Path mirrorDir) {
        return sage.store().list(DEMO_COMPANY_ID, "TaxInvoice").stream()
                .filter(i -> i.path("Reference").asText().startsWith("INV-" + prefix + "-"))
                .allMatch(i -> mirrorDir.resolve(HistoryChecker.versionFile(i)).toFile().exists());
    }

    private static ObjectNode first(SageSimulator sage, String service) {
        return sage.store().list(DEMO_COMPANY_ID, service).get(0);
    }

    private static long standardRate(SageSimulator sage) {
        return sage.store().list(DEMO_COMPANY_ID, "TaxType").stream()
                .filter(t -> t.path("Name").asText().startsWith("Standard")).findFirst()
                .orElseThrow(() -> new IllegalStateException("The seed has no standard rate tax type"))
                .path("ID").asLong();
    }
}

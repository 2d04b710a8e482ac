package dev.camelsage.examples.sync;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelsage.simulator.SageSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo as its README runs it: the YAML sync in its own JVM, against a simulator, twice. */
@Timeout(300)
class SageSyncApplicationTest {

    /** customers.csv: five good rows and one (CRM-1004) without a name, which Sage refuses. */
    private static final int GOOD_ROWS = 5;
    private static final int SEEDED_INVOICES = 6;

    @TempDir
    Path dir;

    @Test
    void syncsWithSageFromTheEnvironmentAndASecondRunCreatesNothing() throws Exception {
        try (SageSimulator sage = SageSimulator.builder().start()) {
            Map<String, String> environment = Map.of(
                    "SAGE_USERNAME", SageSimulator.DEMO_USERNAME,
                    "SAGE_PASSWORD", SageSimulator.DEMO_PASSWORD,
                    "SAGE_API_KEY", SageSimulator.DEMO_API_KEY,
                    "SAGE_COMPANY_ID", String.valueOf(DEMO_COMPANY_ID),
                    "SAGE_BASE_URL", sage.baseUrl());
            Path work = dir.resolve("sync");
            long customersBefore = sage.store().count(DEMO_COMPANY_ID, "Customer");

            SyncRun first = SyncRun.start(work, environment);

            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(first.summary("customers created:")).isEqualTo(GOOD_ROWS);
            assertThat(first.summary("customers skipped:")).isZero();
            assertThat(first.summary("customers failed:")).isEqualTo(1);
            assertThat(first.summary("invoice files written:")).isEqualTo(SEEDED_INVOICES);
            assertThat(first.summary("customers now in Sage:")).isEqualTo(customersBefore + GOOD_ROWS);
            assertThat(sage.store().count(DEMO_COMPANY_ID, "Customer")).isEqualTo(customersBefore + GOOD_ROWS);
            assertThat(customerSaves(sage)).isEqualTo(GOOD_ROWS + 1);
            // The quota figures are the component's count of what reached Sage.
            assertThat(first.output()).contains("Sage quota left:        " + (100 - requests(sage)) + " of 100 requests this"
                                                + " minute, " + (5000 - requests(sage)) + " of 5000 today");
            assertThat(Files.readString(work.resolve("failed-customers.csv")))
                    .contains("CRM-1004", "Sipho Ndlovu", "The Name field is required.")
                    .doesNotContain("CRM-1001");
            List<Path> invoices = invoiceFiles(work);
            assertThat(invoices).hasSize(SEEDED_INVOICES);
            assertThat(Files.readString(invoices.get(0))).contains("\"ID\" :", "\"DocumentNumber\" : \"INV", "\"Lines\" :");
            FileTime written = Files.getLastModifiedTime(invoices.get(0));

            SyncRun second = SyncRun.start(work, environment);

            assertThat(second.exitCode()).as(second.output()).isZero();
            assertThat(second.summary("customers created:")).isZero();
            assertThat(second.summary("customers skipped:")).isEqualTo(GOOD_ROWS);
            assertThat(second.summary("customers failed:")).isEqualTo(1);
            assertThat(second.summary("invoice files written:")).isZero();
            assertThat(sage.store().count(DEMO_COMPANY_ID, "Customer")).isEqualTo(customersBefore + GOOD_ROWS);
            // Only the refused row is sent again (and refused again); no good row reaches Sage twice.
            assertThat(customerSaves(sage)).isEqualTo(GOOD_ROWS + 2);
            assertThat(invoiceFiles(work)).hasSize(SEEDED_INVOICES);
            assertThat(Files.getLastModifiedTime(invoices.get(0))).isEqualTo(written);
        }
    }

    @Test
    void withoutCredentialsTheDemoSyncsTheEmbeddedSimulatorAndASecondRunCreatesNothing() throws Exception {
        Path work = dir.resolve("demo");
        SyncRun first = SyncRun.start(work, Map.of());

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("embedded simulator", "Sage sync finished for company 1");
        assertThat(first.summary("customers created:")).isEqualTo(GOOD_ROWS);
        assertThat(first.summary("invoice files written:")).isEqualTo(SEEDED_INVOICES);
        long customers = first.summary("customers now in Sage:");

        SyncRun second = SyncRun.start(work, Map.of());

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.summary("customers created:")).isZero();
        assertThat(second.summary("customers skipped:")).isEqualTo(GOOD_ROWS);
        assertThat(second.summary("invoice files written:")).isZero();
        assertThat(second.summary("customers now in Sage:")).isEqualTo(customers);
    }

    @Test
    void incompleteCredentialsStopBeforeAnythingIsSentAndNameWhatIsMissing() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exitCode = SageSyncApplication.run(Map.of("SAGE_USERNAME", "someone@example.co.za"));

            assertThat(exitCode).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SAGE_PASSWORD, SAGE_API_KEY not set");
    }

    private static long customerSaves(SageSimulator sage) {
        return sage.journal().count(e -> "Customer".equals(e.service()) && "Save".equals(e.method()));
    }

    private static long requests(SageSimulator sage) {
        return sage.journal().count(e -> Long.valueOf(DEMO_COMPANY_ID).equals(e.companyId()));
    }

    private static List<Path> invoiceFiles(Path work) throws Exception {
        try (Stream<Path> files = Files.list(work.resolve("invoices"))) {
            return files.sorted().toList();
        }
    }
}

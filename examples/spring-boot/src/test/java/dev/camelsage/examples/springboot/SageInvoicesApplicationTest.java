package dev.camelsage.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The example application as it starts, with the starter configuring the component against a simulator. */
@SpringBootTest(properties = "sage.simulator=false")
@Timeout(60)
class SageInvoicesApplicationTest {

    private static final SageSimulator SAGE = SageSimulator.builder().start();
    private static final Path WORK = createWorkDir();

    @DynamicPropertySource
    static void sage(DynamicPropertyRegistry registry) {
        registry.add("camel.component.sage.base-url", SAGE::baseUrl);
        registry.add("camel.component.sage.username", () -> SageSimulator.DEMO_USERNAME);
        registry.add("camel.component.sage.password", () -> SageSimulator.DEMO_PASSWORD);
        registry.add("camel.component.sage.api-key", () -> SageSimulator.DEMO_API_KEY);
        registry.add("sage.invoices-dir", () -> WORK.resolve("invoices").toString());
        registry.add("sage.watermark-file", () -> WORK.resolve("invoice-watermarks.dat").toString());
    }

    @AfterAll
    static void stopSageAndRemoveFiles() throws IOException {
        SAGE.close();
        try (Stream<Path> files = Files.walk(WORK)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Autowired
    CamelContext camel;

    @Test
    void writesEachInvoiceOfTheCompanyAsJsonAndKeepsTheWatermark() throws Exception {
        int invoices = SAGE.store().count(SageSimulator.DEMO_COMPANY_ID, "TaxInvoice");
        Path dir = WORK.resolve("invoices");

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.isDirectory(dir) && invoiceFiles(dir).size() == invoices);

        // The watermark is written when an exchange completes, after its file.
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(WORK.resolve("invoice-watermarks.dat"))
                .contains("TaxInvoice:1="));
        assertThat(camel.getRoute("invoices").getConfigurationId()).isEqualTo("sage-error-handling");
        assertThat(Files.readString(invoiceFiles(dir).get(0))).contains("\"ID\":", "\"DocumentNumber\":\"INV",
                "\"Date\":\"20");
    }

    private static List<Path> invoiceFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("sage-invoices");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

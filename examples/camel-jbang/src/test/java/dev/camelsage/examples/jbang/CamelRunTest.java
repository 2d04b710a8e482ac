package dev.camelsage.examples.jbang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.camelsage.simulator.SageSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code camel run} of the camel-main-sync routes, as the README gives it: Camel JBang's own CLI (the
 * {@code camel} command, src/test/jbang/CamelJBang.java) in its own JVM with the sync's jar on the classpath, in a
 * folder holding the sync's application.properties and routes, with Sage's credentials in the environment.
 */
@Timeout(300)
class CamelRunTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void camelRunSyncsTheCustomersAndInvoicesWithSage() throws Exception {
        Path sync = Path.of(System.getProperty("sync.dir"));
        Path app = dir.resolve("app");
        copy(sync.resolve("src/main/resources"), app);
        Path work = dir.resolve("work");

        try (SageSimulator sage = SageSimulator.builder().start()) {
            int customers = sage.store().count(DEMO_COMPANY_ID, "Customer");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", Files.readString(Path.of(System.getProperty("jbang.classpath.file"))).trim(),
                    System.getProperty("jbang.launcher"),
                    "run",
                    // Maven Central serves the Kamelets catalog at 4.14.0, not at JBang's default
                    "--kamelets-version=4.14.0",
                    "--maven-settings=" + mavenSettings(),
                    "--logging-color=false",
                    "--prop=sync.input-dir=" + sync.resolve("data"),
                    "--prop=sync.work-dir=" + work));
            Path log = dir.resolve("camel-run.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SAGE_"));
            builder.environment().put("SAGE_USERNAME", SageSimulator.DEMO_USERNAME);
            builder.environment().put("SAGE_PASSWORD", SageSimulator.DEMO_PASSWORD);
            builder.environment().put("SAGE_API_KEY", SageSimulator.DEMO_API_KEY);
            builder.environment().put("SAGE_COMPANY_ID", String.valueOf(DEMO_COMPANY_ID));
            builder.environment().put("SAGE_BASE_URL", sage.baseUrl());
            Process process = builder.start();
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    fail("camel run did not end within " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
                }
            } finally {
                process.destroyForcibly();
            }
            String output = Files.readString(log);

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("Apache Camel (JBang)", "Sage sync finished for company 1");
            assertThat(output).containsPattern("customers created:\\s+5");
            assertThat(sage.store().count(DEMO_COMPANY_ID, "Customer")).isEqualTo(customers + 5);
            try (Stream<Path> invoices = Files.list(work.resolve("invoices"))) {
                assertThat(invoices).hasSize(sage.store().count(DEMO_COMPANY_ID, "TaxInvoice"));
            }
            assertThat(output).doesNotContain(SageSimulator.DEMO_PASSWORD, "8e2f1c4a-5b6d-4e7f-9a0b-1c2d3e4f5a6b");
        }
    }

    /** Settings that resolve into the build's own local repository, where the build already put what JBang needs. */
    private Path mavenSettings() throws IOException {
        return Files.writeString(dir.resolve("settings.xml"), """
                <settings><localRepository>%s</localRepository></settings>
                """.formatted(System.getProperty("maven.repo.local")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

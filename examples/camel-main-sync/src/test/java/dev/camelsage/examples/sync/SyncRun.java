package dev.camelsage.examples.sync;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.fail;

/**
 * One run of the sync in its own JVM, as a user starts it: {@code java -cp <runtime classpath>} with the given
 * environment and nothing else of the test's classpath. Fails the test if the run does not end within two minutes.
 */
record SyncRun(int exitCode, String output) {

    private static final long TIMEOUT_SECONDS = 120;

    static SyncRun start(Path workDir, Map<String, String> environment) throws IOException, InterruptedException {
        String classpath = System.getProperty("sync.classes") + File.pathSeparator
                           + Files.readString(Path.of(System.getProperty("sync.classpath.file"))).trim();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath,
                "-Dsync.input-dir=" + System.getProperty("sync.input-dir"),
                "-Dsync.work-dir=" + workDir,
                SageSyncApplication.class.getName()));
        Path log = Files.createTempFile(workDir.getParent(), "sync", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SAGE_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("The sync did not end within " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
            }
            return new SyncRun(process.exitValue(), Files.readString(log));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** The number on the summary line that starts with the label, such as {@code customers created:}. */
    long summary(String label) {
        Matcher matcher = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s+(\\d+)", Pattern.MULTILINE).matcher(output);
        if (!matcher.find()) {
            fail("No summary line '" + label + "' in:\n" + output);
        }
        return Long.parseLong(matcher.group(1));
    }
}

package dev.camelsage.karaf.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * One Apache Karaf, unpacked fresh from its distribution, reachable only on loopback, whose Maven resolver sees one
 * local repository and nothing remote. {@link #close()} stops it and, if it does not stop in time, kills it and its
 * child processes; a JVM shutdown hook does the same if the test JVM is ended first.
 */
final class KarafInstance implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String USER = "karaf";

    private final Path home;
    private final String password = UUID.randomUUID().toString();
    private final int sshPort;
    private Process process;
    private Thread killOnExit;

    private KarafInstance(Path home, int sshPort) {
        this.home = home;
        this.sshPort = sshPort;
    }

    /**
     * Unpacks the distribution into an empty {@code instances/karaf} and configures it: a shell user, SSH and JMX on
     * free loopback ports, and {@code mavenRepository} (repository layout) as the only Maven repository besides
     * Karaf's own {@code system/}, with no remote repository and an empty local one.
     */
    static KarafInstance unpack(Path distribution, Path instances, Path mavenRepository) throws Exception {
        Path dir = instances.resolve("karaf");
        deleteRecursively(dir);
        Files.createDirectories(dir);
        run(List.of("tar", "-xzf", distribution.toString(), "-C", dir.toString()), dir);
        Path home;
        try (Stream<Path> children = Files.list(dir)) {
            home = children.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException(distribution + " holds no Karaf directory"));
        }
        KarafInstance karaf = new KarafInstance(home, freePort());
        karaf.configure(mavenRepository);
        return karaf;
    }

    private void configure(Path mavenRepository) throws IOException {
        Files.writeString(etc("users.properties"), String.join("\n",
                USER + " = " + password + ",_g_:admingroup",
                "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh",
                ""));
        Files.writeString(etc("org.ops4j.pax.url.mvn.cfg"), String.join("\n",
                "org.ops4j.pax.url.mvn.localRepository=" + home.resolve("m2"),
                "org.ops4j.pax.url.mvn.offline=true",
                "org.ops4j.pax.url.mvn.useFallbackRepositories=false",
                "org.ops4j.pax.url.mvn.defaultRepositories=${karaf.home.uri}${karaf.default.repository}"
                + "@id=system.repository@snapshots, " + mavenRepository.toUri() + "@id=itest@snapshots",
                "org.ops4j.pax.url.mvn.repositories=",
                ""));
        setProperty("org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        setProperty("org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
        setProperty("org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        setProperty("org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
    }

    /** Writes {@code etc/<pid>.cfg}; Karaf hands it to the configuration admin (also while running). */
    void writeConfiguration(String pid, Map<String, String> properties) throws IOException {
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        Files.writeString(etc(pid + ".cfg"), text);
    }

    /**
     * Starts Karaf headless with these extra environment variables and waits, {@code timeout} in all, until SSH
     * answers and every boot feature ({@code featuresBoot} in {@code etc/org.apache.karaf.features.cfg}) is started,
     * so that all shell commands are there.
     */
    void start(Map<String, String> environment, Duration timeout) throws IOException {
        List<String> bootFeatures = bootFeatures();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        process = builder.start();
        killOnExit = new Thread(this::kill, "kill-karaf");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        long deadline = System.nanoTime() + timeout.toNanos();
        await("Karaf's SSH port").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(this::sshAnswers);
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        await("Karaf's boot features " + bootFeatures).atMost(left).pollInterval(Duration.ofSeconds(1))
                .until(() -> startedFeatures().containsAll(bootFeatures));
    }

    /**
     * Runs shell commands in one {@code bin/client} batch, which stops at the first failing command; fails then,
     * with the batch's output.
     */
    String execute(String... commands) throws IOException, InterruptedException {
        String script = String.join("\n", commands);
        ShellResult result = shell(script);
        if (result.exitCode() != 0 || result.output().contains("Error executing command")) {
            throw new IllegalStateException("Karaf commands failed (exit " + result.exitCode() + "):\n" + script
                                            + "\n---\n" + result.output());
        }
        return result.output();
    }

    private boolean sshAnswers() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("Karaf exited with " + process.exitValue() + ": " + console());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sshPort), 1000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private List<String> startedFeatures() throws IOException, InterruptedException {
        // columns: name, version, required ("x" or blank), state, repository, description
        return shell("feature:list --installed --show-hidden --no-format").output().lines()
                .map(line -> line.split("\t"))
                .filter(columns -> columns.length > 3 && columns[3].trim().equals("Started"))
                .map(columns -> columns[0].trim())
                .toList();
    }

    private List<String> bootFeatures() throws IOException {
        Properties features = new Properties();
        try (Reader reader = Files.newBufferedReader(etc("org.apache.karaf.features.cfg"))) {
            features.load(reader);
        }
        return Arrays.stream(features.getProperty("featuresBoot", "").split(","))
                .map(feature -> feature.replaceAll("[()]", "").trim())
                .filter(feature -> !feature.isEmpty())
                .map(feature -> feature.split("/")[0])
                .toList();
    }

    private ShellResult shell(String command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(home, "client-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                    "-a", String.valueOf(sshPort), "-u", USER, "-p", password, "-b")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process client = builder.start();
            client.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().close();
            if (!client.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("Karaf command '" + command + "' did not finish in " + COMMAND_TIMEOUT);
            }
            return new ShellResult(client.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Karaf's log, {@code data/log/karaf.log}; empty before Karaf writes it. */
    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** What the Karaf process printed on its console. */
    String console() throws IOException {
        Path console = home.resolve("console.log");
        return Files.exists(console) ? Files.readString(console) : "";
    }

    /** The files in the local Maven repository Karaf's resolver downloads into (it must need none). */
    List<Path> downloadedArtifacts() throws IOException {
        Path local = home.resolve("m2");
        if (!Files.exists(local)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(local)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private Path etc(String file) {
        return home.resolve("etc").resolve(file);
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path path = etc(file);
        String text = Files.readString(path);
        Matcher line = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        text = line.find() ? line.replaceFirst(Matcher.quoteReplacement(key + " = " + value))
                           : text + "\n" + key + " = " + value + "\n";
        Files.writeString(path, text);
    }

    /** Stops Karaf (SIGTERM runs its shutdown); kills it and its children if it is still alive after a while. */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            kill();
            process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook runs anyway
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process tar = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            tar.destroyForcibly();
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private record ShellResult(int exitCode, String output) {
    }
}

package dev.camelsage.sage.hazelcast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ReplicaMain} in a child JVM with this JVM's class path. Its answers are read by a thread of their own;
 * {@link #close()} kills it if it is still running, so a failed test leaves no process behind.
 */
final class Replica implements AutoCloseable {

    final String name;
    private final Process process;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Writer commands;

    Replica(String name, Path logDir, List<String> args) throws IOException {
        this.name = name;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), ReplicaMain.class.getName()));
        command.addAll(args);
        process = new ProcessBuilder(command)
                .redirectError(logDir.resolve(name + ".log").toFile())
                .start();
        commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("@@ ")) {
                        answers.add(line.substring(3));
                    }
                }
            } catch (IOException closed) {
                // the process is gone
            }
        }, "replica-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    void send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    /** The next answer, which must start with {@code prefix}; fails when none comes within {@code timeout}. */
    String await(String prefix, Duration timeout) throws InterruptedException {
        String answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            throw new AssertionError("Replica " + name + " gave no '" + prefix + "' answer within " + timeout
                                     + (process.isAlive() ? "" : "; it exited with " + process.exitValue())
                                     + " (see target/replicas/" + name + ".log)");
        }
        if (!answer.startsWith(prefix)) {
            throw new AssertionError("Replica " + name + " answered '" + answer + "' instead of '" + prefix + "...'");
        }
        return answer;
    }

    /** The next answer if one came by now, else {@code null}. */
    String poll() {
        return answers.poll();
    }

    /** {@code kill -9}: no shutdown hook, no goodbye to the cluster. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try {
                send("quit");
            } catch (IOException gone) {
                // killed below
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}

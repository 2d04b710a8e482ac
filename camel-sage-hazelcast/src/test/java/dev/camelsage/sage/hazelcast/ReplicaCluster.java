package dev.camelsage.sage.hazelcast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.hazelcast.core.HazelcastInstance;
import dev.camelsage.simulator.SageSimulator;

import static org.awaitility.Awaitility.await;

/**
 * Three {@link Replica}s of a Camel application, each a JVM with an embedded Hazelcast member, in one loopback
 * cluster that this JVM observes through a lite member (it holds no data, so the replicas' deaths are what the test
 * is about). Each replica logs in to the simulator as its own user, {@code replica-a}, {@code -b}, {@code -c}, with the
 * same API key, so the journal tells who sent what while Sage counts one quota.
 */
final class ReplicaCluster implements AutoCloseable {

    static final String PASSWORD = "replica-password";
    static final List<String> NAMES = List.of("replica-a", "replica-b", "replica-c");

    final LoopbackCluster cluster = new LoopbackCluster();
    final HazelcastInstance observer;
    final List<Replica> replicas = new ArrayList<>();
    final Path dir;

    /** Registers the replicas' users with a simulator builder. */
    static SageSimulator.Builder withUsers(SageSimulator.Builder builder) {
        NAMES.forEach(name -> builder.user(name, PASSWORD, SageSimulator.DEMO_COMPANY_ID, SageSimulator.SECOND_COMPANY_ID));
        return builder;
    }

    ReplicaCluster(SageSimulator sage, String test, List<String> extraArgs) throws Exception {
        dir = Files.createDirectories(Path.of("target", "replicas", test));
        observer = cluster.startLiteMember();
        try {
            for (String name : NAMES) {
                List<String> args = new ArrayList<>(List.of("cluster=" + cluster.name, "port=" + cluster.basePort,
                        "sage=" + sage.baseUrl(), "user=" + name, "password=" + PASSWORD,
                        "apiKey=" + SageSimulator.DEMO_API_KEY));
                args.addAll(extraArgs);
                replicas.add(new Replica(name, dir, args));
            }
            for (Replica replica : replicas) {
                replica.await("ready", Duration.ofSeconds(120));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> observer.getCluster().getMembers().size() == 4);
        } catch (Exception | AssertionError e) {
            close();
            throw e;
        }
    }

    Replica get(int index) {
        return replicas.get(index);
    }

    void sendAll(String command) throws IOException {
        for (Replica replica : replicas) {
            replica.send(command);
        }
    }

    @Override
    public void close() throws Exception {
        for (Replica replica : replicas) {
            replica.close();
        }
        cluster.close();
    }
}

package dev.camelsage.sage.hazelcast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sage consumer behind {@code master:} in three JVMs, with {@link HazelcastClusterService} electing the leader and
 * {@link HazelcastStateRepository} holding the watermark. The first leader is killed while it processes a record it
 * has not delivered yet; the second is killed after it delivered a record but before the record's watermark was
 * committed; the third finishes. The sinks (one file per replica, written by the route's last step) and the
 * simulator's journal are the judges.
 */
@Timeout(240)
class ConsumerFailoverAcrossProcessesTest {

    static final long COMPANY = SageSimulator.SECOND_COMPANY_ID;

    @Test
    void aNewLeaderResumesFromTheSharedWatermarkWithoutGapsOrDuplicatesBeyondTheUncommittedRecord() throws Exception {
        // Every seeded customer carries a Modified, so all of them travel the consumer's Modified feed: the records
        // judged here are identified by ID|Modified. The Created feed shares the watermark and commit code.
        try (SageSimulator sage = ReplicaCluster.withUsers(SageSimulator.builder().emptyModifiedOnCreate(false)
                .quota(QuotaSettings.sage().withWindow(100, Duration.ofSeconds(2)))).start()) {
            sage.store().seedCustomers(COMPANY, 30);
            List<String> versions = versions(sage);
            String beforeId = versions.get(9).split("\\|")[0];
            String afterId = versions.get(19).split("\\|")[0];
            Path dir = Files.createDirectories(Path.of("target", "replicas", "consumer-failover"));
            try (var files = Files.list(dir)) {
                for (Path old : files.toList()) {
                    Files.delete(old);
                }
            }
            List<String> args = List.of("limit=100", "period=2000", "block=6000", "consume=true", "lease=6000",
                    "markers=" + dir.toAbsolutePath(), "pauseBefore=" + beforeId, "pauseAfter=" + afterId);
            try (ReplicaCluster cluster = new ReplicaCluster(sage, "consumer-failover", sinks(dir, args))) {
                Replica first = awaitAnswer(cluster, "paused-before " + beforeId);
                Instant firstKilled = Instant.now();
                first.kill();
                Replica second = awaitAnswer(cluster, "paused-after " + afterId);
                Instant secondKilled = Instant.now();
                second.kill();
                Replica third = cluster.replicas.stream().filter(Replica::isAlive).findFirst().orElseThrow();

                // New versions of records the first leader delivered, while the third leads: it delivers them too.
                List<Long> changed = List.of(Long.parseLong(versions.get(1).split("\\|")[0]),
                        Long.parseLong(versions.get(5).split("\\|")[0]));
                for (long id : changed) {
                    sage.store().update(COMPANY, "Customer", id, customer -> customer.put("Name", "Changed " + id));
                }
                List<String> expected = versions(sage);
                expected.addAll(versions);
                expected = expected.stream().distinct().toList();
                List<String> finalExpected = expected;
                await().atMost(Duration.ofSeconds(120)).until(() -> delivered(dir).keySet().containsAll(finalExpected));
                // A few more polls of the leader, so that a version delivered twice would show.
                long polls = polls(sage).size();
                await().atMost(Duration.ofSeconds(60)).until(() -> polls(sage).size() >= polls + 3);

                Map<String, List<String>> byVersion = delivered(dir);
                String uncommitted = versions.get(19);
                assertThat(byVersion.keySet()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(byVersion.get(uncommitted)).as("delivered by the second leader, then again by the third")
                        .containsExactlyInAnyOrder(second.name, third.name);
                byVersion.forEach((version, by) -> {
                    if (!version.equals(uncommitted)) {
                        assertThat(by).as("who delivered " + version).hasSize(1);
                    }
                });
                assertThat(byVersion.get(versions.get(9))).as("the record the first leader died on")
                        .containsExactly(second.name);
                assertThat(byVersion.get(versions.get(8))).containsExactly(first.name);

                // Exactly one instance polled at any time: the leader of the moment.
                for (JournalEntry poll : polls(sage)) {
                    String leader = poll.time().isBefore(firstKilled) ? first.name
                            : poll.time().isBefore(secondKilled) ? second.name : third.name;
                    if (!poll.username().equals(leader)) {
                        // A poll of the dead leader may have been on its way when it was killed.
                        String dead = poll.time().isBefore(secondKilled) ? first.name : second.name;
                        assertThat(poll.username()).as("poll at " + poll.time()).isIn(leader, dead);
                        assertThat(poll.time()).isBefore(poll.username().equals(first.name) ? firstKilled : secondKilled);
                    }
                }
            }
        }
    }

    private static List<String> sinks(Path dir, List<String> args) {
        List<String> all = new ArrayList<>(args);
        // Each replica writes to the file named after its user; ReplicaMain takes the sink from its args.
        all.add("sink=" + dir.toAbsolutePath().resolve("SINK"));
        return all;
    }

    /** Every version of the company's customers, oldest first by (Modified, ID): {@code ID|Modified}. */
    private static List<String> versions(SageSimulator sage) {
        return sage.store().list(COMPANY, "Customer").stream()
                .sorted(Comparator.comparing((ObjectNode c) -> c.get("Modified").asText()).thenComparing(c -> c.get("ID").asLong()))
                .map(c -> c.get("ID").asLong() + "|" + c.get("Modified").asText())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** What the sinks hold: each version with the replicas that delivered it, in delivery order per replica. */
    private static Map<String, List<String>> delivered(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : ReplicaCluster.NAMES) {
            Path sink = dir.resolve("SINK-" + name);
            if (Files.exists(sink)) {
                lines.addAll(Files.readAllLines(sink));
            }
        }
        return lines.stream().collect(Collectors.groupingBy(line -> line.substring(0, line.lastIndexOf('|')),
                Collectors.mapping(line -> line.substring(line.lastIndexOf('|') + 1), Collectors.toList())));
    }

    private static List<JournalEntry> polls(SageSimulator sage) {
        return sage.journal().entries(e -> "Customer".equalsIgnoreCase(e.service()) && e.companyId() != null
                && e.companyId() == COMPANY);
    }

    private static Replica awaitAnswer(ReplicaCluster cluster, String answer) {
        AtomicReference<Replica> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> {
            for (Replica replica : cluster.replicas) {
                String line = replica.isAlive() ? replica.poll() : null;
                if (line != null) {
                    assertThat(line).isEqualTo(answer);
                    found.set(replica);
                }
            }
            return found.get() != null;
        });
        return found.get();
    }
}

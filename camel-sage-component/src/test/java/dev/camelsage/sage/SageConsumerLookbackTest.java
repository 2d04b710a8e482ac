package dev.camelsage.sage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.camelsage.simulator.JournalEntry;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's lookback against the simulator: a record Sage commits after later ones were delivered, with an older
 * Modified, is still emitted, once, across polls and restarts.
 */
class SageConsumerLookbackTest extends SageScaleTestSupport {

    private static final String TEN = "2026-11-01T10:00:00.000";

    /** ID@Modified of each exchange that completed, in order. */
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final MemoryStateRepository watermarks = new MemoryStateRepository();

    private void consume(String uri) throws Exception {
        consume(uri, exchange -> {
        });
    }

    private void consume(String uri, Processor beforeDelivery) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").process(beforeDelivery).process(exchange -> delivered.add(
                        exchange.getMessage().getHeader(SageConstants.ID) + "@"
                        + exchange.getMessage().getHeader(SageConstants.MODIFIED)));
            }
        });
    }

    private void consumeWithMemory(String options) throws Exception {
        context.getRegistry().bind("watermarks", watermarks);
        consume("sage:customer?companyId=1&delay=20&stateRepository=#watermarks" + options);
    }

    /** The calls for changed records (by Modified); each poll also asks for never-edited ones (by Created). */
    private List<JournalEntry> polls() {
        return listCalls("Customer").stream()
                .filter(call -> String.valueOf(call.query().get("$orderby")).startsWith("Modified")).toList();
    }

    /** Lets the consumer poll a few more times, so a duplicate (or a wrongly emitted record) would have time to show. */
    private void awaitMorePolls(int polls) {
        int seen = polls().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> polls().size() >= seen + polls);
    }

    /** Customers modified at 10:00:00, 10:00:01, ... in ID order. */
    private List<Long> customersModifiedFromTen(int n) {
        List<Long> ids = seedCustomers(n);
        for (int i = 0; i < n; i++) {
            String modified = String.format("2026-11-01T10:00:%02d.000", i);
            sage().store().update(COMPANY, "Customer", ids.get(i), row -> row.put("Modified", modified));
        }
        return ids;
    }

    /** A customer that Sage commits now, stamped with an older Modified (its save started then). */
    private long commitLate(String modified) {
        return sage().store().insert(COMPANY, "Customer", JsonNodeFactory.instance.objectNode()
                .put("Name", "Committed late " + modified).put("Active", true).put("Modified", modified)).get("ID").asLong();
    }

    private static String version(long id, String modified) {
        return id + "@" + modified;
    }

    @Test
    void aRecordCommittedLateInsideTheLookbackIsEmittedExactlyOnce() throws Exception {
        List<Long> seeded = customersModifiedFromTen(3);
        consumeWithMemory("");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 3);

        long late = commitLate("2026-11-01T09:58:00.000");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 4);
        awaitMorePolls(3);
        assertThat(delivered).containsExactly(version(seeded.get(0), TEN),
                version(seeded.get(1), "2026-11-01T10:00:01.000"), version(seeded.get(2), "2026-11-01T10:00:02.000"),
                version(late, "2026-11-01T09:58:00.000"));
        // The watermark never moves back to the late record, and each poll reads 5 minutes before it.
        assertThat(watermarks.getState("Customer:1")).isEqualTo("2026-11-01T10:00:02.000|" + seeded.get(2));
        assertThat(polls().get(polls().size() - 1).query())
                .containsEntry("$filter", "(Modified gt datetime'2026-11-01T09:55:02' or (Modified eq"
                                          + " datetime'2026-11-01T09:55:02' and ID gt 0))")
                .containsEntry("$orderby", "Modified,ID");
    }

    @Test
    void aRecordCommittedLaterThanTheLookbackIsNotEmitted() throws Exception {
        List<Long> seeded = customersModifiedFromTen(3);
        consumeWithMemory("&lookback=60000");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 3);

        long tooLate = commitLate("2026-11-01T09:58:00.000");
        long inTime = commitLate("2026-11-01T09:59:30.000");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 4);
        awaitMorePolls(3);
        assertThat(delivered).hasSize(4).last().isEqualTo(version(inTime, "2026-11-01T09:59:30.000"));
        assertThat(delivered).noneMatch(v -> v.startsWith(tooLate + "@"))
                .startsWith(version(seeded.get(0), TEN));
    }

    @Test
    void emitsRecordsSharingOneModifiedExactlyOnceEachAcrossPagesAndPolls() throws Exception {
        List<Long> seeded = seedCustomers(250);
        seeded.forEach(id -> sage().store().update(COMPANY, "Customer", id, row -> row.put("Modified", TEN)));

        consumeWithMemory("&maxMessagesPerPoll=120");

        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= 250);
        long late = commitLate("2026-11-01T09:59:59.999");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 251);
        awaitMorePolls(3);
        List<String> expected = new ArrayList<>();
        seeded.forEach(id -> expected.add(version(id, TEN)));
        expected.add(version(late, "2026-11-01T09:59:59.999"));
        assertThat(delivered).isEqualTo(expected);
        // The kept versions share one Modified: one date, then 250 IDs.
        assertThat(watermarks.getState("lookback:Customer:1")).contains(";2026-11-01T10:00:00|" + seeded.get(0) + ",")
                .doesNotContain("2026-11-01T10:00:00|" + seeded.get(1));
    }

    @Test
    void aFailedLateRecordIsRetriedOnTheNextPoll() throws Exception {
        List<Long> seeded = customersModifiedFromTen(3);
        AtomicBoolean failedOnce = new AtomicBoolean();
        Map<Long, Integer> attempts = new ConcurrentHashMap<>();
        context.getRegistry().bind("watermarks", watermarks);
        consume("sage:customer?companyId=1&delay=20&stateRepository=#watermarks", exchange -> {
            long id = exchange.getMessage().getHeader(SageConstants.ID, Long.class);
            attempts.merge(id, 1, Integer::sum);
            if (exchange.getMessage().getHeader(SageConstants.MODIFIED, String.class).startsWith("2026-11-01T09")
                    && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("The target system is down for this record");
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 3);

        long late = commitLate("2026-11-01T09:57:00.000");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 4);
        awaitMorePolls(3);
        assertThat(attempts.get(late)).isEqualTo(2);
        assertThat(delivered).hasSize(4).last().isEqualTo(version(late, "2026-11-01T09:57:00.000"));
        seeded.forEach(id -> assertThat(attempts.get(id)).isEqualTo(1));
    }

    @Test
    void emitsNothingTwiceAcrossARestartFromAFileStateRepository(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("sage-watermarks.dat");
        List<Long> before = customersModifiedFromTen(30);
        context.getRegistry().bind("watermarks", FileStateRepository.fileStateRepository(file.toFile()));
        consume("sage:customer?companyId=1&delay=20&stateRepository=#watermarks");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 30);
        context.getRouteController().stopRoute("consumer");
        context.removeRoute("consumer");
        assertThat(Files.readString(file)).contains("Customer:1=2026-11-01T10:00:29.000|" + before.get(29))
                .contains("lookback:Customer:1=2026-11-01T09:55:29|0;2026-11-01T10:00:00|" + before.get(0) + ";");

        long late = commitLate("2026-11-01T09:56:00.000");
        delivered.clear();
        // A new repository over the same file, as a restarted application would have.
        context.getRegistry().bind("watermarksAfterRestart", FileStateRepository.fileStateRepository(file.toFile()));
        consume("sage:customer?companyId=1&delay=20&stateRepository=#watermarksAfterRestart");

        await().atMost(Duration.ofSeconds(10)).until(() -> !delivered.isEmpty());
        awaitMorePolls(3);
        assertThat(delivered).containsExactly(version(late, "2026-11-01T09:56:00.000"));
    }

    @Test
    void turningTheLookbackOnDoesNotEmitAgainWhatAnEarlierRunDelivered() throws Exception {
        List<Long> seeded = seedCustomers(250);
        seeded.forEach(id -> sage().store().update(COMPANY, "Customer", id, row -> row.put("Modified", TEN)));
        // As lookback=0 (or a release without lookback) left it: the watermark alone, behind more than a poll's worth
        // of records sharing its Modified.
        watermarks.setState("Customer:1", TEN + "|" + seeded.get(249));
        consumeWithMemory("&maxMessagesPerPoll=120");
        awaitMorePolls(2);

        // Sorts before the watermark the earlier run left: the new run cannot tell it from what that run delivered.
        commitLate("2026-11-01T09:59:00.000");
        long created = commitLate("2026-11-01T10:01:00.000");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 1);
        awaitMorePolls(3);
        assertThat(delivered).containsExactly(version(created, "2026-11-01T10:01:00.000"));
    }

    @Test
    void aLongerLookbackAfterARestartDoesNotEmitVersionsTheShorterOneForgot() throws Exception {
        long early = commitLate("2026-11-01T09:58:00.000");
        customersModifiedFromTen(30);
        consumeWithMemory("&lookback=60000");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 31);
        context.getRouteController().stopRoute("consumer");
        context.removeRoute("consumer");
        delivered.clear();

        long late = commitLate("2026-11-01T09:59:40.000");
        consume("sage:customer?companyId=1&delay=20&stateRepository=#watermarks&lookback=600000");

        await().atMost(Duration.ofSeconds(10)).until(() -> !delivered.isEmpty());
        awaitMorePolls(3);
        assertThat(delivered).containsExactly(version(late, "2026-11-01T09:59:40.000"))
                .noneMatch(v -> v.startsWith(early + "@"));
    }

    @Test
    void withoutLookbackALateRecordIsNotEmittedAndNothingMoreIsKept() throws Exception {
        customersModifiedFromTen(3);
        consumeWithMemory("&lookback=0");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 3);

        long late = commitLate("2026-11-01T09:59:00.000");

        awaitMorePolls(3);
        assertThat(delivered).hasSize(3).noneMatch(v -> v.startsWith(late + "@"));
        assertThat(watermarks.getState("lookback:Customer:1")).isNull();
        assertThat(polls().get(polls().size() - 1).query().get("$filter")).startsWith("(Modified gt datetime'");
    }

    @Test
    void aNegativeLookbackFailsAtStartSayingWhatToGive() {
        assertThatThrownBy(() -> consume("sage:customer?companyId=1&lookback=-1"))
                .hasStackTraceContaining("The sage option lookback is '-1'")
                .hasStackTraceContaining("milliseconds or a duration such as 500ms, 10s, 5m or 1h");
    }
}

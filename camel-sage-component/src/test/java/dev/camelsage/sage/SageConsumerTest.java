package dev.camelsage.sage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.model.SageJson;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** from("sage:...") against the simulator: each version of each record once, oldest first, never lost. */
class SageConsumerTest extends SageScaleTestSupport {

    private static final String SAME_MODIFIED = "2026-11-01T10:00:00.000";

    /** What the route received, in order: ID and Modified of each exchange that completed. */
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    private void consume(String uri) throws Exception {
        consume(uri, exchange -> {
        });
    }

    private void consume(String uri, org.apache.camel.Processor beforeDelivery) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").process(beforeDelivery).process(exchange -> delivered.add(
                        exchange.getMessage().getHeader(SageConstants.ID) + "@"
                        + exchange.getMessage().getHeader(SageConstants.MODIFIED)));
            }
        });
    }

    private List<Long> deliveredIds() {
        return delivered.stream().map(version -> Long.parseLong(version.substring(0, version.indexOf('@')))).toList();
    }

    /** The calls for changed records (by Modified); each poll also asks for never-edited ones (by Created). */
    private List<JournalEntry> polls() {
        return listCalls("Customer").stream()
                .filter(call -> String.valueOf(call.query().get("$orderby")).startsWith("Modified")).toList();
    }

    /** Lets the consumer poll a few more times, so a duplicate would have time to show. */
    private void awaitMorePolls(int polls) {
        int seen = polls().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> polls().size() >= seen + polls);
    }

    private void setModified(long id, String modified) {
        sage().store().update(COMPANY, "Customer", id, row -> row.put("Modified", modified));
    }

    @Test
    void emitsRecordsSharingOneModifiedExactlyOnceEachAcrossPagesAndPolls() throws Exception {
        List<Long> seeded = seedCustomers(250);
        seeded.forEach(id -> setModified(id, SAME_MODIFIED));

        consume("sage:customer?companyId=1&delay=20&maxMessagesPerPoll=120&lookback=0");

        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= 250);
        awaitMorePolls(3);
        assertThat(deliveredIds()).isEqualTo(seeded);
        assertThat(delivered).allMatch(version -> version.endsWith("@" + SAME_MODIFIED));
        // 120 + 120 + 10 records: 2 + 2 + 1 calls, keyset on (Modified, ID) from one poll to the next.
        assertThat(polls().get(2).query().get("$filter")).isEqualTo("(Modified gt datetime'" + SAME_MODIFIED
                + "' or (Modified eq datetime'" + SAME_MODIFIED + "' and ID gt " + seeded.get(119) + "))");
        assertThat(polls().get(0).query().get("$orderby")).isEqualTo("Modified,ID");
    }

    @Test
    void emitsTheOldestModifiedFirstWithIdAndModifiedHeaders() throws Exception {
        List<Long> seeded = seedCustomers(3);
        setModified(seeded.get(0), "2026-03-01T00:00:00.000");
        setModified(seeded.get(1), "2026-01-01T00:00:00.000");
        setModified(seeded.get(2), "2026-02-01T00:00:00.000");

        consume("sage:customer?companyId=1&delay=20");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 3);
        assertThat(delivered).containsExactly(seeded.get(1) + "@2026-01-01T00:00:00.000",
                seeded.get(2) + "@2026-02-01T00:00:00.000", seeded.get(0) + "@2026-03-01T00:00:00.000");
    }

    @Test
    void marksEachExchangeWithItsPlaceInItsPollAndStopsAPollAtMaxMessagesPerPoll() throws Exception {
        List<Long> seeded = seedCustomers(3);
        for (int i = 0; i < 3; i++) {
            setModified(seeded.get(i), "2026-0" + (i + 1) + "-01T00:00:00.000");
        }
        List<String> batches = new CopyOnWriteArrayList<>();

        consume("sage:customer?companyId=1&delay=20&maxMessagesPerPoll=2", exchange -> batches.add(
                exchange.getProperty(Exchange.BATCH_INDEX) + "/" + exchange.getProperty(Exchange.BATCH_SIZE) + "/"
                + exchange.getProperty(Exchange.BATCH_COMPLETE)));

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 3);
        assertThat(deliveredIds()).isEqualTo(seeded);
        assertThat(batches).as("index/size/complete: two polls of two and one").containsExactly("0/2/false", "1/2/true",
                "0/1/true");
        assertThat(polls().get(0).query().get("$top")).as("a poll asks for no more than it may emit").isEqualTo("2");
    }

    @Test
    void emitsTaxInvoicesAsTypedEntities() throws Exception {
        List<Long> customers = seedCustomers(1);
        ObjectNode invoice = JsonNodeFactory.instance.objectNode().put("CustomerId", customers.get(0))
                .put("Date", "2026-11-01").put("Reference", "INV-CONSUMER").put("Modified", SAME_MODIFIED);
        long invoiceId = sage().store().insert(COMPANY, "TaxInvoice", invoice).get("ID").asLong();
        List<Object> bodies = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sage:taxInvoice?companyId=1&delay=20").process(e -> bodies.add(e.getMessage().getBody()));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !bodies.isEmpty());
        assertThat(bodies).singleElement().isInstanceOfSatisfying(TaxInvoice.class, body -> {
            assertThat(body.getId()).isEqualTo(invoiceId);
            assertThat(body.getReference()).isEqualTo("INV-CONSUMER");
        });
    }

    @Test
    void reEmitsAModifiedRecordOnce() throws Exception {
        List<Long> seeded = seedCustomers(5);
        seeded.forEach(id -> setModified(id, SAME_MODIFIED));
        consume("sage:customer?companyId=1&delay=20");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 5);

        setModified(seeded.get(1), "2026-11-02T09:30:00.000");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 6);
        awaitMorePolls(3);
        assertThat(delivered).hasSize(6).last().isEqualTo(seeded.get(1) + "@2026-11-02T09:30:00.000");
    }

    @Test
    void aFailedExchangeIsRetriedOnTheNextPollAndNothingIsLostOrRepeated() throws Exception {
        List<Long> seeded = seedCustomers(10);
        seeded.forEach(id -> setModified(id, SAME_MODIFIED));
        long failing = seeded.get(4);
        AtomicBoolean failedOnce = new AtomicBoolean();
        Map<Long, Integer> attempts = new ConcurrentHashMap<>();

        consume("sage:customer?companyId=1&delay=20&lookback=0", exchange -> {
            long id = exchange.getMessage().getHeader(SageConstants.ID, Long.class);
            attempts.merge(id, 1, Integer::sum);
            if (id == failing && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("The target system is down for this record");
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 10);
        awaitMorePolls(3);
        assertThat(deliveredIds()).isEqualTo(seeded);
        assertThat(attempts.get(failing)).isEqualTo(2);
        assertThat(attempts.get(seeded.get(3))).isEqualTo(1);
        assertThat(attempts.get(seeded.get(5))).isEqualTo(1);
        // The retry poll starts after the last record that completed.
        assertThat(polls().get(1).query().get("$filter")).endsWith("ID gt " + seeded.get(3) + "))");
    }

    @Test
    void resumesAfterARestartFromAFileStateRepository(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("sage-watermarks.dat");
        List<Long> before = seedCustomers(30);
        before.forEach(id -> setModified(id, SAME_MODIFIED));
        context.getRegistry().bind("watermarks", FileStateRepository.fileStateRepository(file.toFile()));
        consume("sage:customer?companyId=1&delay=20&stateRepository=#watermarks&lookback=0");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 30);
        context.getRouteController().stopRoute("consumer");
        context.removeRoute("consumer");
        assertThat(Files.readString(file)).contains("Customer:1=" + SAME_MODIFIED + "|" + before.get(29));

        List<Long> after = seedCustomers(7);
        delivered.clear();
        // A new repository over the same file, as a restarted application would have.
        context.getRegistry().bind("watermarksAfterRestart", FileStateRepository.fileStateRepository(file.toFile()));
        int pollsBeforeRestart = polls().size();
        consume("sage:customer?companyId=1&delay=20&stateRepository=#watermarksAfterRestart&lookback=0");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 7);
        awaitMorePolls(2);
        assertThat(deliveredIds()).isEqualTo(after);
        assertThat(polls().get(pollsBeforeRestart).query().get("$filter"))
                .isEqualTo("(Modified gt datetime'" + SAME_MODIFIED + "' or (Modified eq datetime'" + SAME_MODIFIED
                           + "' and ID gt " + before.get(29) + "))");
    }

    @Test
    void stoppingOneConsumerKeepsTheWatermarksOfAnotherSharingTheRepository(@TempDir Path directory) throws Exception {
        List<Long> before = seedCustomers(5);
        context.getRegistry().bind("watermarks", FileStateRepository.fileStateRepository(
                directory.resolve("sage-watermarks.dat").toFile()));
        List<String> active = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sage:customer?companyId=1&delay=20&stateRepository=#watermarks").routeId("all").process(e -> { });
                from("sage:customer?companyId=1&delay=20&stateRepository=#watermarks&filter=Active eq true")
                        .routeId("active").process(e -> active.add(e.getMessage().getHeader(SageConstants.ID, String.class)));
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> active.size() >= 5);

        context.getRouteController().stopRoute("all");
        List<Long> after = seedCustomers(2);

        await().atMost(Duration.ofSeconds(10)).until(() -> active.size() >= 7);
        int pollsSoFar = listCalls("Customer").size();
        await().atMost(Duration.ofSeconds(10)).until(() -> listCalls("Customer").size() >= pollsSoFar + 3);
        List<String> expected = new java.util.ArrayList<>();
        before.forEach(id -> expected.add(String.valueOf(id)));
        after.forEach(id -> expected.add(String.valueOf(id)));
        assertThat(active).isEqualTo(expected);
    }

    @Test
    void sinceNowEmitsOnlyWhatChangesAfterTheFirstPoll() throws Exception {
        List<Long> seeded = seedCustomers(50);
        seeded.forEach(id -> setModified(id, SAME_MODIFIED));

        consume("sage:customer?companyId=1&delay=20&since=now");
        await().atMost(Duration.ofSeconds(10)).until(() -> polls().size() >= 2);
        assertThat(polls().get(0).query()).containsEntry("$orderby", "Modified desc,ID desc").containsEntry("$top", "1");

        String later = "2026-11-01T10:00:05.000";
        setModified(seeded.get(7), later);
        long created = sage().store().insert(COMPANY, "Customer", JsonNodeFactory.instance.objectNode()
                .put("Name", "Created after start").put("Active", true).put("Modified", later)).get("ID").asLong();

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 2);
        awaitMorePolls(3);
        assertThat(deliveredIds()).containsExactly(seeded.get(7), created);
    }

    @Test
    void sinceADateEmitsRecordsModifiedOnOrAfterIt() throws Exception {
        List<Long> seeded = seedCustomers(3);
        setModified(seeded.get(0), "2026-05-31T23:59:59.999");
        setModified(seeded.get(1), "2026-06-01T00:00:00.000");
        setModified(seeded.get(2), "2026-07-01T12:00:00.000");

        consume("sage:customer?companyId=1&delay=20&since=2026-06-01");

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 2);
        awaitMorePolls(2);
        assertThat(deliveredIds()).containsExactly(seeded.get(1), seeded.get(2));
    }

    @Test
    void yamlDslRouteConsumesChangesIntoABoundRepository() throws Exception {
        List<Long> seeded = seedCustomers(3);
        setModified(seeded.get(0), "2026-05-01T00:00:00.000");
        setModified(seeded.get(1), "2026-07-01T00:00:00.000");
        setModified(seeded.get(2), "2026-06-01T00:00:00.000");
        MemoryStateRepository watermarks = new MemoryStateRepository();
        context.getRegistry().bind("watermarks", watermarks);
        context.getRegistry().bind("delivered", (org.apache.camel.Processor) exchange -> delivered.add(
                exchange.getMessage().getHeader(SageConstants.ID) + "@"
                + exchange.getMessage().getHeader(SageConstants.MODIFIED)));
        String yaml = """
                - route:
                    id: yaml-changes
                    from:
                      uri: sage:customer
                      parameters:
                        companyId: 1
                        since: 2026-06-01
                        stateRepository: "#watermarks"
                        delay: 20
                      steps:
                        - process:
                            ref: delivered
                """;
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("changes.yaml", yaml));

        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 2);
        awaitMorePolls(2);
        assertThat(delivered).containsExactly(seeded.get(2) + "@2026-06-01T00:00:00.000",
                seeded.get(1) + "@2026-07-01T00:00:00.000");
        assertThat(watermarks.getState("Customer:1")).isEqualTo("2026-07-01T00:00:00.000|" + seeded.get(1));
    }

    @Test
    void anUnknownSinceFailsAtStartWithTheAcceptedForms() {
        assertThatThrownBy(() -> consume("sage:customer?companyId=1&since=yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'yesterday'").hasMessageContaining("beginning, now, or a date");
    }

    @Test
    void skipsPollsWhileTheCompanyIsBlockedWithoutFailingAndSaysSoInItsHealth() throws Exception {
        seedCustomers(3);
        // Each poll asks twice: for changed records (by Modified) and for records never edited (by Created).
        sage().quota(QuotaSettings.sage().withWindow(2, Duration.ofMinutes(1)));
        List<Throwable> handled = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("recorder", (ExceptionHandler) new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handled.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handled.add(exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                handled.add(exception);
            }
        });

        SageConsumer consumer;
        try (LogCapture log = new LogCapture("dev.camelsage.sage")) {
            consume("sage:customer?companyId=1&delay=20&exceptionHandler=#recorder");

            // The simulator answers the second poll 429 (it refuses before routing, so the journal names no method).
            await().atMost(Duration.ofSeconds(10)).until(() -> sage().journal().count(call -> call.status() == 429) == 1);
            consumer = (SageConsumer) context.getRoute("consumer").getConsumer();
            await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getSkippedPolls() >= 10);

            // Ten polls and more skipped, yet one line says so: no WARN per poll, however long the block lasts.
            assertThat(log.messagesAt(Level.WARN)).singleElement().asString()
                    .startsWith("Skipping the polls of sage:Customer for company 1: Sage blocks the company until");
            assertThat(log.messagesAt(Level.ERROR)).as("the block itself, once").singleElement().asString()
                    .startsWith("SAGE BLOCKED");
        }
        assertThat(sage().journal().entries()).hasSize(3);
        assertThat(delivered).hasSize(3);
        assertThat(sage().journal().requestsWhileBlocked()).isZero();
        assertThat(handled).as("only the poll that met the 429 failed; the skipped ones are no errors").hasSize(1);
        HealthCheck.Result health = consumerHealth();
        assertThat(health.getState()).as("not UP while nothing can be polled").isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getDetails()).containsKey("sage.blockedUntil");
        assertThat((Long) health.getDetails().get("sage.skippedPolls")).isGreaterThanOrEqualTo(10);
        assertThat(consumer.getSkipReason()).contains("Sage blocks the company until");
    }

    @Test
    void leavesTheLastRequestsOfTheDayToProducers() throws Exception {
        seedCustomers(3);

        consume("sage:customer?companyId=1&delay=20&dailyRateLimit=5&pollReserve=3");

        SageConsumer consumer = (SageConsumer) context.getRoute("consumer").getConsumer();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getSkippedPolls() >= 5);
        assertThat(listCalls("Customer")).as("5 a day, 3 kept back: one poll of two calls").hasSize(2);
        assertThat(consumer.getSkipReason()).contains("pollReserve").contains("3");
        HealthCheck.Result health = consumerHealth();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("Polls are skipped"));
        Exchange producer = template.send("sage:customer?companyId=1&dailyRateLimit=5", e -> { });
        assertThat(producer.getException()).as("a producer still has the day's last requests").isNull();
    }

    @Test
    void consumerHealthIsPassiveUpAfterAGoodPoll() throws Exception {
        seedCustomers(3);
        consume("sage:customer?companyId=1&initialDelay=0");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() >= 3);

        HealthCheck.Result result = consumerHealth();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(sage().journal().entries()).as("one poll: changed, then never-edited records").hasSize(2);
    }

    @Test
    void consumerHealthIsDownWhilePollsFail() throws Exception {
        consume("sage:customer?companyId=1&delay=20&password=wrong-password&maxFailedLogins=1000&customQuota=true");

        await().atMost(Duration.ofSeconds(10)).until(() -> consumerHealth().getState() == HealthCheck.State.DOWN);
        assertThat(consumerHealth().getMessage()).hasValueSatisfying(m -> assertThat(m).contains("sage://customer"));
        assertThat(delivered).isEmpty();
    }

    private HealthCheck.Result consumerHealth() {
        HealthCheckHelper.getHealthCheckRepository(context, "consumers").setEnabled(true); // as Camel Main does
        return HealthCheckHelper.invoke(context).stream().filter(r -> r.getCheck().getId().equals("consumer:consumer"))
                .findFirst().orElseThrow(() -> new AssertionError("no consumer health check"));
    }

    @Test
    void pollsEveryFiveMinutesByDefaultAsTheCatalogSays() throws Exception {
        SageEndpoint endpoint = context.getEndpoint("sage:customer?companyId=1", SageEndpoint.class);

        assertThat(endpoint.getDelay()).isEqualTo(300_000);
        JsonNode catalog = SageJson.mapper().readTree(
                getClass().getResourceAsStream("/META-INF/dev/camelsage/sage/sage.json"));
        assertThat(catalog.path("properties").path("delay").path("defaultValue").asText()).isEqualTo("300000");
        assertThat(((SageConsumer) endpoint.createConsumer(exchange -> {
        })).getMaxMessagesPerPoll()).isEqualTo(500);
    }
}

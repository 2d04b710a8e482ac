package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.ExchangeFactory;
import org.apache.camel.spi.PooledObjectFactory;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One poll at a time: the scheduler is not started ({@code startScheduler=false}), the test calls the poll itself on
 * the simulator's clock, so what each poll asks Sage, delivers, returns, releases and reports is exact.
 */
class SageConsumerPollTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final String STAMP = "2026-11-30T08:00:00.000";

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(
            b -> b.quota(QuotaSettings.unlimited()).seedDemo(false)).withManualClock(T0);

    private final List<Long> delivered = new CopyOnWriteArrayList<>();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final KeyedState state = new KeyedState();
    @AutoClose
    private QuotaCamelFixture camel;

    /**
     * Starts {@code uri} as route "consumer" without its scheduler and without a look-back (its re-reads have their own
     * test); {@code step} runs before each delivery.
     */
    private SageConsumer consumer(String uri, Processor step) throws Exception {
        camel = new QuotaCamelFixture(sage(), c -> {
        }).clock(new SharedClock(SAGE.clock()));
        camel.context.getRegistry().bind("state", state);
        camel.context.getRegistry().bind("handler", new Recorder());
        camel.context.getCamelContextExtension().getExchangeFactory().setStatisticsEnabled(true);
        camel.routes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + (uri.contains("?") ? "&" : "?")
                     + "lookback=0&startScheduler=false&stateRepository=#state&exceptionHandler=#handler")
                        .routeId("consumer")
                        .process(step)
                        .process(e -> delivered.add(e.getMessage().getHeader(SageConstants.ID, Long.class)));
            }
        });
        camel.template();
        return (SageConsumer) camel.context.getRoute("consumer").getConsumer();
    }

    private SageConsumer consumer(String uri) throws Exception {
        return consumer(uri, e -> {
        });
    }

    @Test
    void aPollDeliversEachNewRecordOnceReturnsHowManyAndKeepsItsWatermark() throws Exception {
        List<Long> ids = seed(3);
        SageConsumer consumer = consumer("sage:customer");
        assertThat(consumer.getWatermark()).as("nothing delivered yet").isNull();

        assertThat(consumer.poll()).isEqualTo(3);
        assertThat(consumer.poll()).isZero();

        assertThat(delivered).isEqualTo(ids);
        assertThat(consumer.getWatermark()).isEqualTo("Created " + STAMP + "|" + ids.get(2));
        assertThat(state.keys).containsOnlyKeys("created:Customer:1");
        assertThat(camel.context.hasService(state)).as("the context starts and stops the repository").isTrue();
        assertThat(released(consumer)).as("every exchange given back").isEqualTo(created(consumer)).isEqualTo(3);
    }

    @Test
    void maxMessagesPerPollIsSharedByTheChangedAndTheNeverEditedRecordsOfAPoll() throws Exception {
        List<Long> ids = seed(4);
        edit(ids.get(0), ids.get(1));
        List<String> batches = new CopyOnWriteArrayList<>();
        SageConsumer[] self = new SageConsumer[1];
        SageConsumer consumer = consumer("sage:customer?maxMessagesPerPoll=3", e -> batches.add(
                e.getProperty(Exchange.BATCH_INDEX) + "/" + e.getProperty(Exchange.BATCH_SIZE) + "/"
                + e.getProperty(Exchange.BATCH_COMPLETE) + " pending " + self[0].getPendingExchangesSize()));
        self[0] = consumer;
        consumer.deferShutdown(ShutdownRunningTask.CompleteAllTasks); // so that the pending count is told

        assertThat(consumer.poll()).isEqualTo(3);
        assertThat(batches).as("index/size/complete of each feed's batch").containsExactly("0/2/false pending 1",
                "1/2/true pending 0", "0/1/true pending 0");
        assertThat(listCalls()).extracting(call -> call.query().get("$top")).as("2 changed, then room for 1")
                .containsExactly("3", "1");
        assertThat(consumer.getWatermark()).isEqualTo("Modified " + STAMP + "|" + ids.get(1) + "; Created " + STAMP
                                                      + "|" + ids.get(2));
        assertThat(consumer.poll()).isEqualTo(1);

        assertThat(delivered).isEqualTo(ids);
        assertThat(state.keys).containsOnlyKeys("Customer:1", "created:Customer:1");
    }

    @Test
    void aPollThatFillsMaxMessagesPerPollWithChangedRecordsLeavesTheOthersToTheNext() throws Exception {
        List<Long> ids = seed(3);
        edit(ids.get(0), ids.get(1));
        SageConsumer consumer = consumer("sage:customer?maxMessagesPerPoll=2");

        assertThat(consumer.poll()).isEqualTo(2);
        assertThat(listCalls()).as("no call for never-edited records: the poll is full").hasSize(1);
        assertThat(consumer.poll()).isEqualTo(1);

        assertThat(listCalls()).extracting(call -> call.query().get("$top")).containsExactly("2", "2", "2");
        assertThat(delivered).isEqualTo(ids);
    }

    @Test
    void withoutMaxMessagesPerPollOnePollTakesEveryRecordOfBothKinds() throws Exception {
        List<Long> ids = seed(3);
        edit(ids.get(1), ids.get(2));
        SageConsumer consumer = consumer("sage:customer?maxMessagesPerPoll=0");

        assertThat(consumer.poll()).isEqualTo(3);

        assertThat(delivered).containsExactly(ids.get(1), ids.get(2), ids.get(0));
    }

    @Test
    void aFailedRecordEndsItsPollGoesToTheExceptionHandlerOnceAndIsReadAgainByTheNext() throws Exception {
        List<Long> ids = seed(3);
        edit(ids.get(0), ids.get(1));
        boolean[] failing = {true};
        List<String> received = new CopyOnWriteArrayList<>();
        SageConsumer consumer = consumer("sage:customer", e -> {
            received.add(e.getMessage().getBody(Customer.class).getName() + " " + e.getMessage()
                    .getHeader(SageConstants.MODIFIED));
            if (failing[0] && ids.get(1).equals(e.getMessage().getHeader(SageConstants.ID))) {
                throw new IllegalStateException("the ledger is closed");
            }
        });

        consumer.deferShutdown(ShutdownRunningTask.CompleteAllTasks);
        assertThat(consumer.poll()).as("only the record before the failed one counts").isEqualTo(1);
        assertThat(consumer.getPendingExchangesSize()).as("none pending once the batch ended").isZero();
        assertThat(handled).containsExactly("sage:Customer record " + ids.get(1) + " failed; it and the records after it"
                                            + " are read again on the next poll | ID " + ids.get(1)
                                            + " | the ledger is closed");
        assertThat(listCalls()).as("the never-edited records wait for the next poll").hasSize(1);
        assertThat(consumer.getWatermark()).isEqualTo("Modified " + STAMP + "|" + ids.get(0));

        failing[0] = false;
        assertThat(consumer.poll()).isEqualTo(2);
        assertThat(delivered).isEqualTo(ids);
        List<String> names = ids.stream().map(id -> sage().store().get(DEMO_COMPANY_ID, "Customer", id).orElseThrow().get("Name")
                .asText()).toList();
        assertThat(received).as("typed bodies; a Modified header only where Sage has one").containsExactly(
                names.get(0) + " " + STAMP, names.get(1) + " " + STAMP, names.get(1) + " " + STAMP,
                names.get(2) + " null");
        assertThat(released(consumer)).as("the failed record's exchange is given back too")
                .isEqualTo(created(consumer)).isEqualTo(4);
    }

    @Test
    void aShutdownInTheMiddleOfABatchLeavesTheRestForTheNextPoll() throws Exception {
        List<Long> ids = seed(3);
        SageConsumer[] self = new SageConsumer[1];
        SageConsumer consumer = consumer("sage:customer", e -> {
            if (ids.get(0).equals(e.getMessage().getHeader(SageConstants.ID))) {
                self[0].deferShutdown(ShutdownRunningTask.CompleteCurrentTaskOnly);
            }
        });
        self[0] = consumer;

        assertThat(consumer.poll()).isEqualTo(1);
        assertThat(delivered).containsExactly(ids.get(0));
        assertThat(consumer.getWatermark()).isEqualTo("Created " + STAMP + "|" + ids.get(0));
        assertThat(released(consumer)).as("the exchanges left unprocessed are given back").isEqualTo(3);

        consumer.prepareShutdown(false, false); // the shutdown did not happen: the next poll goes on
        assertThat(consumer.poll()).isEqualTo(2);
        assertThat(delivered).isEqualTo(ids);
        assertThat(handled).isEmpty();
    }

    @Test
    void skipsPollsOnceNoMoreOfTheDayIsLeftThanThePollReserveAndSaysSoOnce() throws Exception {
        seed(3);
        SageConsumer consumer = consumer("sage:customer?dailyRateLimit=7&pollReserve=3");
        try (LogCapture log = new LogCapture(SageConsumer.class)) {
            consumer.run(); // 2 calls: 5 left, more than the reserve
            consumer.run(); // 2 calls: 3 left, as many as the reserve
            assertThat(consumer.getSkipReason()).isNull();
            consumer.run();
            consumer.run();

            assertThat(listCalls()).hasSize(4);
            assertThat(delivered).hasSize(3);
            assertThat(consumer.getSkippedPolls()).isEqualTo(2);
            assertThat(consumer.getSkipReason()).isEqualTo("only 3 requests are left of the company's daily quota, and"
                                                           + " pollReserve keeps 3 for producers; polling resumes as the"
                                                           + " day's requests age out");
            assertThat(log.messagesAt(Level.WARN)).singleElement().isEqualTo(
                    "Skipping the polls of sage:Customer for company 1: " + consumer.getSkipReason());
            HealthCheck.Result health = consumer.getHealthCheck().call();
            assertThat(health.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(health.getMessage()).hasValue("Polls are skipped: " + consumer.getSkipReason());
            assertThat(health.getDetails()).containsEntry("sage.skippedPolls", 2L)
                    .containsEntry("sage.dailyRateLimitRemaining", 3);
        }
        assertThat(handled).as("a skipped poll is no error").isEmpty();
    }

    @Test
    void withoutAPollReserveAPollMayTakeTheDaysLastRequestAndThenMeetsTheQuota() throws Exception {
        seed(1);
        SageConsumer consumer = consumer("sage:customer?dailyRateLimit=4&pollReserve=0");

        assertThat(consumer.poll()).isEqualTo(1);
        assertThat(consumer.poll()).as("the day's last two requests").isZero();
        assertThatThrownBy(consumer::poll).as("not skipped: no reserve was asked for")
                .isInstanceOf(SageRateLimitException.class);

        assertThat(listCalls()).hasSize(4);
        assertThat(consumer.getSkippedPolls()).isZero();
    }

    @Test
    void whileSageBlocksTheCompanyPollsAreSkippedWithoutAnErrorAndResumeWhenTheBlockEnds() throws Exception {
        List<Long> ids = seed(2);
        sage().quota(QuotaSettings.sage().withWindow(2, Duration.ofMinutes(1)));
        SageConsumer consumer = consumer("sage:customer");

        try (LogCapture log = new LogCapture(SageConsumer.class)) {
            consumer.run(); // 2 calls
            consumer.run(); // 429: Sage blocks the company for an hour
            assertThat(handled).as("the poll that met the 429").hasSize(1);
            int calls = sage().journal().entries().size();
            consumer.run();
            consumer.run();

            assertThat(sage().journal().entries()).as("nothing sent while blocked").hasSize(calls);
            assertThat(handled).as("a skipped poll is no error").hasSize(1);
            assertThat(consumer.getSkippedPolls()).isEqualTo(2);
            assertThat(consumer.getSkipReason()).startsWith("Sage blocks the company until ")
                    .endsWith("; polling resumes then");
            HealthCheck.Result health = consumer.getHealthCheck().call();
            assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("Sage blocks company 1"));
            assertThat(health.getDetails()).containsKey("sage.blockedUntil").containsEntry("sage.skippedPolls", 2L);

            SAGE.clock().advance(Duration.ofHours(2));
            sage().quota(QuotaSettings.unlimited());
            consumer.run();
            assertThat(consumer.getSkipReason()).isNull();
            assertThat(sage().journal().entries()).as("polling again").hasSize(calls + 2);
            assertThat(log.messagesAt(Level.WARN)).hasSize(1);
            assertThat(log.messagesAt(Level.INFO)).containsExactly(
                    "Polling sage:Customer for company 1 again after 2 skipped polls");
            assertThat(consumer.getHealthCheck().call().getState()).isEqualTo(HealthCheck.State.UP);
        }
        assertThat(delivered).isEqualTo(ids);
    }

    @Test
    void healthCarriesCamelsPollChecksIdTheSkippedPollsAndTheWatermarkOnceThereIsOne() throws Exception {
        List<Long> ids = seed(1);
        SageConsumer consumer = consumer("sage:customer");
        HealthCheck check = consumer.getHealthCheck();
        assertThat(check).isInstanceOf(SageConsumerHealthCheck.class);
        assertThat(check.getId()).as("Camel's consumer check id, which it replaces").isEqualTo("consumer:consumer");
        assertThat(check.call().getDetails()).containsEntry("sage.skippedPolls", 0L).doesNotContainKey("sage.watermark");

        consumer.run();

        HealthCheck.Result health = check.call();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(health.getMessage()).isEmpty();
        assertThat(health.getDetails()).containsEntry("sage.watermark", "Created " + STAMP + "|" + ids.get(0))
                .containsEntry("sage.usedToday", 2).containsEntry("sage.entity", "Customer");
    }

    @Test
    void withoutCamelsPollCheckTheHealthIsNamedAfterTheRouteAndStillReportsTheQuota() throws Exception {
        SageConsumer consumer = consumer("sage:customer");

        SageConsumerHealthCheck check = new SageConsumerHealthCheck(consumer, null);

        assertThat(check.getId()).isEqualTo("consumer:sage-consumer");
        HealthCheck.Result health = check.call();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(health.getDetails()).containsEntry("sage.skippedPolls", 0L).containsEntry("sage.usedToday", 0);
    }

    @Test
    void whileItsPollsFailTheHealthIsCamelsDownWithoutTheQuotaDetails() throws Exception {
        SageConsumer consumer = consumer("sage:customer?password=wrong&maxFailedLogins=10");

        consumer.run();

        HealthCheck.Result health = consumer.getHealthCheck().call();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("sage://customer"));
        assertThat(health.getError()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(
                SageAuthenticationException.class));
        assertThat(health.getDetails()).containsKey("sage.skippedPolls").doesNotContainKey("sage.usedToday");
        assertThat(handled).singleElement().asString().startsWith("Failed polling endpoint: sage://customer?");
    }

    @Test
    void consumersOfDifferentlyFilteredListsKeepTheirWatermarksApart() throws Exception {
        seed(2);
        SageConsumer consumer = consumer("sage:customer?filter=RAW(  ID gt 0 )");

        consumer.poll();

        assertThat(consumer.stateKey()).isEqualTo("Customer:1:ID gt 0");
        assertThat(state.keys).containsOnlyKeys("created:Customer:1:ID gt 0");
    }

    @Test
    void aServiceWithoutDatesFollowedFromNowDeliversOnlyWhatIsAddedAfterItsFirstPoll() throws Exception {
        journalEntry("JNL-1");
        SageConsumer consumer = consumer("sage:journalEntry?since=now");

        assertThat(consumer.poll()).as("the newest record is where it starts").isZero();
        long added = journalEntry("JNL-2");
        assertThat(consumer.poll()).isEqualTo(1);

        assertThat(delivered).containsExactly(added);
        assertThat(consumer.getWatermark()).isEqualTo("ID " + added);
        assertThat(state.keys).containsOnlyKeys("new:JournalEntry:1");
    }

    @Test
    void aServiceWithoutDatesFollowedFromTheBeginningDeliversWhatItHasAlready() throws Exception {
        long first = journalEntry("JNL-1");
        SageConsumer consumer = consumer("sage:journalEntry?since=beginning");

        assertThat(consumer.poll()).isEqualTo(1);

        assertThat(delivered).containsExactly(first);
    }

    @Test
    void aProcessorThatThrowsFailsItsRecordLikeAFailedExchange() throws Exception {
        List<Long> ids = seed(2);
        consumer("sage:customer"); // starts the component, whose endpoint the bare consumer below uses
        SageEndpoint endpoint = camel.context.getEndpoint("sage:customer?startScheduler=false&lookback=0"
                                                          + "&exceptionHandler=#handler", SageEndpoint.class);
        SageConsumer bare = (SageConsumer) endpoint.createConsumer(e -> {
            throw new IllegalStateException("no route");
        });
        bare.start();
        try {
            assertThat(bare.poll()).isZero();
        } finally {
            bare.stop();
        }
        assertThat(handled).singleElement().asString().startsWith("sage:Customer record " + ids.get(0) + " failed")
                .endsWith("| no route");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private List<Long> seed(int n) {
        return sage().store().seedCustomers(DEMO_COMPANY_ID, n).stream().map(c -> c.get("ID").asLong()).toList();
    }

    /** Edits records, which gives them a Modified (new ones have none: Sage leaves it empty until the first edit). */
    private void edit(Long... ids) {
        for (Long id : ids) {
            sage().store().update(DEMO_COMPANY_ID, "Customer", id, row -> row.put("Notes", "edited"));
        }
    }

    private long journalEntry(String reference) {
        return sage().store().insert(DEMO_COMPANY_ID, "JournalEntry", JsonNodeFactory.instance.objectNode()
                .put("Date", "2026-11-30").put("Reference", reference).put("Effect", 1)).get("ID").asLong();
    }

    private List<JournalEntry> listCalls() {
        Predicate<JournalEntry> list = e -> "Customer".equals(e.service()) && "Get".equals(e.method());
        return sage().journal().entries(list);
    }

    private PooledObjectFactory.Statistics statistics(SageConsumer consumer) {
        return camel.context.getCamelContextExtension().getExchangeFactoryManager().getExchangeFactories().stream()
                .filter(factory -> factory.getConsumer() == consumer).map(ExchangeFactory::getStatistics)
                .findFirst().orElseThrow();
    }

    private long created(SageConsumer consumer) {
        return statistics(consumer).getCreatedCounter();
    }

    private long released(SageConsumer consumer) {
        return statistics(consumer).getReleasedCounter();
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }

    /** A memory repository that tells which keys were written. */
    private static final class KeyedState extends MemoryStateRepository {
        final java.util.Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void setState(String key, String value) {
            keys.put(key, value);
            super.setState(key, value);
        }
    }

    /** Records each call as "message | ID header | cause". */
    private final class Recorder implements ExceptionHandler {
        @Override
        public void handleException(Throwable exception) {
            handleException(null, null, exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handleException(message, null, exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            handled.add(message + (exchange == null ? "" : " | ID " + exchange.getMessage().getHeader(SageConstants.ID))
                        + " | " + exception.getMessage());
        }
    }
}

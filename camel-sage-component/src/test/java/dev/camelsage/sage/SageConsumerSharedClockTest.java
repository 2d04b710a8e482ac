package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer on the simulator's clock: a day of Sage's quota passes when the test moves the clock, so the polls
 * skipped for the reserve, and the one that resumes, are counted exactly.
 */
class SageConsumerSharedClockTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(
            b -> b.quota(QuotaSettings.unlimited()).seedDemo(false)).withManualClock(T0);

    private final List<Long> delivered = new CopyOnWriteArrayList<>();
    @AutoClose
    private QuotaCamelFixture camel;

    @Test
    void pollsSkippedForTheReserveResumeTheInstantTheDaysRequestsAgeOutAndSaySoOnce() throws Exception {
        sage().store().seedCustomers(DEMO_COMPANY_ID, 3);
        try (LogCapture log = new LogCapture(SageConsumer.class)) {
            camel = new QuotaCamelFixture(sage(), c -> { }).clock(new SharedClock(SAGE.clock()))
                    .routes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("sage:customer?delay=20&dailyRateLimit=5&pollReserve=3").routeId("consumer")
                                    .process(e -> delivered.add(e.getMessage().getHeader(SageConstants.ID, Long.class)));
                        }
                    });
            camel.template();
            SageConsumer consumer = (SageConsumer) camel.context.getRoute("consumer").getConsumer();

            // 5 a day, 3 kept for producers: one poll (two calls), then every poll is skipped.
            await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getSkippedPolls() >= 5);
            assertThat(listCalls()).hasSize(2);
            assertThat(delivered).hasSize(3);

            // A day after those two calls completed, they leave the daily count: one more poll, then skipping again.
            SAGE.clock().set(T0.plus(Duration.ofHours(24)));
            await().atMost(Duration.ofSeconds(10)).until(() -> listCalls().size() == 4 && consumer.getSkipReason() != null);
            long skipped = consumer.getSkippedPolls();
            await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getSkippedPolls() >= skipped + 5);

            assertThat(listCalls()).as("exactly one poll in the new day").hasSize(4);
            assertThat(listCalls().subList(2, 4)).extracting(JournalEntry::time)
                    .containsOnly(T0.plus(Duration.ofHours(24)));
            assertThat(delivered).as("nothing new to deliver").hasSize(3);
            assertThat(log.messagesAt(Level.INFO)).filteredOn(m -> m.contains("again after")).singleElement()
                    .asString().startsWith("Polling sage:Customer for company 1 again after ").endsWith(" skipped polls");
            assertThat(log.messagesAt(Level.WARN)).as("once as each run of skipped polls starts").hasSize(2)
                    .allSatisfy(m -> assertThat(m).contains("pollReserve keeps 3 for producers"));
        }
    }

    private List<JournalEntry> listCalls() {
        return sage().journal().entries(e -> "Customer".equals(e.service()) && "Get".equals(e.method()));
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }
}

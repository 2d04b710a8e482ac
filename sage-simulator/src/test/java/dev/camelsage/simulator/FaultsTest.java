package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()))
            .withManualClock(Instant.parse("2026-08-03T06:00:00Z"));

    private static SageCall.Reply taxTypes() {
        return SageCall.get(SAGE.get(), "TaxType/Get").send();
    }

    private static SageCall saveCustomer(String name) {
        return SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"" + name + "\",\"Active\":true}");
    }

    private static boolean stored(String name) {
        return SAGE.get().store().list(1, "Customer").stream().anyMatch(c -> c.get("Name").asText().equals(name));
    }

    private static JournalEntry last() {
        List<JournalEntry> entries = SAGE.get().journal().entries();
        return entries.get(entries.size() - 1);
    }

    @Test
    void maintenanceAnswers503UntilSwitchedOff() {
        SAGE.get().faults().maintenance(true);

        SageCall.Reply reply = taxTypes();
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.message()).isEqualTo("The service is unavailable due to scheduled maintenance.");
        assertThat(last().faults()).containsExactly(FaultKind.MAINTENANCE);

        SAGE.get().faults().maintenance(false);
        assertThat(taxTypes().status()).isEqualTo(200);
        assertThat(last().faults()).isEmpty();
    }

    @Test
    void maintenanceWindowsFollowTheSimulatorClock() {
        Instant now = SAGE.clock().now();
        SAGE.get().faults().maintenanceWindow(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));

        assertThat(taxTypes().status()).isEqualTo(200);
        SAGE.clock().advance(Duration.ofHours(1));
        assertThat(taxTypes().status()).isEqualTo(503);
        SAGE.clock().advance(Duration.ofMinutes(59));
        assertThat(taxTypes().status()).isEqualTo(503);
        SAGE.clock().advance(Duration.ofMinutes(1));
        assertThat(taxTypes().status()).as("the window's end is not in it").isEqualTo(200);
    }

    @Test
    void serverErrorRateFailsThatShareOfRequests() {
        SAGE.get().faults().serverErrorRate(0.5, 42);
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            statuses.add(taxTypes().status());
        }

        assertThat(statuses).contains(500, 200);
        assertThat(statuses).containsOnly(500, 200);
        assertThat(statuses.stream().filter(s -> s == 500).count()).isBetween(10L, 30L);
        assertThat(SAGE.get().journal().count(e -> e.faults().contains(FaultKind.SERVER_ERROR)))
                .isEqualTo(statuses.stream().filter(s -> s == 500).count());
    }

    @Test
    void serverErrorsCarrySagesBodyAndCommitNothing() {
        SAGE.get().faults().serverErrorRate(1.0);

        SageCall.Reply reply = saveCustomer("Erroneous Ltd").send();

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).isEqualTo("{\"Message\":\"An error has occurred.\"}");
        assertThat(stored("Erroneous Ltd")).isFalse();
        assertThat(last().committed()).isFalse();
    }

    @Test
    void serviceUnavailableRateAnswersTheWebServersHtmlPage() {
        SAGE.get().faults().serviceUnavailableRate(1.0);

        SageCall.Reply reply = saveCustomer("Unavailable Ltd").send();

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("HTTP Error 503. The service is unavailable.");
        assertThat(stored("Unavailable Ltd")).isFalse();
        assertThat(last().faults()).containsExactly(FaultKind.SERVICE_UNAVAILABLE);
    }

    @Test
    void oneSeedReplaysTheSameFaultsInArrivalOrder() {
        List<Set<FaultKind>> first = faultyRun(7);
        List<Set<FaultKind>> replay = faultyRun(7);
        List<Set<FaultKind>> other = faultyRun(8);

        assertThat(first).hasSize(40).isEqualTo(replay);
        assertThat(first).as("the run hit faults of each kind").anyMatch(f -> f.contains(FaultKind.SERVER_ERROR))
                .anyMatch(f -> f.contains(FaultKind.SERVICE_UNAVAILABLE)).anyMatch(f -> f.contains(FaultKind.CONNECTION_RESET))
                .anyMatch(Set::isEmpty);
        assertThat(other).isNotEqualTo(first);
    }

    /** 40 Calculate requests (POST, so the client never retries a reset one) under three rates from one plan seed. */
    private static List<Set<FaultKind>> faultyRun(long seed) {
        SAGE.get().reset();
        SAGE.get().faults().seed(seed);
        SAGE.get().faults().serverErrorRate(0.2);
        SAGE.get().faults().serviceUnavailableRate(0.2);
        SAGE.get().faults().connectionResetRate(0.2);
        String invoice = "{\"CustomerId\":" + Seed.customer(SAGE.get()) + ",\"Date\":\"2026-05-01\",\"DueDate\":\"2026-05-31\","
                + "\"Lines\":[{\"SelectionId\":" + Seed.item(SAGE.get()) + ",\"Quantity\":1}]}";
        for (int i = 0; i < 40; i++) {
            try {
                SageCall.post(SAGE.get(), "TaxInvoice/Calculate", invoice).send();
            } catch (UncheckedIOException reset) {
                // a reset connection: the journal records it
            }
        }
        return SAGE.get().journal().entries().stream().map(JournalEntry::faults).toList();
    }

    @Test
    void aResetConnectionProcessesNothing() {
        SAGE.get().faults().connectionResetRate(1.0);

        assertThatThrownBy(() -> saveCustomer("Reset Ltd").send()).isInstanceOf(UncheckedIOException.class);

        assertThat(stored("Reset Ltd")).isFalse();
        JournalEntry entry = last();
        assertThat(entry.faults()).containsExactly(FaultKind.CONNECTION_RESET);
        assertThat(entry.committed()).isFalse();
        assertThat(entry.status()).isZero();
        assertThat(entry.unanswered()).isTrue();
        assertThat(entry.username()).isEqualTo(SageSimulator.DEMO_USERNAME);
    }

    @Test
    void droppedSaveCommitsButTheClientGetsNoAnswer() {
        SAGE.get().faults().dropConnectionAfterSave(1);

        assertThatThrownBy(() -> saveCustomer("Lost Reply Ltd").send()).isInstanceOf(UncheckedIOException.class);

        assertThat(stored("Lost Reply Ltd")).isTrue();
        assertThat(last().faults()).containsExactly(FaultKind.ANSWER_DROPPED);
        assertThat(last().committed()).isTrue();
        assertThat(last().status()).as("what the simulator would have answered").isEqualTo(201);
        assertThat(saveCustomer("Answered Ltd").send().status()).as("only the next N saves are dropped").isEqualTo(201);
    }

    @Test
    void dropRateOnlyHitsRequestsThatCommitted() {
        SAGE.get().faults().dropAnswerAfterCommitRate(1.0);

        assertThat(taxTypes().status()).as("a read commits nothing, so it is answered").isEqualTo(200);
        assertThat(saveCustomer("Invalid\",\"Name\":\"\"").send().status()).as("a refused save commits nothing").isEqualTo(400);
        assertThatThrownBy(() -> saveCustomer("Dropped Ltd").send()).isInstanceOf(UncheckedIOException.class);
        assertThat(stored("Dropped Ltd")).isTrue();
        assertThat(SAGE.get().journal().count(e -> e.faults().contains(FaultKind.ANSWER_DROPPED))).isEqualTo(1);
    }

    @Test
    void aSlowAnswerCommitsBeforeTheClientTimesOut() {
        SAGE.get().faults().delayAfterProcessing(1.0, Duration.ofSeconds(1));

        assertThatThrownBy(() -> saveCustomer("Slow Answer Ltd").timeout(Duration.ofMillis(300)).send())
                .isInstanceOf(UncheckedIOException.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> SAGE.get().journal().entries().size() == 1);
        assertThat(stored("Slow Answer Ltd")).as("committed, and journalled, before the answer waited").isTrue();
        assertThat(last().faults()).containsExactly(FaultKind.DELAY_AFTER_PROCESSING);
        assertThat(last().committed()).isTrue();
    }

    @Test
    void aDelayBeforeProcessingStillCommitsAfterTheClientGaveUp() {
        SAGE.get().faults().delayBeforeProcessing(1.0, Duration.ofSeconds(1));

        assertThatThrownBy(() -> saveCustomer("Late Commit Ltd").timeout(Duration.ofMillis(200)).send())
                .isInstanceOf(UncheckedIOException.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> SAGE.get().journal().entries().size() == 1);
        assertThat(stored("Late Commit Ltd")).isTrue();
        assertThat(last().faults()).containsExactly(FaultKind.DELAY_BEFORE_PROCESSING);
        assertThat(last().committed()).isTrue();
    }

    @Test
    void latencyDelaysEveryAnswerAndIsJournalled() {
        SAGE.get().faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();

        taxTypes();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(last().faults()).containsExactly(FaultKind.LATENCY);
    }

    @Test
    void aForcedBlockRefusesTheKeyInThatCompanyAndEveryRequestExtendsIt() {
        SAGE.get().faults().forceBlock(SageSimulator.DEMO_API_KEY, 1, Duration.ofMinutes(10));

        SageCall.Reply refused = taxTypes();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message()).isEqualTo(QuotaTracker.WINDOW_MESSAGE);
        assertThat(last().faults()).containsExactly(FaultKind.FORCED_BLOCK);
        assertThat(last().whileBlocked()).isTrue();
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").company(2).send().status()).as("other company").isEqualTo(200);

        SAGE.clock().advance(Duration.ofMinutes(8));
        assertThat(taxTypes().status()).as("the first 429 extended the block").isEqualTo(429);
        SAGE.clock().advance(Duration.ofMinutes(9));
        assertThat(taxTypes().status()).as("extended again 8 minutes in").isEqualTo(429);
        SAGE.clock().advance(Duration.ofMinutes(11));
        assertThat(taxTypes().status()).isEqualTo(200);
        assertThat(last().faults()).isEmpty();
    }

    @Test
    void aForcedLockOutRefusesEvenTheRightPassword() {
        SAGE.get().faults().lockUsername(SageSimulator.DEMO_USERNAME);

        SageCall.Reply refused = taxTypes();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message()).isEqualTo(QuotaTracker.LOGIN_MESSAGE);
        assertThat(last().faults()).containsExactly(FaultKind.FORCED_LOGIN_LOCK);

        SAGE.clock().advance(Duration.ofHours(24));
        assertThat(taxTypes().status()).isEqualTo(200);
    }

    @Test
    void aChangedPasswordRefusesTheOldOneUntilReset() {
        SAGE.get().users().changePassword(SageSimulator.DEMO_USERNAME, "rotated-password");

        SageCall.Reply old = taxTypes();
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.header("WWW-Authenticate")).isEqualTo("Basic");
        assertThat(last().faults()).containsExactly(FaultKind.CREDENTIALS_CHANGED);
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "rotated-password").send().status())
                .isEqualTo(200);
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "never-valid").send().status())
                .isEqualTo(401);
        assertThat(last().faults()).as("a password that never worked is no fault").isEmpty();

        SAGE.get().reset();
        assertThat(taxTypes().status()).isEqualTo(200);
    }

    @Test
    void theJournalSaysWhatCommitted() {
        taxTypes();
        saveCustomer("Committed Ltd").send();
        saveCustomer("Committed Ltd").send();

        assertThat(SAGE.get().journal().entries()).extracting(JournalEntry::committed).containsExactly(false, true, false);
    }

    @Test
    void clearSwitchesEveryFaultOff() {
        SAGE.get().faults().maintenance(true);
        SAGE.get().faults().serverErrorRate(1.0, 1);
        SAGE.get().faults().connectionResetRate(1.0);
        SAGE.get().faults().forceBlock(SageSimulator.DEMO_API_KEY, 1);

        SAGE.get().faults().clear();

        assertThat(taxTypes().status()).isEqualTo(200);
    }

    @Test
    void ratesOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> SAGE.get().faults().connectionResetRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SAGE.get().faults().delayAfterProcessing(0.5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.camelsage.sage.hazelcast;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three Camel instances in three JVMs, each with an embedded Hazelcast member, share one company's quota through
 * {@link HazelcastSageQuotaStore}; the simulator (here, in the test JVM) compresses Sage's quota to 60 requests per
 * 5 s and is the judge. The instances start once for the class; the last test kills one of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(240)
class SharedQuotaAcrossProcessesTest {

    // Sage's 100 a minute compressed to 60 in 5 s: a request counts from its reservation until a period after its
    // answer, so the time between (tens of ms on a busy machine) costs a share of each window; the shorter the
    // window, the larger that share.
    static final int LIMIT = 60;
    static final Duration PERIOD = Duration.ofSeconds(5);
    static final QuotaSettings QUOTA = QuotaSettings.sage().withWindow(LIMIT, PERIOD).withBlockDuration(Duration.ofSeconds(5));
    /** How long the replicas hold every request back after a 429 (Sage's hour, compressed). */
    static final Duration BLOCK = Duration.ofSeconds(6);
    /** connectTimeout 1 s + requestTimeout 20 s + 1 s: what the component passes as each lease's life. */
    static final Duration LEASE = Duration.ofSeconds(22);
    static final Pattern LOADED = Pattern.compile("loaded ok=(\\d+) heldBack=(\\d+) rateLimited=(\\d+) failed=(\\d+).*");

    static SageSimulator sage;
    static ReplicaCluster replicas;

    @BeforeAll
    static void startReplicas() throws Exception {
        sage = ReplicaCluster.withUsers(SageSimulator.builder().quota(QUOTA)).start();
        replicas = new ReplicaCluster(sage, "shared-quota", List.of("limit=" + LIMIT, "period=" + PERIOD.toMillis(),
                "block=" + BLOCK.toMillis(), "requestTimeout=20000"));
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        try {
            if (replicas != null) {
                replicas.close();
            }
        } finally {
            if (sage != null) {
                sage.close();
            }
        }
    }

    @BeforeEach
    void freshQuota() {
        sage.reset();
        sage.quota(QUOTA);
        replicas.observer.getMap(HazelcastSageQuotaStore.QUOTA_MAP).clear();
        replicas.observer.getMap(HazelcastSageQuotaStore.LOGIN_MAP).clear();
    }

    @Test
    @Order(1)
    void threeInstancesHammeringOneCompanyUseItsQuotaWithoutA429() throws Exception {
        replicas.sendAll("load 16000 4");
        Map<String, int[]> outcomes = new HashMap<>();
        for (Replica replica : replicas.replicas) {
            outcomes.put(replica.name, outcome(replica.await("loaded", Duration.ofSeconds(150))));
        }

        List<JournalEntry> seen = companyOne();
        List<JournalEntry> accepted = seen.stream().filter(e -> e.status() == 200).toList();
        Instant first = accepted.get(0).time();
        Instant last = accepted.get(accepted.size() - 1).time();
        long windows = Duration.between(first, last).toMillis() / PERIOD.toMillis();
        long inWindows = accepted.stream().filter(e -> e.time().isBefore(first.plus(PERIOD.multipliedBy(windows)))).count();
        double used = inWindows / (double) (windows * LIMIT);
        int most = sage.journal().maxRequestsInAnyWindow(SageSimulator.DEMO_API_KEY, SageSimulator.DEMO_COMPANY_ID, PERIOD);
        System.out.printf("Shared quota: %d requests accepted by Sage from 3 instances, %d of them in the %d whole"
                          + " %d s windows from the first: %.1f%% of the quota; most in any window: %d; 429s: %d%n",
                accepted.size(), inWindows, windows, PERIOD.toSeconds(), used * 100, most,
                seen.stream().filter(e -> e.status() == 429).count());

        assertThat(seen).noneMatch(e -> e.status() == 429);
        assertThat(sage.journal().requestsWhileBlocked()).isZero();
        assertThat(most).isLessThanOrEqualTo(LIMIT);
        assertThat(windows).isGreaterThanOrEqualTo(3);
        assertThat(used).isGreaterThanOrEqualTo(0.9);
        for (String name : ReplicaCluster.NAMES) {
            int[] counts = outcomes.get(name);
            assertThat(counts).as("ok, heldBack, 429, failed of " + name).containsExactly(counts[0], 0, 0, 0);
            assertThat(accepted.stream().filter(e -> name.equals(e.username())).count())
                    .as("requests Sage accepted from " + name).isEqualTo(counts[0]).isPositive();
        }
    }

    @Test
    @Order(2)
    void a429SeenByOneInstanceHoldsBackTheNextRequestOfEveryOther() throws Exception {
        // Sage's window shrinks to 1 request a minute: the second request of replica-a is answered 429.
        sage.quota(QUOTA.withWindow(1, Duration.ofMinutes(1)));
        Replica a = replicas.get(0);
        a.send("call");
        a.await("call ok", Duration.ofSeconds(60));
        a.send("call");
        a.await("call 429", Duration.ofSeconds(60));

        for (Replica other : List.of(replicas.get(1), replicas.get(2))) {
            other.send("call");
            other.await("call heldBack", Duration.ofSeconds(60));
        }

        List<JournalEntry> seen = companyOne();
        assertThat(seen).extracting(JournalEntry::username).containsExactly("replica-a", "replica-a");
        assertThat(seen).extracting(JournalEntry::status).containsExactly(200, 429);
        assertThat(sage.journal().requestsWhileBlocked()).isZero();
    }

    @Test
    @Order(3)
    void midRunA429StopsEveryInstanceAndOnlyRequestsAlreadyOnTheWireReachTheBlock() throws Exception {
        // Long enough that every instance is still loading when the window shrinks, on a loaded machine too.
        replicas.sendAll("load 12000 4");
        await().atMost(Duration.ofSeconds(60)).until(() -> ReplicaCluster.NAMES.stream()
                .allMatch(name -> sage.journal().count(e -> name.equals(e.username())) >= 10));
        // Sage's window shrinks to 1 request a minute: the next request to arrive, from whichever instance, is a 429.
        sage.quota(QUOTA.withWindow(1, Duration.ofMinutes(1)));

        Map<String, int[]> outcomes = new HashMap<>();
        for (Replica replica : replicas.replicas) {
            outcomes.put(replica.name, outcome(replica.await("loaded", Duration.ofSeconds(150))));
        }

        // Each instance has 4 callers with at most one request on the wire each: at most 12 requests can have been
        // sent before the first 429 was recorded in the cluster; every later one is held back until the block ends.
        // Sage's window stays shrunk, so the requests sent when the block ends meet a new 429: only the first block
        // is counted.
        List<JournalEntry> limited = companyOne().stream().filter(e -> e.status() == 429).toList();
        Instant firstBlockEnds = limited.get(0).time().plus(BLOCK);
        long onTheWire = limited.stream().filter(e -> e.time().isBefore(firstBlockEnds)).count();
        long whileBlocked = companyOne().stream().filter(e -> e.whileBlocked() && e.time().isBefore(firstBlockEnds))
                .count();
        System.out.printf("Mid-run 429: %d requests answered 429 during the first block (the first and those already"
                          + " on the wire), %d arrived while Sage blocked; %d answered 429 in all%n", onTheWire,
                whileBlocked, limited.size());
        assertThat(onTheWire).isBetween(1L, 12L);
        assertThat(whileBlocked).isLessThan(12);
        for (String name : ReplicaCluster.NAMES) {
            assertThat(outcomes.get(name)[1]).as("requests " + name + " held back after the 429").isPositive();
        }
    }

    @Test
    @Order(4)
    void killingAnInstanceMidRunLosesNoExchangeOfTheSurvivorsAndItsLeasesEndWithinTheLeaseTime() throws Exception {
        // Every request is in flight for 2 s, well below the quota's pace, so the killed instance surely holds
        // leases when it dies.
        sage.faults().latency(Duration.ofSeconds(2));
        Replica victim = replicas.get(2);
        victim.send("load 60000 4");
        List<Replica> survivors = List.of(replicas.get(0), replicas.get(1));
        for (Replica survivor : survivors) {
            survivor.send("load 4000 4");
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> sage.journal().count(e -> victim.name.equals(e.username())) >= 8);
        Instant killed = Instant.now();
        victim.kill();

        Map<String, int[]> outcomes = new HashMap<>();
        for (Replica survivor : survivors) {
            outcomes.put(survivor.name, outcome(survivor.await("loaded", Duration.ofSeconds(150))));
        }
        Instant survivorsDone = Instant.now();

        List<JournalEntry> seen = companyOne();
        assertThat(seen).noneMatch(e -> e.status() == 429);
        assertThat(sage.journal().maxRequestsInAnyWindow(SageSimulator.DEMO_API_KEY, SageSimulator.DEMO_COMPANY_ID,
                PERIOD)).isLessThanOrEqualTo(LIMIT);
        for (Replica survivor : survivors) {
            int[] counts = outcomes.get(survivor.name);
            assertThat(counts).as("ok, heldBack, 429, failed of " + survivor.name).containsExactly(counts[0], 0, 0, 0);
            assertThat(seen.stream().filter(e -> survivor.name.equals(e.username()) && e.status() == 200).count())
                    .as("requests Sage answered to " + survivor.name).isEqualTo(counts[0]).isPositive();
        }

        // The quota as the cluster decides it at two later instants: the survivors' requests have all left the
        // window by then, so what still counts is the dead instance's leases.
        Set<Object> keys = replicas.observer.getMap(HazelcastSageQuotaStore.QUOTA_MAP).keySet();
        QuotaKey key = (QuotaKey) keys.stream().filter(k -> "1".equals(((QuotaKey) k).companyId())).findFirst().orElseThrow();
        QuotaLimits limits = new QuotaLimits(LIMIT, PERIOD, 5000, Duration.ofMinutes(1), Duration.ofSeconds(6), 5);
        HazelcastSageQuotaStore store = new HazelcastSageQuotaStore(replicas.observer);
        Instant beforeExpiry = survivorsDone.plus(PERIOD).plusMillis(1);
        assertThat(beforeExpiry).as("the check before the leases' expiry comes before it").isBefore(killed.plus(LEASE));
        List<Instant> victimCalls = seen.stream().filter(e -> victim.name.equals(e.username())).map(JournalEntry::time)
                .toList();
        assertThat(store.snapshot(key, limits, beforeExpiry).usedInWindow())
                .as("leases of the killed instance still counted before their expiry (its %d calls from %s to %s,"
                    + " killed at %s, survivors done at %s, quota keys %s)", victimCalls.size(),
                    victimCalls.isEmpty() ? null : victimCalls.get(0),
                    victimCalls.isEmpty() ? null : victimCalls.get(victimCalls.size() - 1), killed, survivorsDone, keys)
                .isPositive();
        assertThat(store.snapshot(key, limits, killed.plus(LEASE).plus(PERIOD).plusMillis(1)).usedInWindow())
                .as("leases of the killed instance left the window a period after their expiry").isZero();
    }

    private static List<JournalEntry> companyOne() {
        return sage.journal().entries(e -> e.companyId() != null && e.companyId() == SageSimulator.DEMO_COMPANY_ID);
    }

    private static int[] outcome(String answer) {
        Matcher matcher = LOADED.matcher(answer);
        assertThat(matcher.matches()).as(answer).isTrue();
        return new int[] {
                Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)) };
    }
}

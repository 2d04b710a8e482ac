package dev.camelsage.sage.hazelcast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.hazelcast.core.HazelcastInstance;
import dev.camelsage.sage.quota.InMemorySageQuotaStore;
import dev.camelsage.sage.quota.LoginAdmission;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.LoginTicket;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLease;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.Reservation;
import dev.camelsage.sage.quota.SageQuotaStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** The store on a cluster of three members in this JVM, each call going through whichever member the test picks. */
@Timeout(120)
class HazelcastSageQuotaStoreTest {

    static final QuotaKey KEY = new QuotaKey("https://accounting.sageone.co.za", QuotaKey.fingerprint("key"), "1");
    static final LoginKey LOGIN = new LoginKey("https://accounting.sageone.co.za", QuotaKey.fingerprint("user"));
    static final QuotaLimits LIMITS = new QuotaLimits(3, Duration.ofSeconds(10), 5, Duration.ofMinutes(5),
            Duration.ofHours(1), 2);
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static LoopbackCluster cluster;
    static List<HazelcastInstance> members = new ArrayList<>();
    static List<HazelcastSageQuotaStore> stores = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        cluster = new LoopbackCluster();
        for (int i = 0; i < 3; i++) {
            HazelcastInstance member = cluster.startMember();
            members.add(member);
            stores.add(new HazelcastSageQuotaStore(member));
        }
        assertThat(members.get(0).getCluster().getMembers()).hasSize(3);
    }

    @AfterAll
    static void stopCluster() {
        stores.forEach(HazelcastSageQuotaStore::close);
        cluster.close();
    }

    @AfterEach
    void forgetQuotas() {
        members.get(0).getMap(HazelcastSageQuotaStore.QUOTA_MAP).clear();
        members.get(0).getMap(HazelcastSageQuotaStore.LOGIN_MAP).clear();
    }

    @Test
    void decidesEveryOperationAsTheInMemoryStoreDoes() {
        List<Function<SageQuotaStore, Object>> script = new ArrayList<>();
        Instant expiry = T0.plusSeconds(30);
        for (int i = 0; i < 4; i++) {
            script.add(s -> s.tryReserve(KEY, LIMITS, T0, expiry));
        }
        script.add(s -> s.freeAt(KEY, LIMITS, T0, 1));
        script.add(s -> {
            s.release(new QuotaLease(KEY, 1, expiry), T0.plusSeconds(1));
            return "released";
        });
        script.add(s -> s.snapshot(KEY, LIMITS, T0.plusSeconds(2)));
        script.add(s -> s.freeAt(KEY, LIMITS, T0.plusSeconds(2), 2));
        script.add(s -> s.tryReserve(KEY, LIMITS, T0.plusMillis(11_001), expiry));
        script.add(s -> s.block(KEY, T0.plusSeconds(60), "Sage said so", T0.plusSeconds(12)));
        script.add(s -> s.block(KEY, T0.plusSeconds(50), "again", T0.plusSeconds(12)));
        script.add(s -> s.tryReserve(KEY, LIMITS, T0.plusSeconds(13), expiry));
        script.add(s -> {
            s.recordUnauthorized(KEY, T0.plusSeconds(13));
            return "401";
        });
        script.add(s -> s.snapshot(KEY, LIMITS, T0.plusSeconds(13)));
        script.add(s -> s.tryReserve(KEY, LIMITS, T0.plusSeconds(61), T0.plusSeconds(90)));
        script.add(s -> s.tryReserve(KEY, LIMITS, T0.plusSeconds(61), T0.plusSeconds(90)));
        script.add(s -> s.snapshot(KEY, LIMITS, T0.plusSeconds(61)));
        for (int i = 0; i < 3; i++) {
            script.add(s -> s.admit(LOGIN, 2, T0, T0.plusSeconds(30)));
        }
        script.add(s -> {
            s.answered(new LoginTicket(LOGIN, 1), 401, T0.plusSeconds(1));
            s.answered(new LoginTicket(LOGIN, 2), 401, T0.plusSeconds(2));
            return "two 401s";
        });
        script.add(s -> s.admit(LOGIN, 2, T0.plusSeconds(3), T0.plusSeconds(30)));
        script.add(s -> s.failedLoginsSince(LOGIN, T0));
        script.add(s -> {
            s.lockOut(LOGIN, T0.plusSeconds(86_400));
            return "locked out";
        });
        script.add(s -> s.admit(LOGIN, 2, T0.plusSeconds(7_300), T0.plusSeconds(7_330)));

        SageQuotaStore memory = new InMemorySageQuotaStore();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < script.size(); i++) {
            expected.add(String.valueOf(script.get(i).apply(memory)));
            actual.add(String.valueOf(script.get(i).apply(stores.get(i % stores.size()))));
        }

        assertThat(actual).containsExactlyElementsOf(expected);
        // The script reaches every kind of answer, so the comparison covers each conversion.
        assertThat(expected).anyMatch(a -> a.startsWith("Granted")).anyMatch(a -> a.startsWith("Full"))
                .anyMatch(a -> a.startsWith("Blocked")).anyMatch(a -> a.startsWith("Admitted"))
                .anyMatch(a -> a.startsWith("Pending")).anyMatch(a -> a.startsWith("Locked"))
                .contains("true", "false");
    }

    @Test
    void grantsNoMoreThanTheLimitToConcurrentCallersOnEveryMember() throws Exception {
        QuotaLimits limits = new QuotaLimits(25, Duration.ofMinutes(1), 5000, Duration.ZERO, Duration.ofHours(1), 5);
        int callers = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                SageQuotaStore store = stores.get(i % stores.size());
                Callable<Integer> caller = () -> {
                    if (!go.await(60, TimeUnit.SECONDS)) {
                        throw new AssertionError("the callers were never let go");
                    }
                    int mine = 0;
                    for (int attempt = 0; attempt < 10; attempt++) {
                        if (store.tryReserve(KEY, limits, T0, T0.plusSeconds(30)) instanceof Reservation.Granted) {
                            mine++;
                        }
                    }
                    return mine;
                };
                granted.add(pool.submit(caller));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> future : granted) {
                total += future.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(25);
            assertThat(stores.get(1).snapshot(KEY, limits, T0).usedInWindow()).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBlockRecordedThroughOneMemberRefusesEveryOtherAtOnce() {
        assertThat(stores.get(0).block(KEY, T0.plusSeconds(3600), "Too many requests", T0)).isTrue();

        for (SageQuotaStore store : stores) {
            Reservation reservation = store.tryReserve(KEY, LIMITS, T0.plusSeconds(1), T0.plusSeconds(30));
            assertThat(reservation).isInstanceOf(Reservation.Blocked.class);
            assertThat(((Reservation.Blocked) reservation).block().until()).isEqualTo(T0.plusSeconds(3600));
        }
        assertThat(stores.get(2).snapshot(KEY, LIMITS, T0.plusSeconds(1)).recentRateLimited()).isEqualTo(1);
    }

    @Test
    void aLeaseNeverReleasedCountsUntilItsExpiryAndThenForOnePeriod() {
        QuotaLimits one = new QuotaLimits(1, Duration.ofSeconds(10), 5000, Duration.ZERO, Duration.ofHours(1), 5);
        Instant expiry = T0.plusSeconds(5);
        assertThat(stores.get(0).tryReserve(KEY, one, T0, expiry)).isInstanceOf(Reservation.Granted.class);

        // Its instance died: nobody releases it. Not free before the expiry, nor within a period after it...
        assertThat(stores.get(1).tryReserve(KEY, one, T0.plusSeconds(4), T0.plusSeconds(9)))
                .isInstanceOf(Reservation.Full.class);
        assertThat(stores.get(2).tryReserve(KEY, one, expiry.plus(Duration.ofSeconds(10)).minusMillis(1),
                T0.plusSeconds(30))).isInstanceOf(Reservation.Full.class);
        // ...and free as soon as both have passed.
        assertThat(stores.get(1).freeAt(KEY, one, T0.plusSeconds(6), 1)).isEqualTo(expiry.plusSeconds(10));
        assertThat(stores.get(2).tryReserve(KEY, one, expiry.plusSeconds(10), T0.plusSeconds(30)))
                .isInstanceOf(Reservation.Granted.class);
    }

    @Test
    void failedLoginsCountOnceForTheWholeCluster() {
        List<LoginTicket> tickets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            LoginAdmission admission = stores.get(i).admit(LOGIN, 2, T0, T0.plusSeconds(30));
            tickets.add(((LoginAdmission.Admitted) admission).ticket());
        }
        // Unproven credentials: as many in flight as failures are still allowed, counted across members.
        assertThat(stores.get(2).admit(LOGIN, 2, T0, T0.plusSeconds(30))).isInstanceOf(LoginAdmission.Pending.class);

        stores.get(1).answered(tickets.get(0), 401, T0.plusSeconds(1));
        stores.get(2).answered(tickets.get(1), 401, T0.plusSeconds(2));

        assertThat(stores.get(0).admit(LOGIN, 2, T0.plusSeconds(3), T0.plusSeconds(30)))
                .isEqualTo(new LoginAdmission.Locked(T0.plusSeconds(1).plus(Duration.ofHours(1))));
        assertThat(stores.get(0).failedLoginsSince(LOGIN, T0)).containsExactly(T0.plusSeconds(1), T0.plusSeconds(2));
    }
}

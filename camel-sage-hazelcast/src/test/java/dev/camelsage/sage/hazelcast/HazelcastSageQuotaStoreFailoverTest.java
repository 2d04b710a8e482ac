package dev.camelsage.sage.hazelcast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import dev.camelsage.sage.quota.LoginAdmission;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.Reservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Members crash and join; the quota state stays whole (one synchronous backup of each key). */
@Timeout(120)
class HazelcastSageQuotaStoreFailoverTest {

    static final QuotaKey KEY = new QuotaKey("https://accounting.sageone.co.za", QuotaKey.fingerprint("key"), "7");
    static final LoginKey LOGIN = new LoginKey("https://accounting.sageone.co.za", QuotaKey.fingerprint("user"));
    static final QuotaLimits LIMITS = new QuotaLimits(3, Duration.ofSeconds(10), 5000, Duration.ofMinutes(5),
            Duration.ofHours(1), 5);
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aMemberThatCrashesOrJoinsLosesNoQuotaState() {
        try (LoopbackCluster cluster = new LoopbackCluster()) {
            List<HazelcastInstance> members = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                members.add(cluster.startMember());
            }
            HazelcastSageQuotaStore first = new HazelcastSageQuotaStore(members.get(0));
            first.tryReserve(KEY, LIMITS, T0, T0.plusSeconds(30));
            first.tryReserve(KEY, LIMITS, T0, T0.plusSeconds(30));
            first.block(KEY, T0.plusSeconds(3600), "Too many requests", T0.plusSeconds(1));
            LoginAdmission admission = first.admit(LOGIN, 5, T0, T0.plusSeconds(30));
            first.answered(((LoginAdmission.Admitted) admission).ticket(), 401, T0.plusSeconds(1));
            QuotaSnapshot before = first.snapshot(KEY, LIMITS, T0.plusSeconds(2));

            // The owner of the quota's key crashes: its backup takes over.
            crash(ownerOf(KEY, members), members);
            assertSame(before, members);

            // A new member joins and takes its share of the keys; then the owner crashes again.
            members.add(cluster.startMember());
            await().atMost(Duration.ofSeconds(60)).until(() -> members.get(0).getPartitionService().isClusterSafe());
            crash(ownerOf(KEY, members), members);
            assertSame(before, members);
            await().atMost(Duration.ofSeconds(60)).until(() -> members.get(0).getPartitionService().isClusterSafe());
            crash(ownerOf(LOGIN, members), members);

            HazelcastSageQuotaStore survivor = new HazelcastSageQuotaStore(members.get(0));
            assertThat(survivor.failedLoginsSince(LOGIN, T0)).containsExactly(T0.plusSeconds(1));
            assertThat(survivor.tryReserve(KEY, LIMITS, T0.plusSeconds(2), T0.plusSeconds(30)))
                    .isInstanceOf(Reservation.Blocked.class);
        }
    }

    private static void assertSame(QuotaSnapshot before, List<HazelcastInstance> members) {
        for (HazelcastInstance member : members) {
            QuotaSnapshot after = new HazelcastSageQuotaStore(member).snapshot(KEY, LIMITS, T0.plusSeconds(2));
            assertThat(after).isEqualTo(before);
        }
        assertThat(before.usedInWindow()).isEqualTo(2);
        assertThat(before.blockedUntil()).isEqualTo(T0.plusSeconds(3600));
    }

    private static HazelcastInstance ownerOf(Object key, List<HazelcastInstance> members) {
        Member owner = members.get(0).getPartitionService().getPartition(key).getOwner();
        return members.stream().filter(m -> m.getCluster().getLocalMember().equals(owner)).findFirst().orElseThrow();
    }

    private static void crash(HazelcastInstance member, List<HazelcastInstance> members) {
        members.remove(member);
        member.getLifecycleService().terminate();
    }
}

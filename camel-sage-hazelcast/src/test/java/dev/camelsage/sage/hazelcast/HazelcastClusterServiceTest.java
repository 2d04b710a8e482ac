package dev.camelsage.sage.hazelcast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Leadership on Hazelcast, with three CamelContexts on three members of one cluster in this JVM. */
@Timeout(120)
class HazelcastClusterServiceTest {

    // Long enough that a busy machine's scheduling delays (seconds, at times) do not cost a renewal.
    static final long LEASE = 3_000;

    @Test
    void exactlyOneInstanceLeadsAndAStoppedLeaderHandsOverAtOnce() throws Exception {
        try (LoopbackCluster cluster = new LoopbackCluster()) {
            List<CamelContext> contexts = new ArrayList<>();
            List<CamelClusterView> views = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    CamelContext context = context(cluster.startMember());
                    contexts.add(context);
                    views.add(context.hasService(HazelcastClusterService.class).getView("customers"));
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> leaders(views).size() == 1);
                CamelClusterView leader = leaders(views).get(0);
                assertThat(leader.getLeader()).get().extracting(CamelClusterMember::getId)
                        .isEqualTo(leader.getLocalMember().getId());
                assertThat(views.get(0).getMembers()).extracting(CamelClusterMember::getId)
                        .containsExactlyInAnyOrderElementsOf(views.stream().map(v -> v.getLocalMember().getId()).toList());
                // The leadership stays where it is across several renewals of the lease.
                List<String> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
                views.forEach(view -> view.addEventListener((CamelClusterEventListener.Leadership) (v, m) ->
                        changes.add(v.getLocalMember().getId() + " sees " + m)));
                changes.clear();
                IMap<String, String> leases = cluster.member(0).getMap(HazelcastClusterService.MAP_PREFIX + "customers");
                await().atMost(Duration.ofSeconds(30)).until(() -> leases.getEntryView("leader") != null);
                long renewals = leases.getEntryView("leader").getVersion();
                await().atMost(Duration.ofSeconds(60)).until(() -> leases.getEntryView("leader") != null
                        && leases.getEntryView("leader").getVersion() >= renewals + 3);
                assertThat(leaders(views)).containsExactly(leader);
                assertThat(changes).isEmpty();

                // A leader that stops gives its lease back instead of letting it run out.
                CamelContext leaving = contexts.get(views.indexOf(leader));
                leaving.stop();
                assertThat(leases.get("leader")).isNotEqualTo(leader.getLocalMember().getId());
                views.remove(leader);
                await().atMost(Duration.ofSeconds(30)).until(() -> leaders(views).size() == 1);
            } finally {
                contexts.forEach(CamelContext::stop);
            }
        }
    }

    @Test
    void aLeaderThatDiesIsReplacedWhenItsLeaseRunsOut() throws Exception {
        try (LoopbackCluster cluster = new LoopbackCluster()) {
            List<CamelContext> contexts = new ArrayList<>();
            List<HazelcastInstance> members = new ArrayList<>();
            List<CamelClusterView> views = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    members.add(cluster.startMember());
                    CamelContext context = context(members.get(i));
                    contexts.add(context);
                    views.add(context.hasService(HazelcastClusterService.class).getView("invoices"));
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> leaders(views).size() == 1);
                int dead = views.indexOf(leaders(views).get(0));

                // The leader's member crashes; its CamelContext cannot reach the cluster any more.
                members.get(dead).getLifecycleService().terminate();
                await().atMost(Duration.ofSeconds(30)).until(() -> !views.get(dead).getLocalMember().isLeader());
                List<CamelClusterView> survivors = new ArrayList<>(views);
                survivors.remove(dead);
                await().atMost(Duration.ofSeconds(30)).until(() -> leaders(survivors).size() == 1);
                assertThat(survivors.get(0).getLeader()).get().extracting(CamelClusterMember::getId)
                        .isEqualTo(leaders(survivors).get(0).getLocalMember().getId());
            } finally {
                contexts.forEach(CamelContext::stop);
            }
        }
    }

    @Test
    void refusesToStartWithoutHazelcastOrWithATooShortLease() {
        HazelcastClusterService none = new HazelcastClusterService();
        assertThatThrownBy(none::start).hasMessageContaining("has no hazelcastInstance");
        HazelcastClusterService hasty = new HazelcastClusterService();
        try (LoopbackCluster cluster = new LoopbackCluster()) {
            hasty.setHazelcastInstance(cluster.startMember());
            hasty.setLeaseTime(100);
            assertThatThrownBy(hasty::start).hasMessageContaining("leaseTime must be at least 300 ms, was 100");
        }
    }

    private static CamelContext context(HazelcastInstance member) throws Exception {
        CamelContext context = new DefaultCamelContext();
        HazelcastClusterService service = new HazelcastClusterService(member);
        service.setLeaseTime(LEASE);
        context.addService(service);
        context.start();
        return context;
    }

    private static List<CamelClusterView> leaders(List<CamelClusterView> views) {
        return views.stream().filter(view -> view.getLocalMember().isLeader()).toList();
    }
}

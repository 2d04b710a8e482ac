package dev.camelsage.sage.hazelcast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.hazelcast.map.IMap;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace of a {@link HazelcastClusterService}: its map holds the leader's lease under {@code leader} and each
 * member's presence under {@code member:<id>}, both with a time to live.
 */
final class HazelcastClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastClusterView.class);
    private static final String LEADER = "leader";
    private static final String MEMBER = "member:";

    private final HazelcastClusterService service;
    private final Member local;
    private volatile IMap<String, String> map;
    private ScheduledExecutorService scheduler;
    /** When the lease this member holds surely ends, on this JVM's monotonic clock. */
    private long leaseEnd;

    HazelcastClusterView(HazelcastClusterService service, String namespace) {
        super(service, namespace);
        this.service = service;
        this.local = new Member(service.getId(), true);
    }

    @Override
    protected void doStart() throws Exception {
        map = service.getHazelcastInstance().getMap(HazelcastClusterService.MAP_PREFIX + getNamespace());
        scheduler = getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "HazelcastClusterView[" + getNamespace() + "]");
        scheduler.scheduleWithFixedDelay(this::refresh, 0, renewEvery(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
        IMap<String, String> current = map;
        try {
            if (local.leader) {
                // A leader that stops hands over at once instead of letting the lease run out.
                setLeader(false);
                current.remove(LEADER, local.getId());
            }
            current.remove(MEMBER + local.getId());
        } catch (RuntimeException unreachable) {
            LOG.warn("Could not hand over the leadership of {} at stop; it passes on when the lease ends: {}",
                    getNamespace(), unreachable.getMessage());
        }
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return local;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        String id = map == null ? null : map.get(LEADER);
        return Optional.ofNullable(id).map(this::member);
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        IMap<String, String> current = map;
        if (current == null) {
            return List.of();
        }
        return current.keySet().stream().filter(key -> key.startsWith(MEMBER))
                .map(key -> member(key.substring(MEMBER.length()))).toList();
    }

    private CamelClusterMember member(String id) {
        return id.equals(local.getId()) ? local : new Member(id, false, Objects.equals(id, map.get(LEADER)));
    }

    /**
     * Takes or renews the lease; steps down when it ran out or cannot be renewed before it does. Never throws: a
     * periodic task that throws is not run again.
     */
    private void refresh() {
        long attempt = System.nanoTime();
        if (local.leader && attempt - leaseEnd >= 0) {
            LOG.warn("The leadership of {} ran out before it was renewed; giving it up", getNamespace());
            setLeader(false);
        }
        try {
            long lease = service.getLeaseTime();
            boolean holds = map.executeOnKey(LEADER, new LeaderLease(local.getId(), lease));
            map.set(MEMBER + local.getId(), "", lease, TimeUnit.MILLISECONDS);
            if (holds) {
                // Measured from before the request: the cluster's lease can only end later than this.
                leaseEnd = attempt + TimeUnit.MILLISECONDS.toNanos(lease);
            }
            setLeader(holds);
        } catch (RuntimeException e) {
            boolean expiresBeforeNextAttempt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(renewEvery()) - leaseEnd >= 0;
            if (local.leader && expiresBeforeNextAttempt) {
                LOG.warn("Cannot renew the leadership of {} before it runs out; giving it up: {}", getNamespace(),
                        e.getMessage());
                setLeader(false);
            } else {
                LOG.debug("Cannot reach the cluster for the leadership of {}: {}", getNamespace(), e.getMessage());
            }
        } catch (Error e) {
            // Whatever happened, this member no longer knows that it holds the lease.
            LOG.error("The leadership of {} could not be refreshed; giving it up", getNamespace(), e);
            setLeader(false);
        }
    }

    private long renewEvery() {
        return Math.max(100, service.getLeaseTime() / 3);
    }

    private void setLeader(boolean leader) {
        if (local.leader != leader) {
            local.leader = leader;
            LOG.info("{} the leadership of {}", leader ? "Took" : "Gave up", getNamespace());
            fireLeadershipChangedEvent(leader ? local : null);
        }
    }

    private static final class Member implements CamelClusterMember {
        private final String id;
        private final boolean isLocal;
        private volatile boolean leader;

        Member(String id, boolean isLocal) {
            this(id, isLocal, false);
        }

        Member(String id, boolean isLocal, boolean leader) {
            this.id = id;
            this.isLocal = isLocal;
            this.leader = leader;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public boolean isLeader() {
            return leader;
        }

        @Override
        public boolean isLocal() {
            return isLocal;
        }

        @Override
        public String toString() {
            return "HazelcastClusterMember[" + id + (leader ? ", leader" : "") + "]";
        }
    }
}

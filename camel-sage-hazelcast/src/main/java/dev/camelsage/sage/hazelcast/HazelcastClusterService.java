package dev.camelsage.sage.hazelcast;

import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import org.apache.camel.support.cluster.AbstractCamelClusterService;

/**
 * A Camel cluster service on Hazelcast, for the {@code master:} component and clustered route policies: in each
 * namespace one instance of the cluster leads, on a lease in an {@code IMap} that it renews every third of
 * {@link #setLeaseTime(long) leaseTime}. When the leader dies its lease runs out and another instance takes over within
 * {@code leaseTime} (plus a third of it, the time between two attempts); a leader that stops hands over at once. A
 * leader that cannot renew its lease (cut off from the cluster) gives up the leadership before the lease ends, so two
 * leaders never overlap while the members' clocks run at the same rate and the cluster is not split (see the README
 * for split-brain protection). Open-source Hazelcast only: no CP subsystem.
 * <p>
 * Bind it in the registry (Camel Main, Spring Boot and Quarkus add every {@code CamelClusterService} bean to the
 * CamelContext) or add it with {@code context.addService(...)}.
 */
public class HazelcastClusterService extends AbstractCamelClusterService<HazelcastClusterView> {

    /** The maps of the namespaces are named this prefix plus the namespace. */
    public static final String MAP_PREFIX = "camel-sage-cluster-";

    private HazelcastInstance hazelcastInstance;
    private long leaseTime = 15_000;

    /** A service configured through its setters (as a bean from properties). */
    public HazelcastClusterService() {
    }

    public HazelcastClusterService(HazelcastInstance hazelcastInstance) {
        this.hazelcastInstance = hazelcastInstance;
    }

    @Override
    protected void doStart() throws Exception {
        if (hazelcastInstance == null) {
            throw new IllegalStateException("HazelcastClusterService has no hazelcastInstance: set the member or client"
                                            + " whose cluster elects the leaders");
        }
        if (leaseTime < 300) {
            throw new IllegalStateException("HazelcastClusterService leaseTime must be at least 300 ms, was " + leaseTime
                                            + ": a lease renewed every third of it must survive a slow answer");
        }
        super.doStart();
    }

    @Override
    public synchronized String getId() {
        if (super.getId() == null) {
            // Unique per service: two CamelContexts on one Hazelcast member are two candidates.
            setId(UUID.randomUUID().toString());
        }
        return super.getId();
    }

    @Override
    protected HazelcastClusterView createView(String namespace) {
        return new HazelcastClusterView(this, namespace);
    }

    public HazelcastInstance getHazelcastInstance() {
        return hazelcastInstance;
    }

    /** The member or client whose cluster elects the leaders; not shut down by the service. */
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.hazelcastInstance = hazelcastInstance;
    }

    public long getLeaseTime() {
        return leaseTime;
    }

    /**
     * How long (ms) a leadership lasts unless renewed: the longest the cluster waits for a dead leader's successor.
     * Shorter fails over sooner but gives up the leadership on a shorter hiccup. 15 s by default.
     */
    public void setLeaseTime(long leaseTime) {
        this.leaseTime = leaseTime;
    }
}

package dev.camelsage.sage.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} in a Hazelcast {@code IMap}, so that the sage consumer's watermark is one for the
 * whole cluster: when another instance becomes the leader it resumes exactly where the last commit left off. A write
 * returns once the owning member and its synchronous backup hold it, so a member that dies loses no committed
 * watermark.
 */
public class HazelcastStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The map used when none is named. */
    public static final String DEFAULT_MAP = "camel-sage-watermarks";

    private HazelcastInstance hazelcastInstance;
    private String mapName = DEFAULT_MAP;
    private volatile IMap<String, String> map;

    /** A repository configured through its setters (as a bean from properties). */
    public HazelcastStateRepository() {
    }

    public HazelcastStateRepository(HazelcastInstance hazelcastInstance) {
        this.hazelcastInstance = hazelcastInstance;
    }

    public HazelcastStateRepository(HazelcastInstance hazelcastInstance, String mapName) {
        this.hazelcastInstance = hazelcastInstance;
        this.mapName = mapName;
    }

    @Override
    protected void doStart() throws Exception {
        if (hazelcastInstance == null) {
            throw new IllegalStateException("HazelcastStateRepository has no hazelcastInstance: set the member or"
                                            + " client whose cluster keeps the watermarks");
        }
        map = hazelcastInstance.getMap(mapName);
    }

    @Override
    protected void doStop() throws Exception {
        map = null;
    }

    @Override
    public void setState(String key, String value) {
        started().set(key, value);
    }

    @Override
    public String getState(String key) {
        return started().get(key);
    }

    private IMap<String, String> started() {
        IMap<String, String> current = map;
        if (current == null) {
            throw new IllegalStateException("HazelcastStateRepository " + mapName + " is not started");
        }
        return current;
    }

    public HazelcastInstance getHazelcastInstance() {
        return hazelcastInstance;
    }

    /** The member or client whose cluster keeps the state; not shut down by the repository. */
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.hazelcastInstance = hazelcastInstance;
    }

    public String getMapName() {
        return mapName;
    }

    /** The {@code IMap} the state lives in; every instance that shares the state must name the same one. */
    public void setMapName(String mapName) {
        this.mapName = mapName;
    }
}

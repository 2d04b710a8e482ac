package dev.camelsage.sage.hazelcast;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Hazelcast members on 127.0.0.1 only, in a cluster of their own: a cluster name unique to this run and a port range
 * of its own, TCP-IP join, multicast and auto-detection off, so that test runs on one machine never join each other.
 * Failure detection is quick (a member silent for 4 s is removed), as the tests kill members.
 */
final class LoopbackCluster implements AutoCloseable {

    static final int PORTS = 10;

    final String name;
    final int basePort;
    private final List<HazelcastInstance> started = new ArrayList<>();

    LoopbackCluster() {
        this("camel-sage-test-" + UUID.randomUUID(), 20_000 + 10 * ThreadLocalRandom.current().nextInt(3_000));
    }

    LoopbackCluster(String name, int basePort) {
        this.name = name;
        this.basePort = basePort;
    }

    /** The configuration of every member of the cluster {@code name} on ports {@code basePort} and up. */
    static Config memberConfig(String name, int basePort) {
        Config config = new Config().setClusterName(name).setInstanceName(name + "-" + UUID.randomUUID());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.partition.count", "23");
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "4");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        NetworkConfig network = config.getNetworkConfig().setPort(basePort).setPortAutoIncrement(true).setPortCount(PORTS);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        // Without a port, a member looks for the others on basePort and the PORTS - 1 ports after it.
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        return config;
    }

    Config memberConfig() {
        return memberConfig(name, basePort);
    }

    HazelcastInstance startMember() {
        return start(memberConfig());
    }

    /** A member that holds no data: it can be told to leave without taking anything with it. */
    HazelcastInstance startLiteMember() {
        return start(memberConfig().setLiteMember(true));
    }

    /** The {@code index}-th member started (and not yet closed). */
    synchronized HazelcastInstance member(int index) {
        return started.get(index);
    }

    private synchronized HazelcastInstance start(Config config) {
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        started.add(member);
        return member;
    }

    @Override
    public synchronized void close() {
        started.forEach(member -> member.getLifecycleService().terminate());
        started.clear();
    }
}

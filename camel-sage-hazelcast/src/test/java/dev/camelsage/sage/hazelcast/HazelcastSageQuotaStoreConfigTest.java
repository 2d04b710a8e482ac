package dev.camelsage.sage.hazelcast;

import java.time.Duration;
import java.time.Instant;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.core.HazelcastInstance;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.Reservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class HazelcastSageQuotaStoreConfigTest {

    static final QuotaKey KEY = new QuotaKey("https://accounting.sageone.co.za", QuotaKey.fingerprint("key"), "1");
    static final QuotaLimits LIMITS = new QuotaLimits(100, Duration.ofMinutes(1), 5000, Duration.ofMinutes(5),
            Duration.ofHours(1), 5);

    @Test
    void startsAMemberFromItsConfigFileOnFirstUseAndShutsItDownOnClose() {
        LoopbackCluster names = new LoopbackCluster();
        System.setProperty("camel-sage.test.cluster", names.name);
        System.setProperty("camel-sage.test.port", String.valueOf(names.basePort));
        HazelcastSageQuotaStore store = new HazelcastSageQuotaStore();
        store.setConfigUri("classpath:camel-sage-test-member.yaml");
        try {
            Instant now = Instant.now();
            assertThat(store.tryReserve(KEY, LIMITS, now, now.plusSeconds(5))).isInstanceOf(Reservation.Granted.class);

            HazelcastInstance member = store.getHazelcastInstance();
            assertThat(member.getConfig().getClusterName()).isEqualTo(names.name);
            assertThat(member.getConfig().getMapConfig(HazelcastSageQuotaStore.QUOTA_MAP).getInMemoryFormat())
                    .isEqualTo(InMemoryFormat.OBJECT);
            assertThat(member.getConfig().getMapConfig(HazelcastSageQuotaStore.QUOTA_MAP).getBackupCount()).isEqualTo(1);

            store.close();
            assertThat(member.getLifecycleService().isRunning()).isFalse();
        } finally {
            store.close();
            System.clearProperty("camel-sage.test.cluster");
            System.clearProperty("camel-sage.test.port");
        }
    }

    @Test
    void leavesAnInstanceItWasGivenRunning() {
        try (LoopbackCluster cluster = new LoopbackCluster()) {
            HazelcastInstance member = cluster.startMember();
            HazelcastSageQuotaStore store = new HazelcastSageQuotaStore(member);
            Instant now = Instant.now();
            store.tryReserve(KEY, LIMITS, now, now.plusSeconds(5));

            store.close();

            assertThat(member.getLifecycleService().isRunning()).isTrue();
            assertThat(member.getMap(HazelcastSageQuotaStore.QUOTA_MAP).containsKey(KEY)).isTrue();
        }
    }

    @Test
    void worksThroughAClientOfTheCluster() {
        try (LoopbackCluster cluster = new LoopbackCluster()) {
            HazelcastInstance member = cluster.startMember();
            ClientConfig config = new ClientConfig().setClusterName(cluster.name);
            config.setProperty("hazelcast.logging.type", "slf4j");
            config.getNetworkConfig().addAddress("127.0.0.1:" + member.getCluster().getLocalMember().getAddress().getPort());
            HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
            try {
                HazelcastSageQuotaStore store = new HazelcastSageQuotaStore(client);
                Instant now = Instant.now();
                assertThat(store.block(KEY, now.plusSeconds(60), "Too many requests", now)).isTrue();

                assertThat(new HazelcastSageQuotaStore(member).tryReserve(KEY, LIMITS, now, now.plusSeconds(5)))
                        .isInstanceOf(Reservation.Blocked.class);
                assertThat(member.getConfig().getMapConfig(HazelcastSageQuotaStore.QUOTA_MAP).getInMemoryFormat())
                        .isEqualTo(InMemoryFormat.OBJECT);
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void saysWhatIsMissingWhenItHasNoHazelcast() {
        HazelcastSageQuotaStore store = new HazelcastSageQuotaStore();
        Instant now = Instant.now();

        assertThatThrownBy(() -> store.tryReserve(KEY, LIMITS, now, now))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set hazelcastInstance").hasMessageContaining("or configUri");

        store.setConfigUri("file:/no/such/hazelcast.yaml");
        assertThatThrownBy(() -> store.tryReserve(KEY, LIMITS, now, now))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/no/such/hazelcast.yaml").hasMessageContaining("does not exist: fix configUri");

        store.setConfigUri("classpath:no-such-hazelcast.yaml");
        assertThatThrownBy(() -> store.tryReserve(KEY, LIMITS, now, now))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classpath:no-such-hazelcast.yaml").hasMessageContaining("fix configUri");
    }
}

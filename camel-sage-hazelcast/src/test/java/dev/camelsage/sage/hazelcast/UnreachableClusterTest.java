package dev.camelsage.sage.hazelcast;

import java.time.Duration;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig;
import com.hazelcast.core.HazelcastInstance;
import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** When the quota cannot be checked, nothing is sent: a request fails rather than risk Sage's block. */
@Timeout(120)
class UnreachableClusterTest {

    @Test
    void aRequestFailsWithoutReachingSageWhileTheClusterIsGone() throws Exception {
        try (SageSimulator sage = SageSimulator.builder().start(); LoopbackCluster cluster = new LoopbackCluster()) {
            HazelcastInstance member = cluster.startMember();
            ClientConfig config = new ClientConfig().setClusterName(cluster.name);
            config.setProperty("hazelcast.logging.type", "slf4j");
            config.getNetworkConfig().addAddress("127.0.0.1:" + member.getCluster().getLocalMember().getAddress().getPort());
            // Fail fast instead of waiting for the cluster to come back.
            config.getConnectionStrategyConfig().setReconnectMode(ClientConnectionStrategyConfig.ReconnectMode.ASYNC);
            HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
            CamelContext context = new DefaultCamelContext();
            try {
                SageComponent component = new SageComponent();
                component.setQuotaStore(new HazelcastSageQuotaStore(client));
                SageConfiguration c = component.getConfiguration();
                c.setBaseUrl(sage.baseUrl());
                c.setUsername(SageSimulator.DEMO_USERNAME);
                c.setPassword(SageSimulator.DEMO_PASSWORD);
                c.setApiKey(SageSimulator.DEMO_API_KEY);
                c.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
                context.addComponent("sage", component);
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:call").to("sage:taxType?operation=get");
                    }
                });
                context.start();
                assertThat(context.createProducerTemplate().send("direct:call", e -> { }).getException()).isNull();
                assertThat(sage.journal().entries()).hasSize(1);

                member.getLifecycleService().terminate();
                Exchange failed = context.createProducerTemplate().send("direct:call", e -> { });

                assertThat(failed.getException()).isInstanceOf(HazelcastClientOfflineException.class);
                assertThat(sage.journal().entries()).hasSize(1);
            } finally {
                context.stop();
                client.shutdown();
            }
        }
    }
}

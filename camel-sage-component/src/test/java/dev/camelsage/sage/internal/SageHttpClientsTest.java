package dev.camelsage.sage.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageHttpClientsTest {

    @Test
    void clientsSpeakHttp11FollowNoRedirectAndUseTheGivenTlsSettings() throws Exception {
        SSLContextParameters tls = new SSLContextParameters();
        tls.setSecureSocketProtocol("TLSv1.2");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            HttpClient client = SageHttpClients.create(camel,
                    new SageHttpClients.Settings(Duration.ofSeconds(3), null, null, tls), executor);

            assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
            assertThat(client.connectTimeout()).contains(Duration.ofSeconds(3));
            assertThat(client.sslContext().getProtocol()).isEqualTo("TLSv1.2");
            assertThat(client.executor()).contains(executor);
            assertThat(client.proxy()).isEmpty();
        } finally {
            executor.shutdown();
        }
    }
}

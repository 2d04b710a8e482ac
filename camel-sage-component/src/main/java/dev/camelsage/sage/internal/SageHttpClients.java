package dev.camelsage.sage.internal;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Builds the JDK HTTP clients the component pools: HTTP/1.1 (Sage runs on IIS), no redirects followed, connect
 * timeout, optional proxy and TLS settings. The JDK client never retries a request on its own.
 */
public final class SageHttpClients {

    /**
     * The connection settings endpoints may differ in; endpoints with equal settings share one client.
     *
     * @param connectTimeout       how long to wait for a connection
     * @param proxyHost            the proxy host, or {@code null}
     * @param proxyPort            the proxy port, or {@code null}
     * @param sslContextParameters TLS settings, or {@code null} for the JVM's defaults
     */
    public record Settings(Duration connectTimeout, String proxyHost, Integer proxyPort,
                           SSLContextParameters sslContextParameters) {
    }

    private SageHttpClients() {
    }

    /**
     * @param executor runs the client's work and the continuations of answered requests (the rest of the route)
     */
    public static HttpClient create(CamelContext camelContext, Settings settings, Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .executor(executor)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout());
        if (settings.proxyHost() != null) {
            int port = settings.proxyPort() == null ? 80 : settings.proxyPort();
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(settings.proxyHost(), port)));
        }
        if (settings.sslContextParameters() != null) {
            try {
                builder.sslContext(settings.sslContextParameters().createSSLContext(camelContext));
            } catch (Exception e) {
                throw new RuntimeCamelException("Could not set up TLS from the sslContextParameters option: "
                                                + e.getMessage(), e);
            }
        }
        return builder.build();
    }
}

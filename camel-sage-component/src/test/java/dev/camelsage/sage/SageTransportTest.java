package dev.camelsage.sage;

import java.util.List;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageTransportTest extends SageTestSupport {

    @Test
    void requestsGoThroughTheConfiguredProxy() {
        // The host does not exist: only the proxy (the simulator's port) can have answered.
        String uri = "sage:item?companyId=1&baseUrl=http://sage.proxied.invalid&allowInsecureHttp=true"
                     + "&proxyHost=127.0.0.1&proxyPort=" + sage().port();

        Exchange exchange = send(uri, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).isNotEmpty();
        assertThat(lastRequest().headers()).containsEntry("host", "sage.proxied.invalid");
    }

    @Test
    void endpointsThatDifferOnlyInTheirSecretsNeverShareAProducer() {
        String right = "sage:item?companyId=1&password=" + dev.camelsage.simulator.SageSimulator.DEMO_PASSWORD;
        String wrong = "sage:item?companyId=1&password=not-the-password";

        for (int round = 0; round < 2; round++) {
            assertThat(send(right, null).getException()).isNull();
            assertThat(send(wrong, null).getException())
                    .isInstanceOf(dev.camelsage.sage.exception.SageAuthenticationException.class);
        }
        assertThat(context.getEndpoint(right)).isNotSameAs(context.getEndpoint(wrong));
        for (String uri : List.of(right, wrong)) {
            Endpoint endpoint = context.getEndpoint(uri);
            assertThat(context.getEndpoint(endpoint.getEndpointUri())).as("its URI names the same endpoint again")
                    .isSameAs(endpoint);
        }
    }

    @Test
    void endpointsWithTheSameConnectionSettingsShareOneHttpClient() {
        SageComponent component = context.getComponent("sage", SageComponent.class);
        send("sage:item?companyId=1", null);
        send("sage:customer?companyId=1", null);
        send("sage:customer?companyId=1&connectTimeout=5s", null);

        assertThat(component.httpClientCount()).isEqualTo(2);
    }
}

package dev.camelsage.sage;

import java.util.Map;

import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Options set once on the component, as Camel Main binds camel.component.sage.* properties, and endpoint overrides. */
class SageComponentOptionsTest extends SageTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = new org.apache.camel.impl.DefaultCamelContext();
        // the component is discovered from META-INF/services, its options bound through the generated configurer
        SageComponent component = camelContext.getComponent("sage", SageComponent.class);
        PropertyBindingSupport.build().withIgnoreCase(true).bind(camelContext, component, new java.util.HashMap<>(Map.of(
                "baseUrl", sage().baseUrl(), "username", SageSimulator.DEMO_USERNAME,
                "password", SageSimulator.DEMO_PASSWORD, "api-key", SageSimulator.DEMO_API_KEY,
                "companyId", OTHER_COMPANY, "rateLimitPeriod", "2m", "requestTimeout", "30s")));
        return camelContext;
    }

    @Test
    void endpointsStartFromTheComponentsOptions() {
        SageEndpoint endpoint = context.getEndpoint("sage:item", SageEndpoint.class);

        assertThat(endpoint.getConfiguration().getCompanyId()).isEqualTo(OTHER_COMPANY);
        assertThat(endpoint.getConfiguration().getRateLimitPeriod()).isEqualTo(120_000);
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(30_000);
        assertThat(send("sage:item", null).getException()).isNull();
        assertThat(lastRequest().companyId()).isEqualTo(OTHER_COMPANY);
    }

    @Test
    void anEndpointOverridesAComponentOptionForItselfOnly() {
        send("sage:item?companyId=1", null);
        long overridden = lastRequest().companyId();
        send("sage:item", null);

        assertThat(overridden).isEqualTo(COMPANY);
        assertThat(lastRequest().companyId()).isEqualTo(OTHER_COMPANY);
        assertThat(context.getComponent("sage", SageComponent.class).getConfiguration().getCompanyId())
                .isEqualTo(OTHER_COMPANY);
    }
}

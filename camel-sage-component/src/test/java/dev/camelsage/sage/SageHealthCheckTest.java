package dev.camelsage.sage;

import java.time.Duration;
import java.util.Collection;

import dev.camelsage.simulator.QuotaSettings;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spi.EndpointServiceLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageHealthCheckTest extends SageTestSupport {

    @BeforeEach
    void enableProducerHealthChecks() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
    }

    @Test
    void producerIsUpAfterAGoodCallAndTheCheckSendsNothingToSage() {
        send("sage:item?companyId=1", null);
        int requests = sage().journal().entries().size();

        HealthCheck.Result result = sageResult("sage-Item");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("sage.lastStatusCode", 200).containsEntry("sage.companyId", 1L)
                .containsKey("sage.rateLimitRemaining");
        assertThat(sage().journal().entries()).hasSize(requests);
    }

    @Test
    void producerIsDownAfterSageRefusedTheCredentials() {
        send("sage:item?companyId=1&password=wrong-password", null);

        HealthCheck.Result result = sageResult("sage-Item");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("username and password"));
    }

    @Test
    void producerIsDownWhileSageBlocksTheCompany() {
        sage().quota(QuotaSettings.sage().withWindow(1, Duration.ofMinutes(1)));
        send("sage:taxType?companyId=1", null);
        send("sage:taxType?companyId=1", null);

        HealthCheck.Result result = sageResult("sage-TaxType");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsKey("sage.blockedUntil");
    }

    @Test
    void endpointTellsWhereItsServiceIsWithoutSecrets() {
        EndpointServiceLocation location = context.getEndpoint("sage:customer?companyId=1", SageEndpoint.class);

        assertThat(location.getServiceUrl()).isEqualTo(sage().baseUrl() + "/api/2.0.0");
        assertThat(location.getServiceProtocol()).isEqualTo("http");
        assertThat(location.getServiceMetadata()).containsOnlyKeys("entity", "companyId");
    }

    private HealthCheck.Result sageResult(String idPart) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);
        return results.stream().filter(r -> r.getCheck().getId().startsWith("producer:" + idPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + idPart + " producer check in " + results.stream()
                        .map(r -> r.getCheck().getId()).toList()));
    }
}

package dev.camelsage.sage;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.internal.SageLastCall;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a {@code sage:} producer, from what it already knows: the last call's outcome and the company's quota.
 * DOWN while Sage blocks the company or after Sage refused the credentials.
 */
public class SageProducerHealthCheck extends SageHealthCheck {

    public SageProducerHealthCheck(SageEndpoint endpoint, String id) {
        super(endpoint, "producer:sage-" + id);
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void report(HealthCheckResultBuilder builder) {
        SageLastCall last = endpoint.getLastCall();
        if (last != null) {
            builder.detail("sage.lastCallTime", last.time().toString());
            builder.detail(HTTP_RESPONSE_CODE, last.statusCode());
            builder.detail("sage.lastStatusCode", last.statusCode());
            if (last.failure() != null) {
                builder.detail("sage.lastError", last.failure().getClass().getSimpleName());
            }
        }
        reportQuota(builder);
        if (builder.state() != State.DOWN && last != null && last.failure() instanceof SageAuthenticationException auth) {
            builder.message("Sage refused the " + (auth.getRejected() == SageAuthenticationException.Rejected.API_KEY
                    ? "API key" : "username and password") + " on the last call.");
            builder.down();
        }
    }
}

package dev.camelsage.sage;

import java.time.Instant;
import java.util.Map;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a {@code sage:} producer, from what it already knows: the last call's outcome and the company's quota.
 * Passive by design: a probe would spend the quota it reports on. DOWN while Sage blocks the company or after Sage
 * refused the credentials.
 */
public class SageProducerHealthCheck implements HealthCheck {

    private final SageEndpoint endpoint;
    private final String id;
    private volatile boolean enabled = true;

    public SageProducerHealthCheck(SageEndpoint endpoint, String id) {
        this.endpoint = endpoint;
        this.id = "producer:sage-" + id;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        report(builder);
        return builder.build();
    }

    private void report(HealthCheckResultBuilder builder) {
        Long companyId = endpoint.getConfiguration().getCompanyId();
        builder.detail("sage.entity", endpoint.getEntity());
        if (companyId != null) {
            builder.detail("sage.companyId", companyId);
        }
        SageLastCall last = endpoint.getLastCall();
        if (last != null) {
            builder.detail("sage.lastCallTime", last.time().toString());
            builder.detail("sage.lastStatusCode", last.statusCode());
            if (last.failure() != null) {
                builder.detail("sage.lastError", last.failure().getClass().getSimpleName());
            }
        }
        QuotaSnapshot quota = endpoint.quotaSnapshot(companyId);
        if (quota != null) {
            builder.detail("sage.usedInWindow", quota.usedInWindow());
            builder.detail("sage.usedToday", quota.usedToday());
            builder.detail("sage.rateLimitRemaining", quota.remainingInWindow());
            builder.detail("sage.dailyRateLimitRemaining", quota.remainingToday());
            builder.detail("sage.recentRateLimited", quota.recentRateLimited());
            builder.detail("sage.recentUnauthorized", quota.recentUnauthorized());
            if (quota.blockedUntil() != null && quota.blockedUntil().isAfter(Instant.now())) {
                builder.detail("sage.blockedUntil", quota.blockedUntil().toString());
                builder.message("Sage blocks company " + companyId + " until " + quota.blockedUntil()
                                + ": no request is sent before then.");
                builder.down();
                return;
            }
        }
        if (last != null && last.failure() instanceof SageAuthenticationException auth) {
            builder.message("Sage refused the " + (auth.getRejected() == SageAuthenticationException.Rejected.API_KEY
                    ? "API key" : "username and password") + " on the last call.");
            builder.down();
            return;
        }
        builder.up();
    }
}

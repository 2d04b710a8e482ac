package dev.camelsage.sage;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.util.URISupport;

/**
 * What the Sage producer and consumer checks share: passive by design (a probe would spend the quota it reports on),
 * the standard details Camel's checks carry (invocation and failure counts, the endpoint without secrets), and the
 * company's quota, DOWN while Sage blocks it.
 */
abstract class SageHealthCheck implements HealthCheck {

    protected final SageEndpoint endpoint;
    private final String id;
    private volatile boolean enabled = true;
    private final AtomicLong invocations = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong successes = new AtomicLong();
    private volatile Instant failureStart;

    SageHealthCheck(SageEndpoint endpoint, String id) {
        this.endpoint = endpoint;
        this.id = id;
    }

    /** Adds what this check knows and decides the state; {@link #reportQuota} first, it may already be DOWN. */
    protected abstract void report(HealthCheckResultBuilder builder);

    @Override
    public final Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(INVOCATION_COUNT, invocations.incrementAndGet());
        builder.detail(ENDPOINT_URI, URISupport.sanitizeUri(endpoint.getEndpointUri()));
        builder.detail("sage.entity", endpoint.getEntity());
        if (endpoint.getConfiguration().getCompanyId() != null) {
            builder.detail("sage.companyId", endpoint.getConfiguration().getCompanyId());
        }
        builder.up();
        report(builder);
        if (builder.state() == State.DOWN) {
            if (failureStart == null) {
                failureStart = endpoint.now();
            }
            builder.detail(FAILURE_COUNT, failures.incrementAndGet());
            builder.detail(FAILURE_START_TIME, failureStart.toString());
        } else {
            failureStart = null;
            failures.set(0);
            builder.detail(SUCCESS_COUNT, successes.incrementAndGet());
        }
        return builder.build();
    }

    /** The quota details; DOWN with a message while Sage blocks the company. */
    protected void reportQuota(HealthCheckResultBuilder builder) {
        Long companyId = endpoint.getConfiguration().getCompanyId();
        QuotaSnapshot quota = endpoint.quotaSnapshot(companyId);
        if (quota == null) {
            return;
        }
        builder.detail("sage.usedInWindow", quota.usedInWindow());
        builder.detail("sage.usedToday", quota.usedToday());
        builder.detail("sage.rateLimitRemaining", quota.remainingInWindow());
        builder.detail("sage.dailyRateLimitRemaining", quota.remainingToday());
        builder.detail("sage.recentRateLimited", quota.recentRateLimited());
        builder.detail("sage.recentUnauthorized", quota.recentUnauthorized());
        if (quota.isBlockedAt(endpoint.now())) {
            builder.detail("sage.blockedUntil", quota.blockedUntil().toString());
            builder.message("Sage blocks company " + companyId + " until " + quota.blockedUntil() + " ("
                            + quota.blockReason() + "): no request is sent before then.");
            builder.down();
        }
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
}

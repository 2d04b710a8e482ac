package dev.camelsage.sage.quota;

import java.util.concurrent.CompletableFuture;

/**
 * Keeps every request of a CamelContext for one API key and company within Sage's quota. One guard is shared by all
 * endpoints, producers and consumers of a component.
 */
public interface SageQuotaGuard {

    /**
     * Asks for the right to send one request. The future completes with a permit as soon as a slot is free, or
     * exceptionally with {@link dev.camelsage.sage.exception.SageRateLimitException} (blocked, or no slot within
     * {@code maxQuotaWait}) or {@link dev.camelsage.sage.exception.SageAuthenticationException} (too many failed
     * logins). It never parks the calling thread while waiting.
     */
    CompletableFuture<QuotaPermit> acquire(QuotaRequest request);

    /** The current state of one quota, without spending any of it. */
    QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits);
}

package dev.camelsage.sage.internal.quota;

import java.time.Duration;

import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

/**
 * What the guard needs to know about one request: whose quota and credentials it spends, under which limits, how
 * long it may be in flight at most, and enough context (entity, operation) to write an exception a route can act on.
 *
 * @param leaseTime the longest the request can take from being sent to being answered (connect and request
 *                  timeouts); a store counts a slot never given back as completed after it
 */
public record QuotaRequest(QuotaKey key, LoginKey login, QuotaLimits limits, Duration leaseTime, String entity,
                           String operation) {
}

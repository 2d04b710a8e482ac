package dev.camelsage.sage.quota;

import java.io.Serializable;
import java.time.Instant;

/**
 * One reserved request of a quota.
 *
 * @param key       the quota
 * @param id        unique within the quota
 * @param expiresAt when the request counts as completed if it is never released
 */
public record QuotaLease(QuotaKey key, long id, Instant expiresAt) implements Serializable {
}

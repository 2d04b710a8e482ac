package dev.camelsage.sage.quota;

/**
 * What the guard needs to know about one request: whose quota it spends, under which limits, and enough context
 * (entity, operation) to write an exception a route can act on.
 */
public record QuotaRequest(QuotaKey key, String username, QuotaLimits limits, String entity, String operation) {
}

package dev.camelsage.sage.quota;

import java.time.Duration;

/**
 * The limits the component keeps one quota under, taken from the endpoint's options.
 *
 * @param rateLimit       most requests in any window of {@code rateLimitPeriod}
 * @param rateLimitPeriod the sliding window
 * @param dailyRateLimit  most requests in any 24 hours
 * @param maxQuotaWait    how long a request may wait for a free slot before it fails
 * @param blockDuration   how long to hold every request back after a 429 that carries no {@code Retry-After}
 * @param maxFailedLogins how many 401s one username may collect in an hour before its requests are held back
 */
public record QuotaLimits(int rateLimit, Duration rateLimitPeriod, int dailyRateLimit, Duration maxQuotaWait,
                          Duration blockDuration, int maxFailedLogins) {
}

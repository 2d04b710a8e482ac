package dev.camelsage.sage.quota;

import java.io.Serializable;
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
                          Duration blockDuration, int maxFailedLogins) implements Serializable {

    /** The longest window the daily log can serve. */
    private static final Duration DAY = Duration.ofHours(24);

    public QuotaLimits {
        require(rateLimit > 0, "rateLimit must be at least 1, was " + rateLimit);
        require(dailyRateLimit > 0, "dailyRateLimit must be at least 1, was " + dailyRateLimit);
        require(maxFailedLogins > 0, "maxFailedLogins must be at least 1, was " + maxFailedLogins);
        require(isPositive(rateLimitPeriod) && rateLimitPeriod.compareTo(DAY) <= 0,
                "rateLimitPeriod must be between 1 ms and 24 hours, was " + rateLimitPeriod);
        require(maxQuotaWait != null && !maxQuotaWait.isNegative(),
                "maxQuotaWait must be zero or more, was " + maxQuotaWait);
        require(isPositive(blockDuration), "blockDuration must be positive, was " + blockDuration);
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean valid, String problem) {
        if (!valid) {
            throw new IllegalArgumentException("Invalid Sage quota option: " + problem
                    + ". Fix the option on the sage component or endpoint.");
        }
    }
}

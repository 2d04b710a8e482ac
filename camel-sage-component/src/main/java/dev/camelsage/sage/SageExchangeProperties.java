package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;

import dev.camelsage.sage.exception.SageRateLimitException;
import org.apache.camel.Exchange;

/**
 * What a {@code sage:} producer leaves on the exchange for error handlers, such as {@link SageErrorHandling}: whether
 * the failed request may be sent again, how long to wait before, and when an unconfirmed create was sent.
 */
public final class SageExchangeProperties {

    /**
     * Exchange property, {@code Boolean}: whether the last Sage request of the exchange can be sent again without
     * creating a second record (lists, reads, updates, deletes, calls Sage documents as safe).
     */
    public static final String REPEATABLE = "CamelSageRepeatable";

    /**
     * Exchange property, {@link Instant}: when a create with {@code reconcileBy} was sent without an answer. A
     * redelivery first looks for the record created since then.
     */
    public static final String CREATE_ATTEMPT = "CamelSageCreateAttempt";

    /** A little past the end of a block, so the redelivery never arrives a moment too early. */
    private static final Duration MARGIN = Duration.ofMillis(100);

    private SageExchangeProperties() {
    }

    /**
     * Marks a failed exchange for the error handler: after a {@link SageRateLimitException} Camel's redelivery waits
     * exactly until the block lifts ({@link Exchange#REDELIVERY_DELAY} overrides any configured delay).
     */
    static void onFailure(Exchange exchange, Throwable cause, Instant now) {
        if (cause instanceof SageRateLimitException limited && limited.getBlockedUntil() != null) {
            long delay = Math.max(0, Duration.between(now, limited.getBlockedUntil()).plus(MARGIN).toMillis());
            exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, delay);
        }
    }
}

package dev.camelsage.sage;

import java.time.Duration;

import dev.camelsage.sage.exception.SageRateLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * The {@code retryWhile} of a {@link SageRateLimitException}: redelivers at most {@code maximumRedeliveries} times,
 * each time exactly when the block lifts, as long as it lifts within {@code maximumWait} (65 minutes: Sage's one-hour
 * block is waited out, a day's quota used up or a username locked out for a day is not, and the exchange fails at
 * once with the exception that says until when). It sets {@link Exchange#REDELIVERY_DELAY} only at the moment Camel decides to
 * redeliver (and the redelivery restores the message without it), and removes it when it gives up, so an exchange
 * that is handled, continued or dead-lettered never carries a stale delay into the next error handler.
 * {@link SageErrorHandling} uses it; use it in your own {@code onException} the same way:
 * {@code onException(SageRateLimitException.class).retryWhile(new SageBlockRedelivery(3)).asyncDelayedRedelivery()}.
 */
public class SageBlockRedelivery implements Predicate {

    /** A little past the end of a block, so the redelivery never arrives a moment too early. */
    private static final Duration MARGIN = Duration.ofMillis(100);

    /** Sage's block, one hour, and a margin for the clocks: a longer wait is a day's quota or a locked username. */
    public static final Duration DEFAULT_MAXIMUM_WAIT = Duration.ofMinutes(65);

    private int maximumRedeliveries;
    private Duration maximumWait = DEFAULT_MAXIMUM_WAIT;

    /** For bean definitions (YAML), with {@link #setMaximumRedeliveries} and {@link #setMaximumWait}. */
    public SageBlockRedelivery() {
        this(3);
    }

    public SageBlockRedelivery(int maximumRedeliveries) {
        this.maximumRedeliveries = maximumRedeliveries;
    }

    public SageBlockRedelivery(int maximumRedeliveries, Duration maximumWait) {
        this.maximumRedeliveries = maximumRedeliveries;
        this.maximumWait = maximumWait;
    }

    @Override
    public boolean matches(Exchange exchange) {
        int attempt = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        SageRateLimitException limited = exchange.getException(SageRateLimitException.class);
        if (limited == null || limited.getRetryAfter() == null || attempt > maximumRedeliveries
                || limited.getRetryAfter().compareTo(maximumWait) > 0) {
            exchange.getMessage().removeHeader(Exchange.REDELIVERY_DELAY);
            return false;
        }
        long delay = Math.max(0, limited.getRetryAfter().plus(MARGIN).toMillis());
        exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, delay);
        return true;
    }

    public int getMaximumRedeliveries() {
        return maximumRedeliveries;
    }

    public void setMaximumRedeliveries(int maximumRedeliveries) {
        this.maximumRedeliveries = maximumRedeliveries;
    }

    public Duration getMaximumWait() {
        return maximumWait;
    }

    /** The longest block worth waiting for; an exchange facing a longer one fails at once. */
    public void setMaximumWait(Duration maximumWait) {
        this.maximumWait = maximumWait;
    }
}

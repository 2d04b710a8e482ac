package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;

import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a rate-limited exchange is redelivered, and with which delay: the limits exactly at their edges. */
class SageBlockRedeliveryTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aBeanMadeWithoutArgumentsWaitsOutSagesHourBlockThreeTimes() {
        SageBlockRedelivery redelivery = new SageBlockRedelivery();

        assertThat(redelivery.getMaximumRedeliveries()).isEqualTo(3);
        assertThat(redelivery.getMaximumWait()).isEqualTo(Duration.ofMinutes(65));
        assertThat(redelivery.matches(limited(HOUR, 3))).isTrue();
        assertThat(redelivery.matches(limited(HOUR, 4))).isFalse();
    }

    @Test
    void redeliversUpToTheLastAllowedAttemptAndNotOnceMore() {
        SageBlockRedelivery redelivery = new SageBlockRedelivery(2);

        assertThat(redelivery.matches(limited(HOUR, 0))).isTrue();
        assertThat(redelivery.matches(limited(HOUR, 2))).isTrue();
        assertThat(redelivery.matches(limited(HOUR, 3))).isFalse();
    }

    @Test
    void waitsForABlockEndingExactlyAtTheMaximumWaitButNotAMillisecondLonger() {
        SageBlockRedelivery redelivery = new SageBlockRedelivery(3, Duration.ofMinutes(10));

        assertThat(redelivery.matches(limited(Duration.ofMinutes(10), 0))).isTrue();
        assertThat(redelivery.matches(limited(Duration.ofMinutes(10).plusMillis(1), 0))).isFalse();
    }

    @Test
    void theDelayIsTheBlockLeftAndAMarginAndNeverNegative() {
        Exchange exchange = limited(Duration.ofSeconds(30), 0);
        new SageBlockRedelivery(3).matches(exchange);
        assertThat(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY)).isEqualTo(30_100L);

        Exchange late = limited(Duration.ofSeconds(-5), 0);
        assertThat(new SageBlockRedelivery(3).matches(late)).as("the block has already ended").isTrue();
        assertThat(late.getMessage().getHeader(Exchange.REDELIVERY_DELAY)).isEqualTo(0L);
    }

    @Test
    void givingUpRemovesTheDelaySoNoLaterErrorHandlerInheritsIt() {
        Exchange exchange = limited(HOUR, 1);
        SageBlockRedelivery redelivery = new SageBlockRedelivery(1);
        assertThat(redelivery.matches(exchange)).isTrue();

        exchange.getMessage().setHeader(Exchange.REDELIVERY_COUNTER, 2);
        assertThat(redelivery.matches(exchange)).isFalse();
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(Exchange.REDELIVERY_DELAY);
    }

    @Test
    void onlyARateLimitWithAKnownEndIsWaitedFor() {
        Exchange other = new DefaultExchange(new DefaultCamelContext());
        other.setException(new SageServerException("boom", 500, java.util.List.of(), "Customer", "get", "1", null,
                java.util.Map.of()));
        assertThat(new SageBlockRedelivery(3).matches(other)).isFalse();

        assertThat(new SageBlockRedelivery(3).matches(limited(null, 0))).as("no end known").isFalse();
    }

    @Test
    void theSettersOfABeanDefinitionTakeEffect() {
        SageBlockRedelivery redelivery = new SageBlockRedelivery();
        redelivery.setMaximumRedeliveries(0);
        redelivery.setMaximumWait(Duration.ofMinutes(1));

        assertThat(redelivery.matches(limited(Duration.ofSeconds(30), 0))).isTrue();
        assertThat(redelivery.matches(limited(Duration.ofSeconds(30), 1))).isFalse();
        assertThat(redelivery.matches(limited(Duration.ofMinutes(2), 0))).isFalse();
    }

    private static Exchange limited(Duration retryAfter, int redeliveries) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(Exchange.REDELIVERY_COUNTER, redeliveries);
        exchange.setException(SageRateLimitException.heldBack("blocked", Instant.parse("2026-12-02T12:00:00Z"),
                retryAfter, "test", "Customer", "get", "1"));
        return exchange;
    }
}

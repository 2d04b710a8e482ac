package dev.camelsage.sage;

import java.io.IOException;
import java.time.Duration;

import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;

/**
 * Ready-made error handling for routes that call Sage, adopted with {@code routeConfigurationId("sage-error-handling")}
 * once this builder is added to the context ({@code context.addRoutes(new SageErrorHandling())}). YAML routes get the
 * same from the classpath resource {@value #YAML_RESOURCE}. Every redelivery is asynchronous: no thread waits. It
 * needs nothing beyond camel-sage and Camel's core: its conditions read exchange properties the producer sets.
 * <ul>
 * <li>{@link SageRateLimitException}: redelivered when the block lifts ({@link SageBlockRedelivery}), at most
 * {@code sage.error-handling.rate-limit-redeliveries} times (3), if it lifts within
 * {@code sage.error-handling.rate-limit-maximum-wait} ms (65 minutes); a longer block (a day's quota used up, a
 * username locked out) fails the exchange at once.</li>
 * <li>{@link SageServerException} and {@link IOException} of a request that can be sent again (see
 * {@link SageExchangeProperties#REPEATABLE}: reads, updates, deletes, creates with {@code reconcileBy}, and any
 * request answered 503): exponential backoff from {@code sage.error-handling.server-error-delay} ms (1000), doubling up
 * to a minute, at most {@code sage.error-handling.server-error-redeliveries} times (4).</li>
 * <li>{@link SageUnknownOutcomeException} of a create with the {@code reconcileBy} option: redelivered, and the
 * producer looks for the record the lost attempt may have created before it sends anything, at most
 * {@code sage.error-handling.unknown-outcome-redeliveries} times (3). Without {@code reconcileBy} it is never
 * retried: a second create could duplicate the record.</li>
 * </ul>
 * Exhausted exchanges go to the route's own error handler, for example a dead letter channel.
 */
public class SageErrorHandling extends RouteConfigurationBuilder {

    /** The id routes name in {@code routeConfigurationId}. */
    public static final String ID = "sage-error-handling";
    /** The same route configuration for YAML routes. */
    public static final String YAML_RESOURCE = "classpath:camel-sage/sage-error-handling.camel.yaml";

    static final String REPEATABLE = "${exchangeProperty." + SageExchangeProperties.REPEATABLE + "} == true";
    static final String RECONCILABLE_CREATE = "${exchangeProperty." + SageExchangeProperties.CREATE_ATTEMPT + "} != null";

    @Override
    public void configuration() {
        String rateLimitRedeliveries = "{{sage.error-handling.rate-limit-redeliveries:3}}";
        RouteConfigurationDefinition configuration = routeConfiguration(ID);
        configuration.onException(SageRateLimitException.class)
                .retryWhile(new SageBlockRedelivery(
                        Integer.parseInt(getContext().resolvePropertyPlaceholders(rateLimitRedeliveries)),
                        Duration.ofMillis(Long.parseLong(getContext().resolvePropertyPlaceholders(
                                "{{sage.error-handling.rate-limit-maximum-wait:"
                                + SageBlockRedelivery.DEFAULT_MAXIMUM_WAIT.toMillis() + "}}")))))
                .maximumRedeliveries(rateLimitRedeliveries)
                .asyncDelayedRedelivery()
                .retryAttemptedLogLevel(LoggingLevel.WARN);
        for (Class<? extends Throwable> transientFailure : java.util.List.of(SageServerException.class, IOException.class)) {
            configuration.onException(transientFailure)
                    .onWhen(simple(REPEATABLE))
                    .maximumRedeliveries("{{sage.error-handling.server-error-redeliveries:4}}")
                    .redeliveryDelay("{{sage.error-handling.server-error-delay:1000}}")
                    .useExponentialBackOff().backOffMultiplier(2).maximumRedeliveryDelay(60_000)
                    .asyncDelayedRedelivery()
                    .retryAttemptedLogLevel(LoggingLevel.WARN);
        }
        configuration.onException(SageUnknownOutcomeException.class)
                .onWhen(simple(RECONCILABLE_CREATE))
                .maximumRedeliveries("{{sage.error-handling.unknown-outcome-redeliveries:3}}")
                .redeliveryDelay(1000)
                .asyncDelayedRedelivery()
                .retryAttemptedLogLevel(LoggingLevel.WARN);
    }
}

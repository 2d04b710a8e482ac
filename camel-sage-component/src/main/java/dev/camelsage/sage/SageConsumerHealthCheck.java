package dev.camelsage.sage;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a {@code sage:} consumer: Camel's own check of its polls (DOWN while polls fail), plus DOWN while Sage
 * blocks its company (it skips its polls then, without failing), the polls skipped so far and the watermark it has
 * reached. Passive: it sends nothing to Sage.
 */
public class SageConsumerHealthCheck extends SageHealthCheck {

    private final SageConsumer consumer;
    private final HealthCheck polls;

    /** @param polls Camel's check of the consumer's polls, whose state and details this one starts from */
    public SageConsumerHealthCheck(SageConsumer consumer, HealthCheck polls) {
        super(consumer.getEndpoint(), polls == null ? "consumer:sage-" + consumer.getRouteId() : polls.getId());
        this.consumer = consumer;
        this.polls = polls;
    }

    @Override
    protected void report(HealthCheckResultBuilder builder) {
        if (polls != null) {
            Result result = polls.call();
            builder.details(result.getDetails());
            builder.state(result.getState());
            result.getMessage().ifPresent(builder::message);
            result.getError().ifPresent(builder::error);
        }
        builder.detail("sage.skippedPolls", consumer.getSkippedPolls());
        String watermark = consumer.getWatermark();
        if (watermark != null) {
            builder.detail("sage.watermark", watermark);
        }
        if (builder.state() == State.DOWN) {
            return;
        }
        reportQuota(builder);
        String skipping = consumer.getSkipReason();
        if (builder.state() != State.DOWN && skipping != null) {
            builder.message("Polls are skipped: " + skipping);
        }
    }
}

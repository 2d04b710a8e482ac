package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.internal.Futures;
import dev.camelsage.sage.internal.paging.SageChangeFeed;
import dev.camelsage.sage.internal.paging.SageSince;
import dev.camelsage.sage.internal.paging.SageWatermark;
import dev.camelsage.sage.quota.QuotaSnapshot;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits one exchange per new or changed record of the endpoint's entity, oldest {@code Modified} first. A record's
 * watermark is committed only when its exchange completed; the first failed exchange ends the batch, and the next
 * poll reads it again. Polls are skipped, and said so, while Sage blocks the company or when the company's daily quota
 * is down to what the consumer leaves to producers ({@code pollReserve}).
 */
public class SageConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(SageConsumer.class);

    private final SageEndpoint endpoint;
    private final SageConfiguration configuration;
    private SageChangeFeed feed;
    private volatile String skipReason;
    private volatile long skippedPolls;

    public SageConsumer(SageEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public SageEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        SageSince since = SageSince.parse(configuration.getSince());
        StateRepository<String, String> state = endpoint.stateRepository();
        // Several consumers may share one repository: the CamelContext starts it once and stops it at shutdown, so
        // stopping one route never clears the watermarks of the others.
        if (!endpoint.getCamelContext().hasService(state)) {
            endpoint.getCamelContext().addService(state, true, true);
        }
        feed = endpoint.api().changes(endpoint.target(configuration.getCompanyId(), "poll"),
                new SageChangeFeed.Watermarks() {
                    @Override
                    public String get(String key) {
                        return state.getState(key);
                    }

                    @Override
                    public void set(String key, String value) {
                        state.setState(key, value);
                    }
                }, configuration.getFilter(),
                new SageChangeFeed.Start(stateKey(), since, Duration.ofMillis(configuration.getLookback())));
        // Last: with initialDelay=0 the first poll runs as soon as the scheduler starts.
        super.doStart();
        if (!(getHealthCheck() instanceof SageConsumerHealthCheck)) {
            setHealthCheck(new SageConsumerHealthCheck(this, getHealthCheck()));
        }
    }

    /** {@code entity:companyId}, plus {@code :filter} so consumers of differently filtered lists keep apart. */
    String stateKey() {
        String filter = configuration.getFilter();
        return endpoint.getEntity() + ":" + configuration.getCompanyId()
               + (filter == null || filter.isBlank() ? "" : ":" + filter.trim());
    }

    @Override
    protected int poll() throws Exception {
        String skip = reasonToSkip();
        if (skip != null) {
            skippedPolls++;
            if (!skip.equals(skipReason)) {
                LOG.warn("Skipping the polls of sage:{} for company {}: {}", endpoint.getEntity(),
                        configuration.getCompanyId(), skip);
            }
            skipReason = skip;
            return 0;
        }
        if (skipReason != null) {
            LOG.info("Polling sage:{} for company {} again after {} skipped polls", endpoint.getEntity(),
                    configuration.getCompanyId(), skippedPolls);
            skipReason = null;
        }
        List<JsonNode> records = Futures.join(feed.poll(getMaxMessagesPerPoll()));
        Queue<Object> exchanges = new ArrayDeque<>(records.size());
        for (JsonNode record : records) {
            exchanges.add(createExchange(record));
        }
        return processBatch(exchanges);
    }

    /** Why this poll must not call Sage, or {@code null}. */
    private String reasonToSkip() {
        QuotaSnapshot quota = endpoint.quotaSnapshot(configuration.getCompanyId());
        Instant now = endpoint.now();
        if (quota == null) {
            return null;
        }
        if (quota.isBlockedAt(now)) {
            return "Sage blocks the company until " + quota.blockedUntil() + " (" + quota.blockReason()
                   + "); polling resumes then";
        }
        if (quota.remainingToday() <= configuration.getPollReserve() && configuration.getPollReserve() > 0) {
            return "only " + quota.remainingToday() + " requests are left of the company's daily quota, and pollReserve"
                   + " keeps " + configuration.getPollReserve() + " for producers; polling resumes as the day's"
                   + " requests age out";
        }
        return null;
    }

    private Exchange createExchange(JsonNode record) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(endpoint.getConverter().toEntity(record));
        SageWatermark version = SageWatermark.of(record);
        if (record.hasNonNull("ID")) {
            message.setHeader(SageConstants.ID, record.get("ID").asLong());
        }
        if (version != null) {
            message.setHeader(SageConstants.MODIFIED, version.modified());
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange completed) {
                feed.commit(record);
            }
        });
        return exchange;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        for (int index = 0; index < total; index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            if (!isBatchAllowed()) {
                releaseExchange(exchange, false);
                continue;
            }
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            // Read before the exchange is released: a pooled exchange is reset then.
            Exception failure = exchange.getException();
            if (failure != null) {
                getExceptionHandler().handleException("sage:" + endpoint.getEntity() + " record "
                                                      + exchange.getMessage().getHeader(SageConstants.ID)
                                                      + " failed; it and the records after it are read again on the next"
                                                      + " poll", exchange, failure);
            }
            releaseExchange(exchange, false);
            if (failure != null) {
                pendingExchanges = 0;
                exchanges.forEach(left -> releaseExchange((Exchange) left, false));
                return index;
            }
        }
        return total;
    }

    /** How many polls were skipped (blocked, or the daily reserve reached) since the consumer started. */
    public long getSkippedPolls() {
        return skippedPolls;
    }

    /** Why polls are being skipped now, or {@code null} when the last poll ran. */
    public String getSkipReason() {
        return skipReason;
    }

    /** The committed watermark as stored ({@code Modified|ID}), or {@code null} before the first delivery. */
    public String getWatermark() {
        SageChangeFeed current = feed;
        SageWatermark watermark = current == null ? null : current.watermark();
        return watermark == null ? null : watermark.toState();
    }
}

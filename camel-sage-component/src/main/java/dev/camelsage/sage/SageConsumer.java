package dev.camelsage.sage;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.internal.Futures;
import dev.camelsage.sage.internal.SageEntities;
import dev.camelsage.sage.internal.client.SageApi;
import dev.camelsage.sage.internal.client.SageTarget;
import dev.camelsage.sage.internal.paging.SageChangeFeed;
import dev.camelsage.sage.internal.paging.SageRecordFeed;
import dev.camelsage.sage.internal.paging.SageSince;
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
    private List<SageRecordFeed> feeds = List.of();
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
        feeds = feeds(since, new SageRecordFeed.Watermarks() {
            @Override
            public String get(String key) {
                return state.getState(key);
            }

            @Override
            public void set(String key, String value) {
                state.setState(key, value);
            }
        });
        // Last: with initialDelay=0 the first poll runs as soon as the scheduler starts.
        super.doStart();
        if (!(getHealthCheck() instanceof SageConsumerHealthCheck)) {
            setHealthCheck(new SageConsumerHealthCheck(this, getHealthCheck()));
        }
    }

    /**
     * Changed records by {@code Modified}, and records never edited (an empty {@code Modified}) by {@code Created};
     * for services whose records carry neither, new records by {@code ID}.
     */
    private List<SageRecordFeed> feeds(SageSince since, SageRecordFeed.Watermarks watermarks) {
        SageApi api = endpoint.api();
        SageTarget target = endpoint.listTarget(configuration.getCompanyId(), "poll", configuration.isIncludeDetail());
        String filter = configuration.getFilter();
        String entity = endpoint.getEntity();
        if (!SageEntities.hasList(entity)) {
            throw new IllegalArgumentException("sage:" + entity + " cannot be consumed: its Get takes criteria in a"
                                               + " POST body, so there is no list to poll. Call it from a timer route"
                                               + " with operation=call instead.");
        }
        if (!SageEntities.hasTimestamps(entity)) {
            if (since instanceof SageSince.From) {
                throw new IllegalArgumentException("sage:" + entity + " has since=" + configuration.getSince() + ", but"
                                                   + " " + entity + " records carry neither Created nor Modified: use"
                                                   + " since=beginning or since=now.");
            }
            return List.of(api.newRecords(target, watermarks, "new:" + stateKey(), filter,
                    since instanceof SageSince.Now));
        }
        Duration lookback = Duration.ofMillis(configuration.getLookback());
        return List.of(
                api.changes(target, watermarks, filter, new SageChangeFeed.Start(stateKey(), since, lookback,
                        "Modified", null)),
                api.changes(target, watermarks, filter, new SageChangeFeed.Start("created:" + stateKey(), since,
                        lookback, "Created", "Modified eq null")));
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
        long max = getMaxMessagesPerPoll();
        int processed = 0;
        for (SageRecordFeed feed : feeds) {
            long left = max > 0 ? max - processed : 0;
            if (max > 0 && left <= 0) {
                break;
            }
            Queue<Object> exchanges = new ArrayDeque<>();
            for (JsonNode record : Futures.join(feed.poll(left))) {
                exchanges.add(createExchange(feed, record));
            }
            int total = exchanges.size();
            int done = processBatch(exchanges);
            processed += done;
            if (done < total) {
                break; // a record failed: it, and what follows it, is read again on the next poll
            }
        }
        return processed;
    }

    /** Why this poll must not call Sage, or {@code null}. */
    private String reasonToSkip() {
        QuotaSnapshot quota = endpoint.api().quota(configuration.getCompanyId());
        if (quota.isBlockedAt(endpoint.now())) {
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

    private Exchange createExchange(SageRecordFeed feed, JsonNode record) {
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(endpoint.getConverter().toEntity(record));
        if (record.hasNonNull("ID")) {
            message.setHeader(SageConstants.ID, record.get("ID").asLong());
        }
        if (record.path("Modified").isTextual() && !record.path("Modified").asText().isBlank()) {
            message.setHeader(SageConstants.MODIFIED, record.get("Modified").asText());
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
                releaseAll(exchange, exchanges);
                return index; // shutting down: what is left is read again on the next poll
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
                releaseAll(exchange, exchanges);
                return index;
            }
            releaseExchange(exchange, false);
        }
        return total;
    }

    private void releaseAll(Exchange current, Queue<Object> left) {
        pendingExchanges = 0;
        releaseExchange(current, false);
        left.forEach(exchange -> releaseExchange((Exchange) exchange, false));
    }

    /** How many polls were skipped (blocked, or the daily reserve reached) since the consumer started. */
    public long getSkippedPolls() {
        return skippedPolls;
    }

    /** Why polls are being skipped now, or {@code null} when the last poll ran. */
    public String getSkipReason() {
        return skipReason;
    }

    /**
     * How far the consumer has delivered, as stored: {@code Modified <date>|<ID>} (and {@code Created <date>|<ID>}
     * for records never edited), or {@code ID <n>} for services without dates; {@code null} before the first delivery.
     */
    public String getWatermark() {
        String positions = feeds.stream().map(SageRecordFeed::position).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        return positions.isEmpty() ? null : positions;
    }
}

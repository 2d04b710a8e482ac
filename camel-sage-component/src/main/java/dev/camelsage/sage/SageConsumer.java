package dev.camelsage.sage;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.paging.SageChangeFeed;
import dev.camelsage.sage.paging.SagePageFetcher;
import dev.camelsage.sage.paging.SagePager;
import dev.camelsage.sage.paging.SageSince;
import dev.camelsage.sage.paging.SageWatermark;
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
 * poll reads it again. Polls are skipped while the quota guard holds the company blocked.
 */
public class SageConsumer extends ScheduledBatchPollingConsumer {

    /** One poll a minute: Sage has no webhooks, and each poll spends at least one request of the company's quota. */
    static final long DEFAULT_DELAY = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(SageConsumer.class);

    private final SageEndpoint endpoint;
    private final SageConfiguration configuration;
    private SageChangeFeed feed;

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
        SagePageFetcher fetcher = endpoint.listFetcher(configuration.getCompanyId(), "consumer");
        SagePager pager = new SagePager(fetcher, endpoint.getEntity(), configuration.getProgressLogInterval());
        feed = new SageChangeFeed(fetcher, pager, state, stateKey(), configuration.getFilter(), since);
        super.doStart();
    }

    /** {@code entity:companyId}, plus {@code :filter} so consumers of differently filtered lists keep apart. */
    String stateKey() {
        String filter = configuration.getFilter();
        return endpoint.getEntity() + ":" + configuration.getCompanyId()
               + (filter == null || filter.isBlank() ? "" : ":" + filter.trim());
    }

    @Override
    protected int poll() throws Exception {
        QuotaSnapshot quota = endpoint.quotaSnapshot(configuration.getCompanyId());
        if (quota != null && quota.blockedUntil() != null && quota.blockedUntil().isAfter(Instant.now())) {
            LOG.debug("Skipping the poll of sage:{} for company {}: the company is blocked until {}",
                    endpoint.getEntity(), configuration.getCompanyId(), quota.blockedUntil());
            return 0;
        }
        List<JsonNode> records;
        try {
            records = feed.poll(getMaxMessagesPerPoll()).get();
        } catch (ExecutionException | CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        Queue<Object> exchanges = new ArrayDeque<>(records.size());
        for (JsonNode record : records) {
            exchanges.add(createExchange(record));
        }
        return processBatch(exchanges);
    }

    private Exchange createExchange(JsonNode record) {
        Exchange exchange = createExchange(true);
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
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                pendingExchanges = 0;
                getExceptionHandler().handleException("sage:" + endpoint.getEntity() + " record "
                                                      + exchange.getMessage().getHeader(SageConstants.ID)
                                                      + " failed; it and the records after it are read again on the next"
                                                      + " poll", exchange, exchange.getException());
                return index;
            }
        }
        return total;
    }
}

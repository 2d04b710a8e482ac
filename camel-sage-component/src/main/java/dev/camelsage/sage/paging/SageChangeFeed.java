package dev.camelsage.sage.paging;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.spi.StateRepository;

/**
 * The new and changed records of one entity and company, oldest first, by keyset on ({@code Modified}, {@code ID})
 * after a watermark kept in a {@link StateRepository}. The watermark moves only when the caller commits a record it
 * has delivered, so a record whose delivery failed is read again on the next poll, and a restart resumes where the
 * last commit left off.
 */
public final class SageChangeFeed {

    static final String ORDER = "Modified,ID";
    private static final String LATEST_FIRST = "Modified desc,ID desc";

    private final SagePager pager;
    private final SagePageFetcher fetcher;
    private final StateRepository<String, String> state;
    private final String stateKey;
    private final String filter;
    private final SageSince since;

    /**
     * @param fetcher  list calls of the entity and company
     * @param pager    the pager over the same fetcher
     * @param state    where the watermark is kept
     * @param stateKey the watermark's key, unique per entity and company (and filter, when several consumers differ)
     * @param filter   the user's {@code $filter} that every poll keeps, or {@code null}
     * @param since    where to start when {@code state} holds no watermark under {@code stateKey}
     */
    public SageChangeFeed(SagePageFetcher fetcher, SagePager pager, StateRepository<String, String> state,
                          String stateKey, String filter, SageSince since) {
        this.fetcher = fetcher;
        this.pager = pager;
        this.state = state;
        this.stateKey = stateKey;
        this.filter = filter == null || filter.isBlank() ? null : filter.trim();
        this.since = since;
    }

    /** The committed watermark; {@code null} when the feed starts from the beginning. */
    public SageWatermark watermark() {
        return SageWatermark.fromState(state.getState(stateKey));
    }

    /**
     * Reads up to {@code max} records after the committed watermark, oldest first. With {@code since=now} and no
     * stored watermark, the first poll only finds the newest record (one call of one record) and keeps it as the
     * watermark, using Sage's clock rather than this machine's.
     */
    public CompletableFuture<List<JsonNode>> poll(long max) {
        String stored = state.getState(stateKey);
        SageWatermark watermark = SageWatermark.fromState(stored);
        if (stored == null && since instanceof SageSince.From from) {
            watermark = from.watermark();
        } else if (stored == null && since instanceof SageSince.Now) {
            return startNow();
        }
        SagePagingPlan plan = new SagePagingPlan(filter, watermark == null ? null : watermark.after(), ORDER, 0,
                max > 0 ? max : Long.MAX_VALUE, SageWatermark.keyset());
        return pager.collect(plan, record -> record).thenApply(SageListResult::records);
    }

    /** Moves the watermark past a delivered record. */
    public void commit(JsonNode record) {
        SageWatermark next = SageWatermark.of(record);
        if (next != null) {
            state.setState(stateKey, next.toState());
        }
    }

    private CompletableFuture<List<JsonNode>> startNow() {
        CompletableFuture<SagePage> latest;
        try {
            latest = fetcher.fetch(new SageListQuery(filter, LATEST_FIRST, 0, 1));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return latest.thenApply(page -> {
            SageWatermark newest = page.results().isEmpty() ? null : SageWatermark.of(page.results().get(0));
            // Stored as "" when there is nothing yet: every record that appears later is a change after now.
            state.setState(stateKey, newest == null ? "" : newest.toState());
            return List.of();
        });
    }
}

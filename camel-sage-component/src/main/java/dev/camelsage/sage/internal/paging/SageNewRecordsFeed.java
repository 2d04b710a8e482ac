package dev.camelsage.sage.internal.paging;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The new records of a service whose records carry no date to follow (JournalEntry): by keyset on {@code ID}, which
 * Sage gives out in increasing order. It sees each new record once and no change to a record already delivered.
 */
public final class SageNewRecordsFeed implements SageRecordFeed {

    private final SagePageFetcher<JsonNode> fetcher;
    private final SagePager<JsonNode> pager;
    private final Watermarks state;
    private final String key;
    private final String filter;
    private final boolean startNow;

    /**
     * @param filter   the user's {@code $filter}, or {@code null}
     * @param startNow whether a feed without a stored position starts after the newest record (else the first)
     */
    public SageNewRecordsFeed(SagePageFetcher<JsonNode> fetcher, SagePager<JsonNode> pager, Watermarks state,
                              String key, String filter, boolean startNow) {
        this.fetcher = fetcher;
        this.pager = pager;
        this.state = state;
        this.key = key;
        this.filter = filter == null || filter.isBlank() ? null : filter.trim();
        this.startNow = startNow;
    }

    @Override
    public synchronized CompletableFuture<List<JsonNode>> poll(long max) {
        String stored = state.get(key);
        if (stored == null && startNow) {
            return fetcher.fetch(new SageListQuery(filter, "ID desc", 0, 1)).thenApply(page -> {
                state.set(key, page.results().isEmpty() ? "0" : page.results().get(0).path("ID").asText());
                return List.of();
            });
        }
        String after = stored == null ? null : "ID gt " + Long.parseLong(stored);
        SageKeyset<JsonNode> byId = SageKeyset.byId(false, record -> record.path("ID").asLong());
        return pager.collect(new SagePagingPlan<>(filter, after, "ID", 0, max > 0 ? max : Long.MAX_VALUE, byId))
                .thenApply(SageListResult::records);
    }

    @Override
    public synchronized void commit(JsonNode record) {
        long id = record.path("ID").asLong(0);
        String stored = state.get(key);
        if (id > 0 && (stored == null || id > Long.parseLong(stored))) {
            state.set(key, String.valueOf(id));
        }
    }

    @Override
    public String position() {
        String stored = state.get(key);
        return stored == null ? null : "ID " + stored;
    }
}

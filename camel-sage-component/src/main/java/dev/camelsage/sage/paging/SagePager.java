package dev.camelsage.sage.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a whole list of one entity in the fewest calls, {@code ceil(N/100)}: all at once ({@link #collect}) or one
 * page at a time ({@link #stream}). No thread waits between pages in {@link #collect}: each call starts when the
 * previous one completes.
 */
public final class SagePager {

    private final SagePageFetcher fetcher;
    private final String entity;
    private final int progressLogInterval;

    /**
     * @param fetcher             makes one list call of the entity and company
     * @param entity              the entity, for log lines
     * @param progressLogInterval log progress at INFO every this many pages (0: never; every page is logged at DEBUG)
     */
    public SagePager(SagePageFetcher fetcher, String entity, int progressLogInterval) {
        if (progressLogInterval < 0) {
            throw new IllegalArgumentException("progressLogInterval must not be negative, but was " + progressLogInterval
                                               + ": give the number of pages between INFO progress lines, or 0 for none");
        }
        this.fetcher = fetcher;
        this.entity = entity;
        this.progressLogInterval = progressLogInterval;
    }

    /** Every record of the list, each converted as its page arrives. */
    public <T> CompletableFuture<SageListResult<T>> collect(SagePagingPlan plan, Function<JsonNode, T> converter) {
        SagePagingCursor cursor = newCursor(plan);
        Collector<T> collector = new Collector<>(cursor, converter);
        collector.fetchRemaining();
        return collector.result;
    }

    /**
     * The records of the list as a lazy iterator; the future completes after the first call, so an error in it (a
     * refused login, a bad filter) fails the exchange that asked for the list.
     */
    public <T> CompletableFuture<SageRecordIterator<T>> stream(SagePagingPlan plan, Function<JsonNode, T> converter) {
        SagePagingCursor cursor = newCursor(plan);
        SageListQuery query = cursor.nextQuery();
        return fetch(query).thenApply(page -> new SageRecordIterator<>(cursor, fetcher, converter, cursor.accept(query, page)));
    }

    private SagePagingCursor newCursor(SagePagingPlan plan) {
        return new SagePagingCursor(plan, new SagePagingProgress(entity, progressLogInterval));
    }

    private CompletableFuture<SagePage> fetch(SageListQuery query) {
        try {
            return fetcher.fetch(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private final class Collector<T> {
        private final SagePagingCursor cursor;
        private final Function<JsonNode, T> converter;
        private final List<T> records = new ArrayList<>();
        private final CompletableFuture<SageListResult<T>> result = new CompletableFuture<>();
        private int calls;

        Collector(SagePagingCursor cursor, Function<JsonNode, T> converter) {
            this.cursor = cursor;
            this.converter = converter;
        }

        /** Loops while answers arrive at once (no stack growth), and continues from the callback when one does not. */
        void fetchRemaining() {
            while (!result.isDone()) {
                SageListQuery query = cursor.nextQuery();
                calls++;
                CompletableFuture<Boolean> step = fetch(query).handle((page, failure) -> take(query, page, failure));
                if (!step.isDone()) {
                    step.thenAccept(more -> {
                        if (more) {
                            fetchRemaining();
                        }
                    });
                    return;
                }
                if (!step.join()) {
                    return;
                }
            }
        }

        /** Adds one page; returns whether another call is needed. */
        private boolean take(SageListQuery query, SagePage page, Throwable failure) {
            try {
                if (failure != null) {
                    throw failure instanceof CompletionException ? failure.getCause() : failure;
                }
                for (JsonNode record : cursor.accept(query, page)) {
                    records.add(converter.apply(record));
                }
                if (cursor.hasMore()) {
                    return true;
                }
                result.complete(new SageListResult<>(records, cursor.firstTotal(), calls));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
            return false;
        }
    }
}

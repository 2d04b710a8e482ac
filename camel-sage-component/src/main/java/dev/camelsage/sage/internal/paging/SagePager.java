package dev.camelsage.sage.internal.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.camelsage.sage.internal.Futures;

/**
 * Reads a whole list of one entity in the fewest calls, {@code ceil(N/100)}: all at once ({@link #collect}) or one
 * page at a time ({@link #stream}). No thread waits between pages in {@link #collect}: each call starts when the
 * previous one completes.
 */
public final class SagePager<T> {

    private final SagePageFetcher<T> fetcher;
    private final String entity;
    private final int progressLogInterval;

    /**
     * @param fetcher             makes one list call of the entity and company
     * @param entity              the entity, for log lines
     * @param progressLogInterval log progress at INFO every this many pages (0: never; every page is logged at DEBUG)
     */
    public SagePager(SagePageFetcher<T> fetcher, String entity, int progressLogInterval) {
        this.fetcher = fetcher;
        this.entity = entity;
        this.progressLogInterval = progressLogInterval;
    }

    /** Every record of the list. */
    public CompletableFuture<SageListResult<T>> collect(SagePagingPlan<T> plan) {
        Collector collector = new Collector(newCursor(plan));
        collector.fetchRemaining();
        return collector.result;
    }

    /**
     * The records of the list as a lazy iterator; the future completes after the first call, so an error in it (a
     * refused login, a bad filter) fails the exchange that asked for the list.
     */
    public CompletableFuture<SageRecordIterator<T>> stream(SagePagingPlan<T> plan) {
        SagePagingCursor<T> cursor = newCursor(plan);
        SageListQuery query = cursor.nextQuery();
        return fetch(query).thenApply(page -> new SageRecordIterator<>(cursor, fetcher, cursor.accept(query, page)));
    }

    private SagePagingCursor<T> newCursor(SagePagingPlan<T> plan) {
        return new SagePagingCursor<>(plan, new SagePagingProgress(entity, progressLogInterval));
    }

    private CompletableFuture<SagePage<T>> fetch(SageListQuery query) {
        try {
            return fetcher.fetch(query);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private final class Collector {
        private final SagePagingCursor<T> cursor;
        private final List<T> records = new ArrayList<>();
        private final CompletableFuture<SageListResult<T>> result = new CompletableFuture<>();
        private int calls;

        Collector(SagePagingCursor<T> cursor) {
            this.cursor = cursor;
        }

        /** Loops while answers arrive at once (no stack growth), and continues from the callback when one does not. */
        void fetchRemaining() {
            try {
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
            } catch (RuntimeException e) {
                // Whatever breaks between calls must end the list, or the exchange waiting for it never completes.
                result.completeExceptionally(e);
            }
        }

        /** Adds one page; returns whether another call is needed. */
        private boolean take(SageListQuery query, SagePage<T> page, Throwable failure) {
            try {
                if (failure != null) {
                    throw Futures.unwrap(failure);
                }
                records.addAll(cursor.accept(query, page));
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

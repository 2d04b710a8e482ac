package dev.camelsage.sage.internal.paging;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.camelsage.sage.internal.Futures;

/**
 * The records of a list, one page in memory at a time: the next call is made only when the route asks for the
 * record after the last one held. Made for {@code split(body()).streaming()}, which closes it when done; closing it
 * early makes no further call.
 */
public final class SageRecordIterator<T> implements Iterator<T>, Closeable {

    private final SagePagingCursor<T> cursor;
    private final SagePageFetcher<T> fetcher;
    private Iterator<T> page;
    private boolean closed;

    SageRecordIterator(SagePagingCursor<T> cursor, SagePageFetcher<T> fetcher, List<T> firstPage) {
        this.cursor = cursor;
        this.fetcher = fetcher;
        this.page = firstPage.iterator();
    }

    /** Sage's {@code TotalResults} of the first call: how many records matched when the list started. */
    public long getTotalResults() {
        return cursor.firstTotal();
    }

    @Override
    public boolean hasNext() {
        while (!closed && !page.hasNext()) {
            if (!cursor.hasMore()) {
                close();
                return false;
            }
            page = List.<T> of().iterator(); // let the spent page go before the next arrives
            page = fetchNextPage().iterator();
        }
        return !closed;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No Sage record is left in this list");
        }
        return page.next();
    }

    @Override
    public void close() {
        closed = true;
        page = List.<T> of().iterator();
    }

    /** Waits for the next page; the client's deadline and the quota's maxQuotaWait bound the wait. */
    private List<T> fetchNextPage() {
        SageListQuery query = cursor.nextQuery();
        return cursor.accept(query, Futures.join(fetcher.fetch(query)));
    }
}

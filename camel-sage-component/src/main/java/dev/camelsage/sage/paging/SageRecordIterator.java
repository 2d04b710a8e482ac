package dev.camelsage.sage.paging;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.RuntimeCamelException;

/**
 * The records of a list, one page in memory at a time: the next call is made only when the route asks for the
 * record after the last one held. Made for {@code split(body()).streaming()}, which closes it when done; closing it
 * early makes no further call.
 */
public final class SageRecordIterator<T> implements Iterator<T>, Closeable {

    private final SagePagingCursor cursor;
    private final SagePageFetcher fetcher;
    private final Function<JsonNode, T> converter;
    private Iterator<JsonNode> page;
    private boolean closed;

    SageRecordIterator(SagePagingCursor cursor, SagePageFetcher fetcher, Function<JsonNode, T> converter,
                       List<JsonNode> firstPage) {
        this.cursor = cursor;
        this.fetcher = fetcher;
        this.converter = converter;
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
            page = List.<JsonNode> of().iterator(); // let the spent page go before the next arrives
            page = fetchNextPage().iterator();
        }
        return !closed;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No Sage record is left in this list");
        }
        return converter.apply(page.next());
    }

    @Override
    public void close() {
        closed = true;
        page = List.<JsonNode> of().iterator();
    }

    private List<JsonNode> fetchNextPage() {
        SageListQuery query = cursor.nextQuery();
        try {
            return cursor.accept(query, fetcher.fetch(query).join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new RuntimeCamelException(e.getCause());
        }
    }
}

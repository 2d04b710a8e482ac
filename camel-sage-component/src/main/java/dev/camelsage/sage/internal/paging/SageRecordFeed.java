package dev.camelsage.sage.internal.paging;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Records of one entity and company that a consumer has not delivered yet, read after a position kept in a
 * {@link Watermarks} store; the position moves only when the consumer commits a record it delivered.
 */
public interface SageRecordFeed {

    /** Where the position and the delivered versions are kept, by key (the consumer's Camel StateRepository). */
    interface Watermarks {
        String get(String key);

        void set(String key, String value);
    }

    /** Up to {@code max} records not delivered yet, in the feed's order. */
    CompletableFuture<List<JsonNode>> poll(long max);

    /** Moves the position past a record whose exchange completed. */
    void commit(JsonNode record);

    /** The committed position as people read it, or {@code null} before the first delivery. */
    String position();
}

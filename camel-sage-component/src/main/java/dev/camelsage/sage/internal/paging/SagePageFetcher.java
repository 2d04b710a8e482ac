package dev.camelsage.sage.internal.paging;

import java.util.concurrent.CompletableFuture;

/** Makes one list call for one entity and company. Implemented by the client; used by paging and the consumer. */
@FunctionalInterface
public interface SagePageFetcher<T> {

    CompletableFuture<SagePage<T>> fetch(SageListQuery query);
}

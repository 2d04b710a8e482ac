package dev.camelsage.sage.paging;

import java.util.concurrent.CompletableFuture;

/** Makes one list call for one entity and company. Implemented by the HTTP client; used by paging and the consumer. */
@FunctionalInterface
public interface SagePageFetcher {

    CompletableFuture<SagePage> fetch(SageListQuery query);
}

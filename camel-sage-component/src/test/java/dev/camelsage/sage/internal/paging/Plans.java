package dev.camelsage.sage.internal.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.model.SageJson;

/** Paging plans over JSON records, as the consumer and the tests read them. */
final class Plans {

    private Plans() {
    }

    /** The same plan over records read as their IDs. */
    static SagePagingPlan<Long> idsForList(String filter, String orderBy, Integer skip, Integer top) {
        return SagePagingPlan.forList(filter, orderBy, skip, top, id -> id);
    }

    /** The records of a JSON fetcher as their IDs. */
    static SagePageFetcher<Long> ids(SagePageFetcher<JsonNode> json) {
        return query -> json.fetch(query).thenApply(page -> new SagePage<>(page.totalResults(), page.returnedResults(),
                page.results().stream().map(record -> record.get("ID").asLong()).toList()));
    }

    static SagePagingPlan<JsonNode> forList(String filter, String orderBy, Integer skip, Integer top) {
        return SagePagingPlan.forList(filter, orderBy, skip, top, SageRecordReader.json(SageJson.mapper())::idOf);
    }
}

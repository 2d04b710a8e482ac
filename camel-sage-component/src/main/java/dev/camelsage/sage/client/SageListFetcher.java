package dev.camelsage.sage.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelsage.sage.paging.SageListQuery;
import dev.camelsage.sage.paging.SagePage;
import dev.camelsage.sage.paging.SagePageFetcher;

/**
 * Makes one list call, {@code GET {Service}/{method}?$filter..&$orderby..&$skip..&$top..}, for one entity and company
 * and reads Sage's {@code {TotalResults, ReturnedResults, Results}} answer (a bare array is read as one full page).
 */
public final class SageListFetcher implements SagePageFetcher {

    private final SageClient client;
    private final String entity;
    private final String method;
    private final Long companyId;
    private final Map<String, String> extraQuery;
    private final String operation;

    /**
     * @param method     the list method, {@code Get} for the service's list
     * @param extraQuery flags sent with every page, such as {@code includeDetail}
     * @param operation  the component operation, for exceptions
     */
    public SageListFetcher(SageClient client, String entity, String method, Long companyId,
                           Map<String, String> extraQuery, String operation) {
        this.client = client;
        this.entity = entity;
        this.method = method;
        this.companyId = companyId;
        this.extraQuery = Map.copyOf(extraQuery);
        this.operation = operation;
    }

    @Override
    public CompletableFuture<SagePage> fetch(SageListQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.filter() != null) {
            parameters.put("$filter", query.filter());
        }
        if (query.orderBy() != null) {
            parameters.put("$orderby", query.orderBy());
        }
        parameters.put("$skip", String.valueOf(query.skip()));
        parameters.put("$top", String.valueOf(query.top()));
        extraQuery.forEach(parameters::putIfAbsent);
        SageRequest request = new SageRequest("GET", entity, entity + "/" + method, companyId, parameters, null,
                operation, true);
        return client.send(request).thenApply(response -> toPage(response.json()));
    }

    /** Reads one list answer; a bare array is read as one full page. */
    public static SagePage toPage(JsonNode json) {
        if (json == null) {
            return new SagePage(0, 0, List.of());
        }
        if (json.isArray()) {
            List<JsonNode> results = elements(json);
            return new SagePage(results.size(), results.size(), results);
        }
        List<JsonNode> results = elements(json.path("Results"));
        long total = json.path("TotalResults").asLong(results.size());
        int returned = json.path("ReturnedResults").asInt(results.size());
        return new SagePage(total, returned, results);
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> results = new ArrayList<>(array.size());
        array.forEach(results::add);
        return results;
    }
}

package dev.camelsage.sage.paging;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of a list call: {@code {"TotalResults":n,"ReturnedResults":n,"Results":[...]}}. Records stay JSON trees
 * until the route needs them, so paging can read {@code ID} and {@code Modified} of any entity.
 */
public record SagePage(long totalResults, int returnedResults, List<JsonNode> results) {
}

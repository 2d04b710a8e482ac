package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** {@code $filter}, {@code $orderby}, {@code $skip} and {@code $top} (capped at 100) applied to a list Get. */
final class ODataQuery {

    static final int MAX_RESULTS = 100;

    private final Predicate<JsonNode> filter;
    private final Comparator<JsonNode> order;
    private final int skip;
    private final int top;

    private ODataQuery(Predicate<JsonNode> filter, Comparator<JsonNode> order, int skip, int top) {
        this.filter = filter;
        this.order = order;
        this.skip = skip;
        this.top = top;
    }

    static ODataQuery from(SageRequest request, ServiceSchema schema) {
        String filter = request.param("$filter");
        String orderBy = request.param("$orderby");
        return new ODataQuery(
                filter == null || filter.isBlank() ? e -> true : FilterParser.parse(filter, schema),
                orderBy == null || orderBy.isBlank() ? null : orderBy(orderBy, schema),
                count(request, "$skip", 0),
                Math.min(MAX_RESULTS, count(request, "$top", MAX_RESULTS)));
    }

    /** Filters, orders and pages; without $orderby the order is shuffled per request, as nothing guarantees it. */
    ObjectNode apply(List<? extends JsonNode> rows) {
        List<JsonNode> matches = new ArrayList<>();
        for (JsonNode row : rows) {
            if (filter.test(row)) {
                matches.add(row);
            }
        }
        Collections.shuffle(matches, ThreadLocalRandom.current());
        if (order != null) {
            matches.sort(order);
        }
        ObjectNode result = SageJson.object();
        result.put("TotalResults", matches.size());
        List<JsonNode> page = skip >= matches.size() ? List.of() : matches.subList(skip, Math.min(matches.size(), skip + top));
        result.put("ReturnedResults", page.size());
        page.forEach(result.putArray("Results")::add);
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<JsonNode> orderBy(String text, ServiceSchema schema) {
        Comparator<JsonNode> comparator = null;
        for (String clause : text.split(",")) {
            String[] parts = clause.trim().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty() || parts.length > 2) {
                throw invalid("$orderby '" + text + "' must be 'Field [asc|desc], ...'");
            }
            String field = parts[0];
            if (schema.isStringField(field)) {
                throw ODataValues.stringField(field);
            }
            boolean descending = parts.length == 2 && parts[1].equalsIgnoreCase("desc");
            if (parts.length == 2 && !descending && !parts[1].equalsIgnoreCase("asc")) {
                throw invalid("$orderby direction '" + parts[1] + "' must be asc or desc");
            }
            Comparator<JsonNode> key = Comparator.comparing(
                    e -> (Comparable) ODataValues.comparable(e, field), Comparator.nullsFirst(Comparator.naturalOrder()));
            if (descending) {
                key = key.reversed();
            }
            comparator = comparator == null ? key : comparator.thenComparing(key);
        }
        return comparator;
    }

    private static int count(SageRequest request, String name, int absent) {
        String value = request.param(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw invalid(name + " must not be negative: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a whole number: '" + value + "'");
        }
    }

    private static SageError invalid(String problem) {
        return SageError.message(400, "The query specified in the URI is not valid. " + problem + ".");
    }
}

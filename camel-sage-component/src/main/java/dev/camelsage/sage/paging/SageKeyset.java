package dev.camelsage.sage.paging;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Continues a list after a record by filtering instead of skipping: the next call asks only for records that sort
 * after the last one received. Records inserted or deleted meanwhile then shift nothing, so none is read twice and
 * none is missed, which {@code $skip} cannot promise.
 */
@FunctionalInterface
public interface SageKeyset {

    /**
     * The OData condition selecting the records that sort strictly after {@code last} in the list's order, or
     * {@code null} when the record lacks the key (the list then goes on with {@code $skip}). A condition containing
     * {@code or} must come in parentheses, as it is joined to the user's filter with {@code and}.
     */
    String after(JsonNode last);

    /** Keyset on {@code ID} for a list ordered by {@code ID} (ascending or descending). */
    static SageKeyset byId(boolean descending) {
        String operator = descending ? " lt " : " gt ";
        return last -> {
            JsonNode id = last.get("ID");
            return id != null && id.canConvertToLong() ? "ID" + operator + id.asLong() : null;
        };
    }
}

package dev.camelsage.sage.internal.paging;

import java.util.function.Function;

/**
 * Continues a list after a record by filtering instead of skipping: the next call asks only for records that sort
 * after the last one received. Records inserted or deleted meanwhile then shift nothing, so none is read twice and
 * none is missed, which {@code $skip} cannot promise.
 */
@FunctionalInterface
public interface SageKeyset<T> {

    /**
     * The OData condition selecting the records that sort strictly after {@code last} in the list's order, or
     * {@code null} when the record lacks the key (the list then goes on with {@code $skip}). A condition containing
     * {@code or} must come in parentheses, as it is joined to the user's filter with {@code and}.
     */
    String after(T last);

    /** Keyset on {@code ID} for a list ordered by {@code ID} (ascending or descending). */
    static <T> SageKeyset<T> byId(boolean descending, Function<T, Long> idOf) {
        String operator = descending ? " lt " : " gt ";
        return last -> {
            Long id = idOf.apply(last);
            return id == null ? null : "ID" + operator + id;
        };
    }
}

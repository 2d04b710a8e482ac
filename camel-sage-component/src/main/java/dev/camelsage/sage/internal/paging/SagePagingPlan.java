package dev.camelsage.sage.internal.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How one logical list (any number of records) is read in calls of at most 100: the filter, a stable order, the
 * OData {@code $skip}/{@code $top} of the whole list, and the keyset that continues it when the order allows one.
 *
 * @param filter     the user's {@code $filter}, or {@code null}; every call keeps it
 * @param startAfter a keyset condition the first call adds to {@code filter} (a consumer's watermark), or {@code null}
 * @param orderBy    the stable order sent on every call
 * @param skip       records skipped at the start of the list (sent on the first call only when keyset paging)
 * @param top        the most records the whole list returns; {@link Long#MAX_VALUE} for all
 * @param keyset     continues the list after the last record received; {@code null} to page with {@code $skip}
 */
public record SagePagingPlan<T>(String filter, String startAfter, String orderBy, long skip, long top,
                                SageKeyset<T> keyset) {

    /** Sage returns at most this many records a call. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final String ID = "ID";

    public SagePagingPlan {
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative, but was " + skip
                                               + ": give the number of matching records to leave out, or leave it unset");
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, but was " + top
                                               + ": give the most records to return, or leave it unset to get every record");
        }
    }

    /**
     * The plan for a user's list: orders by {@code ID} when the user gives no order, adds {@code ID} after an order
     * that may tie, and pages by keyset on {@code ID} when {@code ID} is the leading order.
     *
     * @param filter  {@code $filter} or {@code null}
     * @param orderBy {@code $orderby} or {@code null}
     * @param skip    {@code $skip} of the whole list, or {@code null} for none
     * @param top     {@code $top} of the whole list (may exceed 100), or {@code null} for every record
     * @param idOf    a record's {@code ID}, for keyset paging
     */
    public static <T> SagePagingPlan<T> forList(String filter, String orderBy, Integer skip, Integer top,
                                                Function<T, Long> idOf) {
        String userFilter = blankToNull(filter);
        long skipValue = skip == null ? 0 : skip;
        long topValue = top == null ? Long.MAX_VALUE : top;
        List<String[]> keys = parseOrder(orderBy);
        if (keys.isEmpty()) {
            return new SagePagingPlan<>(userFilter, null, ID, skipValue, topValue, SageKeyset.byId(false, idOf));
        }
        String[] first = keys.get(0);
        if (first[0].equalsIgnoreCase(ID)) {
            // ID is unique: whatever follows it never decides the order.
            boolean descending = first[1].equals("desc");
            return new SagePagingPlan<>(userFilter, null, descending ? ID + " desc" : ID, skipValue, topValue,
                    SageKeyset.byId(descending, idOf));
        }
        String order = orderBy.trim();
        boolean hasId = keys.stream().anyMatch(key -> key[0].equalsIgnoreCase(ID));
        return new SagePagingPlan<>(userFilter, null, hasId ? order : order + "," + ID, skipValue, topValue, null);
    }

    /** Each key as {field, "asc"|"desc"}. */
    private static List<String[]> parseOrder(String orderBy) {
        List<String[]> keys = new ArrayList<>();
        if (orderBy == null) {
            return keys;
        }
        for (String part : orderBy.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            if (words.length > 2 || words.length == 2 && !words[1].matches("(?i)asc|desc")) {
                throw new IllegalArgumentException("orderBy '" + orderBy + "' is not an OData order: write fields"
                                                   + " separated by commas, each optionally followed by asc or desc,"
                                                   + " such as 'Modified desc,ID'");
            }
            keys.add(new String[] { words[0], words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc" });
        }
        return keys;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

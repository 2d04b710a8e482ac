package dev.camelsage.sage.internal.paging;

import java.util.List;

/**
 * Every record of a list, read in as many calls as it took.
 *
 * @param records      the records, in the list's order
 * @param totalResults Sage's {@code TotalResults} of the first call: how many records matched when the list started
 * @param calls        how many list calls were made
 */
public record SageListResult<T>(List<T> records, long totalResults, int calls) {
}

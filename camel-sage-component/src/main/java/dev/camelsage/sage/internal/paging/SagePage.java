package dev.camelsage.sage.internal.paging;

import java.util.List;

/**
 * One answer of a list call: {@code {"TotalResults":n,"ReturnedResults":n,"Results":[...]}}.
 *
 * @param totalResults    every match of the call's filter
 * @param returnedResults the records of this page
 * @param results         the records, in the list's order
 */
public record SagePage<T>(long totalResults, int returnedResults, List<T> results) {
}

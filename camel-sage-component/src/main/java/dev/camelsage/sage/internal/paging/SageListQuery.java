package dev.camelsage.sage.internal.paging;

/**
 * The OData query of one list call ({@code {Service}/Get}). Sage returns at most 100 results a call.
 *
 * @param filter  {@code $filter}, or {@code null}
 * @param orderBy {@code $orderby}, or {@code null}
 * @param skip    {@code $skip}
 * @param top     {@code $top}, at most 100
 */
public record SageListQuery(String filter, String orderBy, int skip, int top) {
}

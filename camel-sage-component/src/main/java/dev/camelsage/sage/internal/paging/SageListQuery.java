package dev.camelsage.sage.internal.paging;

import java.util.Objects;

/**
 * The OData query of one list call ({@code {Service}/Get}). Sage returns at most 100 results a call.
 *
 * @param filter  {@code $filter}, or {@code null}
 * @param orderBy {@code $orderby}: always named, since without an order Sage's pages may overlap or leave gaps
 * @param skip    {@code $skip}
 * @param top     {@code $top}, at most 100
 */
public record SageListQuery(String filter, String orderBy, int skip, int top) {

    public SageListQuery {
        Objects.requireNonNull(orderBy, "orderBy");
    }
}

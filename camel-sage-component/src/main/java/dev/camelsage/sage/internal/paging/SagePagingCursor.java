package dev.camelsage.sage.internal.paging;

import java.util.List;

/**
 * Where one list stands between calls: which query comes next and whether any record is left. Stops on Sage's
 * {@code TotalResults} of the latest call (so 100 records take one call, not two), on the list's {@code top}, or on an
 * empty page, whichever comes first; records added or removed while paging change the next call's count, not the
 * stop rule. Not thread-safe: one list is read by one caller at a time.
 */
final class SagePagingCursor<T> {

    private final SagePagingPlan<T> plan;
    private final SagePagingProgress progress;
    private String filter;
    private long skip;
    private long received;
    private long firstTotal = -1;
    private boolean more = true;

    SagePagingCursor(SagePagingPlan<T> plan, SagePagingProgress progress) {
        this.plan = plan;
        this.progress = progress;
        this.filter = and(plan.filter(), plan.startAfter());
        this.skip = plan.skip();
    }

    boolean hasMore() {
        return more;
    }

    /** {@code TotalResults} of the first call: how many records matched when the list started; -1 before it. */
    long firstTotal() {
        return firstTotal;
    }

    SageListQuery nextQuery() {
        if (!more) {
            throw new IllegalStateException("The list is complete; no call is left to make");
        }
        long wanted = Math.min(SagePagingPlan.MAX_PAGE_SIZE, plan.top() - received);
        return new SageListQuery(filter, plan.orderBy(), Math.toIntExact(skip), (int) wanted);
    }

    /** Takes the answer to {@link #nextQuery()} and returns its records that belong to the list. */
    List<T> accept(SageListQuery query, SagePage<T> page) {
        List<T> results = page.results() == null ? List.of() : page.results();
        if (results.size() > query.top()) {
            results = results.subList(0, query.top());
        }
        if (firstTotal < 0) {
            firstTotal = page.totalResults();
        }
        received += results.size();
        // TotalResults counts every match of this call's filter, including the records it skipped.
        long leftOnServer = Math.max(0, page.totalResults() - query.skip() - results.size());
        long left = Math.min(leftOnServer, plan.top() - received);
        more = left > 0 && !results.isEmpty();
        if (more) {
            advance(query, results);
        }
        progress.pageReceived(received, received + left);
        return results;
    }

    private void advance(SageListQuery query, List<T> results) {
        String after = plan.keyset() == null ? null : plan.keyset().after(results.get(results.size() - 1));
        if (after != null) {
            filter = and(plan.filter(), after);
            skip = 0;
        } else {
            // Offset paging: the same filter, past what this call returned.
            skip = (long) query.skip() + results.size();
        }
    }

    static String and(String filter, String condition) {
        if (condition == null) {
            return filter;
        }
        return filter == null ? condition : "(" + filter + ") and " + condition;
    }
}

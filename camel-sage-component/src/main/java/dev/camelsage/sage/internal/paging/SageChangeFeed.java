package dev.camelsage.sage.internal.paging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The new and changed records of one entity and company, oldest first, by keyset on ({@code Modified}, {@code ID}),
 * or on ({@code Created}, {@code ID}) for records never edited, after a watermark kept in a {@link Watermarks} store
 * (the consumer's Camel {@code StateRepository}). The watermark moves only when the caller commits a record it
 * has delivered, so a record whose delivery failed is read again on the next poll, and a restart resumes where the
 * last commit left off.
 * <p>
 * With a lookback, each poll reads from the watermark's {@code Modified} minus the lookback instead, and leaves out
 * the versions already delivered, kept in the same repository under {@code lookback:} and the watermark's key. Sage
 * stamps {@code Modified} when a save starts and commits it later, so a record can appear with a {@code Modified}
 * older than records already delivered; the lookback still emits it, once.
 */
public final class SageChangeFeed implements SageRecordFeed {

    /**
     * Where a feed keeps its watermark and starts, and which date it follows.
     *
     * @param key       the watermark's key, unique per entity and company (and filter, when several consumers differ)
     * @param since     where to start when no watermark is stored under {@code key}
     * @param lookback  how far before the watermark's date each poll reads again; zero to read only after it
     * @param stamp     the date followed: {@code Modified}, or {@code Created} for records never edited
     * @param condition what every record of this feed meets besides the user's filter ({@code Modified eq null}), or
     *                  {@code null}
     */
    public record Start(String key, SageSince since, Duration lookback, String stamp, String condition) {
        public Start {
            if (lookback.isNegative()) {
                throw new IllegalArgumentException("lookback must not be negative, but was " + lookback.toMillis()
                                                   + " ms: give how far before the watermark each poll reads again,"
                                                   + " such as 5m, or 0 to read only after it");
            }
        }
    }


    private final SagePager<JsonNode> pager;
    private final SagePageFetcher<JsonNode> fetcher;
    /**
     * Before every record that has the date: a comparison with a date leaves out records whose date is empty, which
     * belong to another feed (never-edited records have no {@code Modified}).
     */
    private static final SageWatermark EARLIEST = new SageWatermark("1900-01-01", 0);

    private final Watermarks state;
    private final String stateKey;
    private final String deliveredKey;
    private final String filter;
    private final SageSince since;
    private final Duration lookback;
    private final String stamp;
    /** The versions delivered in the window, as the last poll read them and commits since added to; with lookback. */
    private SageDeliveredVersions delivered;

    /**
     * @param fetcher list calls of the entity and company
     * @param pager   the pager over the same fetcher
     * @param state   where the watermark is kept
     * @param filter  the user's {@code $filter} that every poll keeps, or {@code null}
     * @param start   the watermark's key, where to start, and the lookback
     */
    public SageChangeFeed(SagePageFetcher<JsonNode> fetcher, SagePager<JsonNode> pager, Watermarks state, String filter,
                          Start start) {
        this.fetcher = fetcher;
        this.pager = pager;
        this.state = state;
        this.stateKey = start.key();
        this.deliveredKey = "lookback:" + stateKey;
        this.filter = SagePagingCursor.and(filter == null || filter.isBlank() ? null : filter.trim(), start.condition());
        this.since = start.since();
        this.lookback = start.lookback();
        this.stamp = start.stamp();
    }

    /** The committed watermark; {@code null} when the feed starts from the beginning. */
    public SageWatermark watermark() {
        return SageWatermark.fromState(state.get(stateKey));
    }

    @Override
    public String position() {
        SageWatermark watermark = watermark();
        return watermark == null ? null : stamp + " " + watermark.toState();
    }

    /**
     * Reads up to {@code max} records after the committed watermark (or not yet delivered inside the lookback),
     * oldest first. With {@code since=now} and no stored watermark, the first poll only finds the newest record (one
     * call of one record) and keeps it as the watermark, using Sage's clock rather than this machine's.
     */
    @Override
    public synchronized CompletableFuture<List<JsonNode>> poll(long max) {
        String stored = state.get(stateKey);
        if (stored == null && since instanceof SageSince.Now) {
            return startNow();
        }
        SageWatermark watermark = SageWatermark.fromState(stored);
        SageWatermark start = watermark != null ? watermark
                : stored == null && since instanceof SageSince.From from ? from.watermark() : EARLIEST;
        if (lookback.isZero()) {
            forgetDelivered();
            return read(start.after(stamp), max > 0 ? max : Long.MAX_VALUE)
                    .thenApply(result -> result.records().stream()
                            .filter(record -> SageWatermark.of(record, stamp) != null).toList());
        }
        SageDeliveredVersions known = loadDelivered(start);
        delivered = known;
        SageWatermark from = watermark == null ? start : windowStart(watermark, known);
        // Every version still known lies before the records not yet delivered: reading that many more is enough.
        return read(from.after(stamp), max > 0 ? max + known.size() : Long.MAX_VALUE)
                .thenApply(result -> undelivered(result.records(), known, max));
    }

    /** Moves the watermark past a delivered record (never back), and with lookback remembers its version. */
    @Override
    public synchronized void commit(JsonNode record) {
        SageWatermark next = SageWatermark.of(record, stamp);
        if (next == null) {
            return;
        }
        if (lookback.isZero()) {
            state.set(stateKey, next.toState());
            return;
        }
        SageWatermark current = watermark();
        SageWatermark newest = current == null || next.isAfter(current) ? next : current;
        if (delivered == null) {
            delivered = loadDelivered(current);
        }
        delivered.add(next);
        delivered.forgetBefore(newest.time().minus(lookback));
        // The version first: should the process stop between the two writes, it is still never emitted twice.
        state.set(deliveredKey, delivered.toState());
        if (newest == next) {
            state.set(stateKey, next.toState());
        }
    }

    private CompletableFuture<SageListResult<JsonNode>> read(String startAfter, long top) {
        return pager.collect(new SagePagingPlan<>(filter, startAfter, stamp + ",ID", 0, top, SageWatermark.keyset(stamp)));
    }

    /**
     * Before the watermark's Modified minus the lookback, or the floor when it is later: what lies at or before the
     * floor is never read again, however many records share its Modified.
     */
    private SageWatermark windowStart(SageWatermark watermark, SageDeliveredVersions known) {
        SageWatermark start = SageWatermark.before(watermark.time().minus(lookback));
        SageWatermark floor = known.floor();
        return floor != null && floor.isAfter(start) ? floor : start;
    }

    /**
     * The stored versions, or a new list whose floor is where reading starts: versions delivered before the lookback
     * was turned on (or by an older release) are not in it, and must not be emitted again.
     */
    private SageDeliveredVersions loadDelivered(SageWatermark start) {
        SageDeliveredVersions kept = SageDeliveredVersions.fromState(state.get(deliveredKey));
        return kept != null ? kept : new SageDeliveredVersions(start);
    }

    /** A list left by a run with lookback no longer covers what this run commits: empty it. */
    private void forgetDelivered() {
        String kept = state.get(deliveredKey);
        if (kept != null && !kept.isEmpty()) {
            state.set(deliveredKey, "");
        }
    }

    private List<JsonNode> undelivered(List<JsonNode> records, SageDeliveredVersions known, long max) {
        List<JsonNode> fresh = new ArrayList<>();
        for (JsonNode record : records) {
            // A record without the date belongs to another feed; this one could never move past it.
            SageWatermark version = SageWatermark.of(record, stamp);
            if (version != null && known.isNew(version)) {
                fresh.add(record);
                if (fresh.size() == max) {
                    break;
                }
            }
        }
        return fresh;
    }

    private CompletableFuture<List<JsonNode>> startNow() {
        CompletableFuture<SagePage<JsonNode>> latest;
        try {
            latest = fetcher.fetch(new SageListQuery(filter, stamp + " desc,ID desc", 0, 1));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return latest.thenApply(page -> {
            SageWatermark newest = page.results().isEmpty() ? null : SageWatermark.of(page.results().get(0), stamp);
            // Stored as "" when there is nothing yet: every record that appears later is a change after now.
            state.set(stateKey, newest == null ? "" : newest.toState());
            return List.of();
        });
    }
}

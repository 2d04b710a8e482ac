package dev.camelsage.sage.quota;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of one quota, on its state: the requests in flight (leases) and completed within 24 hours, the block
 * after a 429, and the 429s and 401s of the last hour. A request counts from its reservation until
 * {@code rateLimitPeriod} after its completion: Sage counts it when it arrives, which is somewhere between the two,
 * so counting by completion keeps every window Sage can see within the limit whatever the network delay.
 * <p>
 * Not thread-safe: a store applies each method under its key's lock (or atomically in its cluster). Serializable,
 * so a distributed store can keep it as the value of its key.
 */
public final class QuotaWindow implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A request log covers the daily window; nothing older is needed. */
    static final Duration DAY = Duration.ofHours(24);
    /** 429s and 401s older than this are forgotten. */
    static final Duration EVENT_RETENTION = Duration.ofHours(1);

    private final TimeLog completions = new TimeLog();
    private final TimeLog rateLimited = new TimeLog();
    private final TimeLog unauthorized = new TimeLog();
    /** Leases in flight by id, with their expiry, in reservation order. */
    private final LinkedHashMap<Long, Instant> leases = new LinkedHashMap<>();
    private long nextLease;
    private QuotaBlock block;

    /** See {@link SageQuotaStore#tryReserve}. */
    public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
        QuotaBlock running = blockOf(now);
        if (running != null) {
            return new Reservation.Blocked(running);
        }
        if (inWindow(limits, now) >= limits.rateLimit() || inDay(now) >= limits.dailyRateLimit()) {
            return new Reservation.Full();
        }
        long id = ++nextLease;
        leases.put(id, leaseExpiry);
        return new Reservation.Granted(new QuotaLease(key, id, leaseExpiry));
    }

    /** See {@link SageQuotaStore#release}; a lease that already expired is counted already and ignored. */
    public void release(long leaseId, Instant completedAt) {
        if (leases.remove(leaseId) != null) {
            completions.add(completedAt);
        }
    }

    /** See {@link SageQuotaStore#freeAt}. */
    public Instant freeAt(QuotaLimits limits, Instant now, int slots) {
        expire(now);
        Instant window = freeAt(limits.rateLimit(), limits.rateLimitPeriod(), now, slots);
        Instant day = freeAt(limits.dailyRateLimit(), DAY, now, slots);
        return window.isAfter(day) ? window : day;
    }

    /** See {@link SageQuotaStore#block}. */
    public boolean block(Instant until, String reason, Instant now) {
        record(rateLimited, now);
        boolean fresh = blockOf(now) == null;
        if (fresh || until.isAfter(block.until())) {
            block = new QuotaBlock(until, reason);
        }
        return fresh;
    }

    /** The block running at {@code now}, or {@code null}. */
    public QuotaBlock blockOf(Instant now) {
        if (block != null && !block.until().isAfter(now)) {
            block = null;
        }
        return block;
    }

    /** See {@link SageQuotaStore#recordUnauthorized}. */
    public void recordUnauthorized(Instant at) {
        record(unauthorized, at);
    }

    /** See {@link SageQuotaStore#snapshot}. */
    public QuotaSnapshot snapshot(QuotaLimits limits, Instant now) {
        int window = inWindow(limits, now);
        int day = inDay(now);
        QuotaBlock running = blockOf(now);
        Instant hourAgo = now.minus(EVENT_RETENTION);
        return new QuotaSnapshot(window, Math.max(0, limits.rateLimit() - window), day,
                Math.max(0, limits.dailyRateLimit() - day), running == null ? null : running.until(),
                running == null ? null : running.reason(), rateLimited.countAfter(hourAgo),
                unauthorized.countAfter(hourAgo));
    }

    /** Whether nothing is left worth keeping at {@code now}: a store may forget the key then. */
    public boolean isIdle(Instant now) {
        expire(now);
        Instant hourAgo = now.minus(EVENT_RETENTION);
        return leases.isEmpty() && completions.size() == 0 && blockOf(now) == null
               && rateLimited.countAfter(hourAgo) == 0 && unauthorized.countAfter(hourAgo) == 0;
    }

    private int inWindow(QuotaLimits limits, Instant now) {
        expire(now);
        return leases.size() + completions.countAfter(now.minus(limits.rateLimitPeriod()));
    }

    private int inDay(Instant now) {
        expire(now);
        return leases.size() + completions.size();
    }

    /** Leases past their expiry count as completed then; completions older than a day are dropped. */
    private void expire(Instant now) {
        for (Iterator<Map.Entry<Long, Instant>> it = leases.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Instant> lease = it.next();
            if (!lease.getValue().isAfter(now)) {
                it.remove();
                completions.add(lease.getValue());
            }
        }
        completions.dropUpTo(now.minus(DAY));
    }

    /**
     * Occupants of the window, oldest expiry first: the completed requests in it, then those in flight, then the
     * {@code slots - 1} waiting before the one asked about. That one can go once {@code occupants - limit + 1} of
     * them have left. Occupant {@code j} leaves {@code period} after its completion; one in flight no earlier than
     * {@code now + period}; one still waiting no earlier than {@code period} after occupant {@code j - limit} left,
     * since it could not be sent before.
     */
    private Instant freeAt(int limit, Duration period, Instant now, int slots) {
        int completed = completions.countAfter(now.minus(period));
        int inFlight = leases.size();
        int leaving = completed + inFlight + slots - limit;
        int rounds = 0;
        while (leaving > completed + inFlight) {
            leaving -= limit;
            rounds++;
        }
        Instant base;
        if (leaving <= 0) {
            base = now;
        } else if (leaving <= completed) {
            base = completions.get(completions.size() - completed + leaving - 1).plus(period);
        } else {
            base = now.plus(period);
        }
        return base.plus(period.multipliedBy(rounds));
    }

    private static void record(TimeLog events, Instant at) {
        events.add(at);
        events.dropUpTo(at.minus(EVENT_RETENTION));
    }
}

package dev.camelsage.sage.quota;

import java.time.Instant;
import java.util.List;

/**
 * Where the state of every quota lives: the log of requests (in flight and completed, for the sliding window and the
 * 24 hours), the block after a 429, and the 429s and 401s seen. {@link DefaultSageQuotaGuard} decides; the store
 * only remembers. Several Camel instances can share one company's quota through a distributed implementation
 * (a cache or a table); each method must then be atomic for its key.
 * <p>
 * A request counts from the moment it is reserved until {@code period} after its completion: Sage counts it when it
 * arrives, which is somewhere between the two.
 * <p>
 * Shared by several instances, the window, the day count, the block and the failed logins hold for all of them. What
 * stays per instance: the line of waiting requests (a waiter learns of another instance's block or freed slot when
 * it next looks, at the instant its slot was due) and the count of requests in flight with credentials not yet known
 * to work. A distributed store should expire a lease that was never released (an instance that died mid-request)
 * after the request timeout, or its slot stays taken.
 */
public interface SageQuotaStore {

    /** One request that was reserved and has not been released yet. */
    interface Lease {
        QuotaKey key();
    }

    /**
     * How many requests count now.
     *
     * @param inWindow in flight, or completed within the last {@code rateLimitPeriod}
     * @param inDay    in flight, or completed within the last 24 hours
     */
    record Usage(int inWindow, int inDay) {
    }

    /**
     * Records one request as sent now if fewer than {@code rateLimit} requests count in the window and fewer than
     * {@code dailyRateLimit} in the last 24 hours.
     *
     * @return the lease to release once the request is over, or {@code null} when no slot is free
     */
    Lease tryReserve(QuotaKey key, QuotaLimits limits, Instant now);

    /** The request is over (answered or not): from now on it counts by its completion time. */
    void release(Lease lease, Instant completedAt);

    /**
     * The earliest instant at which {@code slots} requests could be reserved, if nothing else is sent meanwhile. While
     * requests are in flight this is a lower bound: they are taken to complete {@code now}.
     */
    Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots);

    Usage usage(QuotaKey key, QuotaLimits limits, Instant now);

    /**
     * Blocks the quota until {@code until}, or keeps the later end of a block already running.
     *
     * @return {@code true} when the quota was not blocked before, so the block is new and worth announcing
     */
    boolean block(QuotaKey key, Instant until, String reason, Instant now);

    /** The block running now, or {@code null}. */
    QuotaBlock blockOf(QuotaKey key, Instant now);

    /** Sage answered 429 for this quota. */
    void recordRateLimited(QuotaKey key, Instant at);

    /** Sage answered 401 for this quota with these credentials. */
    void recordUnauthorized(QuotaKey key, LoginKey login, Instant at);

    /** 429s answered for this quota since {@code since}. */
    int rateLimitedSince(QuotaKey key, Instant since);

    /** 401s answered for this quota since {@code since}. */
    int unauthorizedSince(QuotaKey key, Instant since);

    /** When the 401s for these credentials since {@code since} happened, oldest first. */
    List<Instant> failedLoginsSince(LoginKey login, Instant since);
}

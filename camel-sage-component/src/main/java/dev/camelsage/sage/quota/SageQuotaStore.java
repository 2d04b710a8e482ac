package dev.camelsage.sage.quota;

import java.time.Instant;
import java.util.List;

/**
 * Where the state of every Sage quota lives, and the one place its rules are decided atomically: the sliding window
 * and the 24 hours of requests (in flight and completed), the block after a 429, and the failed logins of a username.
 * The component's quota guard asks it before every request; the guard keeps only the local line of waiting requests.
 * <p>
 * Bind one implementation in the registry (or set the component's {@code quotaStore} option) to share quotas between
 * Camel instances: every method must then be atomic for its key across all of them. {@link QuotaWindow} and
 * {@link LoginState} hold the rules for one key; a distributed store keeps one of each per key and applies the
 * methods atomically (an entry processor, a transaction), so every store decides alike. {@link InMemorySageQuotaStore}
 * is the default, for one instance.
 * <p>
 * Shared by several instances, the window, the day count, the block and the failed logins hold for all of them. What
 * stays per instance: the line of waiting requests (a waiter learns of another instance's block or freed slot when it
 * next looks, at the instant its slot was due). A lease or ticket carries an expiry: one never released (its instance
 * died mid-request) counts as completed at that instant, so its slot frees but the window still counts it.
 */
public interface SageQuotaStore {

    /**
     * In one atomic step: refuses while the quota is blocked, otherwise reserves one request if fewer than
     * {@code rateLimit} count in the window and fewer than {@code dailyRateLimit} in the last 24 hours.
     *
     * @param leaseExpiry when the reservation counts as completed if it is never released
     */
    Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry);

    /** The request is over (answered or not): from now on it counts by its completion time. */
    void release(QuotaLease lease, Instant completedAt);

    /**
     * The earliest instant at which {@code slots} requests could be reserved, if nothing else is sent meanwhile. While
     * requests are in flight this is a lower bound: they are taken to complete {@code now}.
     */
    Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots);

    /**
     * Blocks the quota until {@code until} (or keeps the later end of a block already running) and counts a 429.
     *
     * @return {@code true} when the quota was not blocked before, so the block is new and worth announcing
     */
    boolean block(QuotaKey key, Instant until, String reason, Instant now);

    /** Counts a 401 answered for this quota. */
    void recordUnauthorized(QuotaKey key, Instant at);

    /** The quota as it stands, without spending any of it. */
    QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits, Instant now);

    /**
     * In one atomic step: refuses credentials that failed {@code maxFailedLogins} times within the hour, holds back a
     * request with credentials not yet known to work while as many requests with them are in flight as failures are
     * still allowed, and otherwise admits it.
     *
     * @param ticketExpiry when the admission counts as answered without proof if it is never closed
     */
    LoginAdmission admit(LoginKey login, int maxFailedLogins, Instant now, Instant ticketExpiry);

    /** Gives back an admission whose request was not sent after all. */
    void cancel(LoginTicket ticket);

    /**
     * The request admitted with this ticket is over: a 401 counts as a failed login and distrusts the credentials, any
     * other status trusts them, and 0 (no answer) proves nothing, except after a 401, when it counts as a failed login:
     * Sage may have refused the request before its answer was lost.
     */
    void answered(LoginTicket ticket, int statusCode, Instant now);

    /** Sage answered that the username is locked out: nothing is sent with these credentials before {@code until}. */
    void lockOut(LoginKey login, Instant until);

    /** When the 401s for these credentials since {@code since} happened, oldest first. */
    List<Instant> failedLoginsSince(LoginKey login, Instant since);
}

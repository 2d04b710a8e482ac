package dev.camelsage.sage.internal.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelsage.sage.quota.LoginAdmission;
import dev.camelsage.sage.quota.QuotaBlock;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.Reservation;
import dev.camelsage.sage.quota.SageQuotaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every request of a component within Sage's quotas: the store decides each reservation atomically (window,
 * day, block, failed logins), and the guard keeps the line of requests waiting for a slot, per quota, granted in
 * arrival order at the instant a slot frees, without parking a thread. A 429 blocks the quota until
 * {@code Retry-After}, the time Sage names, or {@code blockDuration}; a username with {@code maxFailedLogins} 401s in
 * the last hour is held back for the rest of that hour.
 * <p>
 * The scheduler only decides: futures of requests that waited complete on {@code executor}, so the rest of a route
 * never runs on (and never stalls) the one thread that serves every company's line.
 */
public final class QuotaGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaGuard.class);
    /** Sage locks a username out for a day once it has failed too often. */
    private static final Duration LOGIN_LOCKOUT = Duration.ofHours(24);

    private final SageQuotaStore store;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final Clock clock;
    private final Map<QuotaKey, QuotaLane> lanes = new ConcurrentHashMap<>();

    /**
     * @param store     where the quota state lives and is decided
     * @param scheduler runs the grants of waiting requests; only {@code schedule(Runnable, ...)} and {@code execute}
     *                  are used, and the tasks are short
     * @param executor  completes the futures of requests that waited, so their continuations run there
     * @param clock     the time the windows are measured in
     */
    public QuotaGuard(SageQuotaStore store, ScheduledExecutorService scheduler, Executor executor, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Asks for the right to send one request. The future completes with a permit as soon as a slot is free, or
     * exceptionally with {@link dev.camelsage.sage.exception.SageRateLimitException} (blocked, or no slot within
     * {@code maxQuotaWait}) or {@link dev.camelsage.sage.exception.SageAuthenticationException} (too many failed
     * logins). It never parks the calling thread.
     */
    public CompletableFuture<QuotaPermit> acquire(QuotaRequest request) {
        return lanes.computeIfAbsent(request.key(), key -> new QuotaLane(key, this)).acquire(request, now());
    }

    /** The current state of one quota, without spending any of it. */
    public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits) {
        return store.snapshot(key, limits, now());
    }

    /**
     * Fails every request still waiting for a slot, so that stopping Camel does not wait up to {@code maxQuotaWait}
     * for them. Call it before shutting the scheduler down; the state in the store is kept.
     */
    @Override
    public void close() {
        lanes.values().forEach(lane -> lane.failAll(QuotaRefusals.stopping()));
    }

    /** One attempt to send a request now: granted, refused, or to wait (for a slot or for an answer). */
    sealed interface Attempt {
        record Granted(QuotaPermit permit) implements Attempt {
        }

        record Refused(RuntimeException failure) implements Attempt {
        }

        record Wait() implements Attempt {
        }
    }

    Attempt tryGrant(QuotaRequest request, Instant now) {
        Instant expiry = now.plus(request.leaseTime());
        LoginAdmission admission = store.admit(request.login(), request.limits().maxFailedLogins(), now, expiry);
        if (admission instanceof LoginAdmission.Locked locked) {
            return new Attempt.Refused(QuotaRefusals.loginLocked(request, locked.until(), now));
        }
        if (!(admission instanceof LoginAdmission.Admitted admitted)) {
            return new Attempt.Wait();
        }
        Reservation reservation = store.tryReserve(request.key(), request.limits(), now, expiry);
        if (reservation instanceof Reservation.Granted granted) {
            return new Attempt.Granted(new QuotaPermit(this, request, admitted.ticket(), granted.lease()));
        }
        store.cancel(admitted.ticket());
        if (reservation instanceof Reservation.Blocked blocked) {
            return new Attempt.Refused(QuotaRefusals.blocked(request, blocked.block(), now));
        }
        return new Attempt.Wait();
    }

    /** Refused when the quota is blocked, else to wait: for a request that must not jump the line. */
    Attempt refusalNow(QuotaRequest request, Instant now) {
        QuotaSnapshot snapshot = store.snapshot(request.key(), request.limits(), now);
        if (snapshot.isBlockedAt(now)) {
            return new Attempt.Refused(QuotaRefusals.blocked(request,
                    new QuotaBlock(snapshot.blockedUntil(), snapshot.blockReason()), now));
        }
        return new Attempt.Wait();
    }

    /** The refusal of a request that cannot get a slot before its deadline. */
    RuntimeException tooLate(QuotaRequest request, Instant freeAt, Instant now) {
        QuotaSnapshot snapshot = store.snapshot(request.key(), request.limits(), now);
        return QuotaRefusals.heldBack(request, freeAt, snapshot.remainingToday() == 0, now);
    }

    Instant freeAt(QuotaRequest request, Instant now, int slots) {
        return store.freeAt(request.key(), request.limits(), now, slots);
    }

    void onAnswer(QuotaPermit permit, int statusCode, String retryAfter, String reason) {
        Instant now = now();
        QuotaRequest request = permit.request();
        QuotaKey key = request.key();
        if (statusCode == 429) {
            // Blocked before the slot is given back, so no request slips through in between.
            block(request, blockEnd(request.limits(), retryAfter, reason, now), reason, now);
        } else if (statusCode == 401) {
            store.recordUnauthorized(key, now);
        }
        store.release(permit.lease(), now);
        store.answered(permit.ticket(), statusCode, now);
        if (statusCode == 401) {
            warnIfLocked(request, now);
        }
        // A 401 or a first success changes what waiting requests of every quota with these credentials may do.
        lanes.values().forEach(this::drainSoon);
    }

    void onNoAnswer(QuotaPermit permit) {
        Instant now = now();
        store.release(permit.lease(), now);
        store.answered(permit.ticket(), 0, now);
        lanes.values().forEach(this::drainSoon);
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Executor executor() {
        return executor;
    }

    Instant now() {
        return clock.instant();
    }

    private void block(QuotaRequest request, Instant until, String reason, Instant now) {
        String why = reason == null || reason.isBlank() ? "Sage answered 429 Too Many Requests without a reason" : reason;
        if (isLoginLockout(reason)) {
            store.lockOut(request.login(), until);
        }
        if (store.block(request.key(), until, why, now)) {
            LOG.error("SAGE BLOCKED {} until {} ({} from now): {}. camel-sage sends no request for it until then,"
                      + " since each request during a block extends it; calls fail at once with"
                      + " SageRateLimitException and consumers skip their polls.",
                    request.key().describe(), until, QuotaRefusals.human(Duration.between(now, until)), why);
        }
    }

    private void warnIfLocked(QuotaRequest request, Instant now) {
        int max = request.limits().maxFailedLogins();
        var failures = store.failedLoginsSince(request.login(), now.minus(Duration.ofHours(1)));
        if (failures.size() == max) {
            LOG.error("Sage refused the credentials (username fingerprint {}) at {} {} times within an hour;"
                      + " camel-sage sends no request with them until {}, to keep Sage from locking the user out"
                      + " for a day. Fix the username, password or API key.",
                    request.login().usernameFingerprint(), request.key().baseUrl(), max,
                    failures.get(0).plus(Duration.ofHours(1)));
        }
    }

    private void drainSoon(QuotaLane lane) {
        if (lane.hasWaiters()) {
            try {
                scheduler.execute(lane::drain);
            } catch (RejectedExecutionException stopped) {
                LOG.debug("Quota scheduler is shut down; waiting requests are failed as the component stops");
            }
        }
    }

    /** When a block ends: {@code Retry-After}, else blockDuration, or a day at least for a username lock-out. */
    static Instant blockEnd(QuotaLimits limits, String retryAfter, String reason, Instant now) {
        Instant named = RetryAfter.parse(retryAfter, now);
        if (named != null) {
            return named;
        }
        Duration block = limits.blockDuration();
        if (isLoginLockout(reason) && block.compareTo(LOGIN_LOCKOUT) < 0) {
            block = LOGIN_LOCKOUT;
        }
        return now.plus(block);
    }

    static boolean isLoginLockout(String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return text.contains("login") || text.contains("username");
    }
}

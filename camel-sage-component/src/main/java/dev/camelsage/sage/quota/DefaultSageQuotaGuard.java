package dev.camelsage.sage.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageRateLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quota guard of a component: a request may be sent at instant {@code t} only if fewer than {@code rateLimit}
 * requests are in flight or completed after {@code t - rateLimitPeriod}, and fewer than {@code dailyRateLimit} in
 * flight or completed within the 24 hours before {@code t}. Counting by completion, not by sending, keeps every
 * window Sage can see at its server within the limit whatever the network delay, since a request arrives there
 * between the two. The same holds for a calendar day, which no 24-hour window can exceed.
 * <p>
 * Requests that find no slot wait in line per quota, granted in arrival order by a task on the scheduler; quotas
 * never wait for each other. A 429 blocks the quota until {@code Retry-After} (else {@code blockDuration}); a
 * username with {@code maxFailedLogins} 401s in the last hour is held back for the rest of that hour.
 * <p>
 * The future of a request that had to wait completes on the scheduler thread: send the request asynchronously or
 * hand it to another executor, never block in the continuation, or every other waiting request waits too.
 */
public final class DefaultSageQuotaGuard implements SageQuotaGuard, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultSageQuotaGuard.class);
    /** Sage locks a username out for a day once it has failed too often. */
    private static final Duration LOGIN_LOCKOUT = Duration.ofHours(24);

    private final SageQuotaStore store;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final LoginGate logins;
    private final Map<QuotaKey, QuotaLane> lanes = new ConcurrentHashMap<>();

    /** A guard keeping its state in this JVM, on the system clock. */
    public DefaultSageQuotaGuard(ScheduledExecutorService scheduler) {
        this(new InMemorySageQuotaStore(), scheduler, Clock.systemUTC());
    }

    /**
     * @param store     where the quota state lives
     * @param scheduler runs the grants of waiting requests; only {@code schedule(Runnable, ...)} and
     *                  {@code execute} are used, and the tasks are short
     * @param clock     the time the windows are measured in
     */
    public DefaultSageQuotaGuard(SageQuotaStore store, ScheduledExecutorService scheduler, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.logins = new LoginGate(store);
    }

    @Override
    public CompletableFuture<QuotaPermit> acquire(QuotaRequest request) {
        Instant now = now();
        QuotaBlock block = store.blockOf(request.key(), now);
        if (block != null) {
            return CompletableFuture.failedFuture(blocked(request, block));
        }
        Instant lockedUntil = loginLockedUntil(request, now);
        if (lockedUntil != null) {
            return CompletableFuture.failedFuture(loginLocked(request, lockedUntil, now));
        }
        return lanes.computeIfAbsent(request.key(), key -> new QuotaLane(key, this)).acquire(request, now);
    }

    @Override
    public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits) {
        Instant now = now();
        SageQuotaStore.Usage usage = store.usage(key, limits, now);
        QuotaBlock block = store.blockOf(key, now);
        Instant hourAgo = now.minus(LoginGate.HOUR);
        return new QuotaSnapshot(usage.inWindow(), Math.max(0, limits.rateLimit() - usage.inWindow()),
                usage.inDay(), Math.max(0, limits.dailyRateLimit() - usage.inDay()),
                block == null ? null : block.until(),
                store.rateLimitedSince(key, hourAgo), store.unauthorizedSince(key, hourAgo));
    }

    /**
     * Fails every request still waiting for a slot, so that stopping Camel does not wait up to {@code maxQuotaWait}
     * for them. Call it before shutting the scheduler down; the state in the store is kept.
     */
    @Override
    public void close() {
        IllegalStateException stopping = new IllegalStateException(
                "The sage component is stopping: this request waited for a free slot in the Sage quota and was not sent");
        lanes.values().forEach(lane -> lane.failAll(stopping));
    }

    QuotaPermit tryGrant(QuotaRequest request, Instant now) {
        LoginKey login = LoginKey.of(request);
        if (!logins.tryEnter(login, request.limits().maxFailedLogins(), now)) {
            return null;
        }
        SageQuotaStore.Lease lease = store.tryReserve(request.key(), request.limits(), now);
        if (lease == null) {
            logins.cancel(login);
            return null;
        }
        return new Permit(request, login, lease);
    }

    Instant loginLockedUntil(QuotaRequest request, Instant now) {
        return logins.lockedUntil(LoginKey.of(request), request.limits().maxFailedLogins(), now);
    }

    SageQuotaStore store() {
        return store;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Instant now() {
        return clock.instant();
    }

    private void onAnswer(Permit permit, int statusCode, String retryAfter, String exceededReason) {
        Instant now = now();
        QuotaKey key = permit.request.key();
        store.release(permit.lease, now);
        if (statusCode == 401) {
            // Counted before the place in flight is given back, so the gate never sees neither.
            store.recordUnauthorized(key, permit.login, now);
        }
        boolean trustedBefore = logins.exit(permit.login, statusCode);
        if (statusCode == 429) {
            store.recordRateLimited(key, now);
            Instant until = blockEnd(permit.request.limits(), retryAfter, exceededReason, now);
            String reason = exceededReason == null || exceededReason.isBlank()
                    ? "Sage answered 429 Too Many Requests without a reason" : exceededReason;
            if (store.block(key, until, reason, now)) {
                LOG.error("SAGE BLOCKED company {} for API key {} at {} until {} ({} from now): {}."
                                + " camel-sage sends no request for this API key and company until then, since each"
                                + " request during a block extends it; calls fail at once with SageRateLimitException"
                                + " and consumers skip their polls.",
                        key.companyId(), key.apiKeyFingerprint(), key.baseUrl(), until,
                        human(Duration.between(now, until)), reason);
            }
        } else if (statusCode == 401) {
            List<Instant> failures = store.failedLoginsSince(permit.login, now.minus(LoginGate.HOUR));
            int max = permit.request.limits().maxFailedLogins();
            if (failures.size() == max) {
                LOG.error("Sage refused user '{}' at {} {} times within an hour; camel-sage sends no request with"
                                + " these credentials until {}, to keep Sage from locking the user out for a day."
                                + " Fix the username, password or API key.",
                        permit.login.username(), key.baseUrl(), max, failures.get(0).plus(LoginGate.HOUR));
            }
        }
        if (statusCode == 429) {
            drainSoon(lanes.get(key));
        }
        if (statusCode == 401 || !trustedBefore) {
            lanes.values().forEach(this::drainSoon);
        }
    }

    private void onNoAnswer(Permit permit) {
        store.release(permit.lease, now());
        if (!logins.exit(permit.login, 0)) {
            lanes.values().forEach(this::drainSoon);
        }
    }

    private void drainSoon(QuotaLane lane) {
        if (lane != null && lane.hasWaiters()) {
            try {
                scheduler.execute(lane::drain);
            } catch (RejectedExecutionException stopped) {
                LOG.debug("Quota scheduler is shut down; waiting requests are failed as the component stops");
            }
        }
    }

    private static Instant blockEnd(QuotaLimits limits, String retryAfter, String exceededReason, Instant now) {
        Instant named = RetryAfter.parse(retryAfter, now);
        if (named != null) {
            return named;
        }
        Duration block = limits.blockDuration();
        boolean loginLockout = exceededReason != null && exceededReason.toLowerCase(Locale.ROOT).contains("login");
        if (loginLockout && block.compareTo(LOGIN_LOCKOUT) < 0) {
            block = LOGIN_LOCKOUT;
        }
        return now.plus(block);
    }

    SageRateLimitException blocked(QuotaRequest request, QuotaBlock block) {
        QuotaKey key = request.key();
        return new SageRateLimitException("Sage has blocked API key " + key.apiKeyFingerprint() + " for company "
                + key.companyId() + " until " + block.until() + " (" + block.reason() + "). camel-sage sends no "
                + "request for it before then, because each request during a block extends it; retry after "
                + block.until() + ".", block.until(), block.reason(), List.of(), request.entity(),
                request.operation(), companyId(key));
    }

    SageRateLimitException heldBack(QuotaRequest request, Instant freeAt, Instant now) {
        QuotaLimits limits = request.limits();
        SageQuotaStore.Usage usage = store.usage(request.key(), limits, now);
        String limit = usage.inDay() >= limits.dailyRateLimit()
                ? "the daily limit of " + limits.dailyRateLimit() + " requests is used up"
                : "all " + limits.rateLimit() + " requests of the " + human(limits.rateLimitPeriod())
                        + " window are in use or promised to requests waiting before it";
        String reason = "Held back by camel-sage: " + limit;
        return new SageRateLimitException("camel-sage held back a " + request.entity() + " " + request.operation()
                + " request for company " + request.key().companyId() + " to stay within Sage's quota: " + limit
                + ", and no slot frees before " + freeAt + ", later than maxQuotaWait ("
                + human(limits.maxQuotaWait()) + ") allows. Nothing was sent; retry after " + freeAt
                + ", raise maxQuotaWait, or spread the load.", freeAt, reason, List.of(), request.entity(),
                request.operation(), companyId(request.key()));
    }

    SageAuthenticationException loginLocked(QuotaRequest request, Instant until, Instant now) {
        QuotaLimits limits = request.limits();
        return new SageAuthenticationException("Sage refused the credentials of user '" + request.username()
                + "' " + limits.maxFailedLogins() + " times within the last hour (maxFailedLogins), so camel-sage sends"
                + " no request with them until " + until + " (" + human(Duration.between(now, until)) + " from now),"
                + " to keep Sage from locking the user out for 24 hours. Fix the username, password or API key of the"
                + " endpoint; requests go again by themselves after " + until + ".",
                SageAuthenticationException.Rejected.CREDENTIALS, List.of(), request.entity(), request.operation(),
                companyId(request.key()));
    }

    private static String companyId(QuotaKey key) {
        return "-".equals(key.companyId()) ? null : key.companyId();
    }

    private static String human(Duration duration) {
        Duration rounded = duration.withNanos(0).plusSeconds(duration.getNano() > 0 ? 1 : 0);
        return rounded.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** One granted request; answered exactly once, later calls are ignored. */
    private final class Permit implements QuotaPermit {

        private final QuotaRequest request;
        private final LoginKey login;
        private final SageQuotaStore.Lease lease;
        private final AtomicBoolean over = new AtomicBoolean();

        Permit(QuotaRequest request, LoginKey login, SageQuotaStore.Lease lease) {
            this.request = request;
            this.login = login;
            this.lease = lease;
        }

        @Override
        public void completed(int statusCode, String retryAfter, String exceededReason) {
            if (over.compareAndSet(false, true)) {
                onAnswer(this, statusCode, retryAfter, exceededReason);
            }
        }

        @Override
        public void failed() {
            if (over.compareAndSet(false, true)) {
                onNoAnswer(this);
            }
        }
    }
}

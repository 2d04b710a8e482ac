package dev.camelsage.sage.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quota state in this JVM: enough when one Camel instance talks to a company. Each quota has its own lock, so
 * companies never contend. Completions are kept for 24 hours, 429s, 401s and failed logins for an hour
 * ({@link #EVENT_RETENTION}), which is all the guard asks about.
 */
public final class InMemorySageQuotaStore implements SageQuotaStore {

    /** A request log covers the daily window; nothing older is needed. */
    static final Duration DAY = Duration.ofHours(24);
    /** 429s, 401s and failed logins older than this are forgotten. */
    static final Duration EVENT_RETENTION = Duration.ofHours(1);

    private final Map<QuotaKey, QuotaLog> quotas = new ConcurrentHashMap<>();
    private final Map<LoginKey, TimeLog> failedLogins = new ConcurrentHashMap<>();

    @Override
    public Lease tryReserve(QuotaKey key, QuotaLimits limits, Instant now) {
        return log(key).tryReserve(limits, now);
    }

    @Override
    public void release(Lease lease, Instant completedAt) {
        log(lease.key()).release(completedAt);
    }

    @Override
    public Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots) {
        return log(key).freeAt(limits, now, slots);
    }

    @Override
    public Usage usage(QuotaKey key, QuotaLimits limits, Instant now) {
        return log(key).usage(limits, now);
    }

    @Override
    public boolean block(QuotaKey key, Instant until, String reason, Instant now) {
        return log(key).block(until, reason, now);
    }

    @Override
    public QuotaBlock blockOf(QuotaKey key, Instant now) {
        QuotaLog log = quotas.get(key);
        return log == null ? null : log.blockOf(now);
    }

    @Override
    public void recordRateLimited(QuotaKey key, Instant at) {
        log(key).recordEvent(true, at);
    }

    @Override
    public void recordUnauthorized(QuotaKey key, LoginKey login, Instant at) {
        log(key).recordEvent(false, at);
        TimeLog logins = failedLogins.computeIfAbsent(login, k -> new TimeLog());
        synchronized (logins) {
            logins.add(at);
            logins.dropUpTo(at.minus(EVENT_RETENTION));
        }
    }

    @Override
    public int rateLimitedSince(QuotaKey key, Instant since) {
        QuotaLog log = quotas.get(key);
        return log == null ? 0 : log.eventsSince(true, since);
    }

    @Override
    public int unauthorizedSince(QuotaKey key, Instant since) {
        QuotaLog log = quotas.get(key);
        return log == null ? 0 : log.eventsSince(false, since);
    }

    @Override
    public List<Instant> failedLoginsSince(LoginKey login, Instant since) {
        TimeLog logins = failedLogins.get(login);
        if (logins == null) {
            return List.of();
        }
        synchronized (logins) {
            int count = logins.countAfter(since);
            List<Instant> result = new ArrayList<>(count);
            for (int i = logins.size() - count; i < logins.size(); i++) {
                result.add(logins.get(i));
            }
            return result;
        }
    }

    private QuotaLog log(QuotaKey key) {
        return quotas.computeIfAbsent(key, QuotaLog::new);
    }

    /** Everything about one quota, behind one lock. */
    private static final class QuotaLog {

        private final QuotaKey key;
        private final TimeLog completions = new TimeLog();
        private final TimeLog rateLimited = new TimeLog();
        private final TimeLog unauthorized = new TimeLog();
        private int inFlight;
        private QuotaBlock block;

        QuotaLog(QuotaKey key) {
            this.key = key;
        }

        synchronized Lease tryReserve(QuotaLimits limits, Instant now) {
            Usage usage = usage(limits, now);
            if (usage.inWindow() >= limits.rateLimit() || usage.inDay() >= limits.dailyRateLimit()) {
                return null;
            }
            inFlight++;
            return () -> key;
        }

        synchronized void release(Instant completedAt) {
            if (inFlight == 0) {
                throw new IllegalStateException("Released more requests than were reserved for " + key);
            }
            inFlight--;
            completions.add(completedAt);
        }

        synchronized Usage usage(QuotaLimits limits, Instant now) {
            completions.dropUpTo(now.minus(DAY));
            return new Usage(inFlight + completions.countAfter(now.minus(limits.rateLimitPeriod())),
                    inFlight + completions.size());
        }

        synchronized Instant freeAt(QuotaLimits limits, Instant now, int slots) {
            completions.dropUpTo(now.minus(DAY));
            Instant window = freeAt(limits.rateLimit(), limits.rateLimitPeriod(), now, slots);
            Instant day = freeAt(limits.dailyRateLimit(), DAY, now, slots);
            return window.isAfter(day) ? window : day;
        }

        /**
         * Occupants of the window, oldest expiry first: the completed requests in it, then those in flight, then the
         * {@code slots - 1} waiting before the one asked about. That one can go once {@code occupants - limit + 1}
         * of them have left. Occupant {@code j} leaves {@code period} after its completion; one in flight no earlier
         * than {@code now + period}; one still waiting no earlier than {@code period} after occupant
         * {@code j - limit} left, since it could not be sent before.
         */
        private Instant freeAt(int limit, Duration period, Instant now, int slots) {
            int completed = completions.countAfter(now.minus(period));
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

        synchronized boolean block(Instant until, String reason, Instant now) {
            boolean fresh = blockOf(now) == null;
            if (fresh || until.isAfter(block.until())) {
                block = new QuotaBlock(until, reason);
            }
            return fresh;
        }

        synchronized QuotaBlock blockOf(Instant now) {
            if (block != null && !block.until().isAfter(now)) {
                block = null;
            }
            return block;
        }

        synchronized void recordEvent(boolean rateLimit, Instant at) {
            TimeLog events = rateLimit ? rateLimited : unauthorized;
            events.add(at);
            events.dropUpTo(at.minus(EVENT_RETENTION));
        }

        synchronized int eventsSince(boolean rateLimit, Instant since) {
            return (rateLimit ? rateLimited : unauthorized).countAfter(since);
        }
    }
}

package dev.camelsage.sage.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one username under {@code maxFailedLogins} 401s an hour. Credentials that are not yet known to work (none
 * answered, or the last answer was a 401) may have only as many requests in flight as failures are still allowed:
 * otherwise a burst with a wrong password would collect far more 401s than the limit before the first came back.
 * Once a request with them succeeds they are trusted and go at full speed, until the next 401.
 */
final class LoginGate {

    static final Duration HOUR = Duration.ofHours(1);

    private final SageQuotaStore store;
    private final Map<LoginKey, Credentials> credentials = new ConcurrentHashMap<>();

    LoginGate(SageQuotaStore store) {
        this.store = store;
    }

    /** When the lock on these credentials lifts, or {@code null} when they are not locked. */
    Instant lockedUntil(LoginKey login, int maxFailedLogins, Instant now) {
        List<Instant> failures = store.failedLoginsSince(login, now.minus(HOUR));
        if (failures.size() < maxFailedLogins) {
            return null;
        }
        return failures.get(failures.size() - maxFailedLogins).plus(HOUR);
    }

    /** Takes a place in flight for these credentials, or answers {@code false} when they must wait for an answer. */
    boolean tryEnter(LoginKey login, int maxFailedLogins, Instant now) {
        Credentials state = credentials.computeIfAbsent(login, k -> new Credentials());
        synchronized (state) {
            if (!state.trusted
                    && state.inFlight + store.failedLoginsSince(login, now.minus(HOUR)).size() >= maxFailedLogins) {
                return false;
            }
            state.inFlight++;
            return true;
        }
    }

    /** Gives back a place taken by {@link #tryEnter} for a request that was not sent after all. */
    void cancel(LoginKey login) {
        Credentials state = credentials.get(login);
        synchronized (state) {
            state.inFlight--;
        }
    }

    /**
     * A request with these credentials is over.
     *
     * @param statusCode the HTTP status, or 0 when no answer came (which proves nothing about the credentials)
     * @return whether the credentials were trusted before, so requests waiting for them need no second look
     */
    boolean exit(LoginKey login, int statusCode) {
        Credentials state = credentials.get(login);
        synchronized (state) {
            boolean trustedBefore = state.trusted;
            state.inFlight--;
            if (statusCode != 0) {
                state.trusted = statusCode != 401;
            }
            return trustedBefore;
        }
    }

    private static final class Credentials {
        int inFlight;
        boolean trusted;
    }
}

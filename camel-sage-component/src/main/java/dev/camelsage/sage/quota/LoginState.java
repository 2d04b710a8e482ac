package dev.camelsage.sage.quota;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that keep one username under {@code maxFailedLogins} 401s an hour, on its state. Credentials not yet known
 * to work (none answered yet, or the last answer was a 401) may have only as many requests in flight as failures are
 * still allowed: otherwise a burst with a wrong password would collect far more 401s than the limit before the first
 * came back. Once a request with them succeeds they are trusted and go at full speed, until the next 401. After a
 * 401, a request that gets no answer (timed out, or its admission expired) counts as a failed login: Sage may have
 * refused it and counted it before the answer was lost.
 * <p>
 * Not thread-safe: a store applies each method under its key's lock (or atomically in its cluster). Serializable,
 * so a distributed store can keep it as the value of its key.
 */
public final class LoginState implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Failed logins count within this sliding hour. */
    public static final Duration HOUR = Duration.ofHours(1);

    private final TimeLog failures = new TimeLog();
    /** Admissions in flight by id, with their expiry. */
    private final LinkedHashMap<Long, Instant> tickets = new LinkedHashMap<>();
    private long nextTicket;
    private boolean trusted;
    /** Set when Sage itself answered that the username is locked out (429). */
    private Instant lockedOutUntil;

    /** See {@link SageQuotaStore#admit}. */
    public LoginAdmission admit(LoginKey login, int maxFailedLogins, Instant now, Instant ticketExpiry) {
        expire(now);
        Instant lockedUntil = lockedUntil(maxFailedLogins, now);
        if (lockedUntil != null) {
            return new LoginAdmission.Locked(lockedUntil);
        }
        if (!trusted && tickets.size() + failures.countAfter(now.minus(HOUR)) >= maxFailedLogins) {
            return new LoginAdmission.Pending();
        }
        long id = ++nextTicket;
        tickets.put(id, ticketExpiry);
        return new LoginAdmission.Admitted(new LoginTicket(login, id));
    }

    /** See {@link SageQuotaStore#cancel}. */
    public void cancel(long ticketId) {
        tickets.remove(ticketId);
    }

    /** See {@link SageQuotaStore#answered}; the failure is counted in the same step the place is given back. */
    public void answered(long ticketId, int statusCode, Instant now) {
        tickets.remove(ticketId);
        if (statusCode == 401 || statusCode == 0 && refused(now)) {
            failures.add(now);
            failures.dropUpTo(now.minus(HOUR));
        }
        if (statusCode != 0) {
            trusted = statusCode != 401;
        }
    }

    /** See {@link SageQuotaStore#lockOut}. */
    public void lockOut(Instant until) {
        if (lockedOutUntil == null || until.isAfter(lockedOutUntil)) {
            lockedOutUntil = until;
        }
    }

    /** When the lock on these credentials lifts, or {@code null} when they are not locked. */
    public Instant lockedUntil(int maxFailedLogins, Instant now) {
        if (lockedOutUntil != null && lockedOutUntil.isAfter(now)) {
            return lockedOutUntil;
        }
        List<Instant> recent = failuresSince(now.minus(HOUR));
        return recent.size() < maxFailedLogins ? null : recent.get(recent.size() - maxFailedLogins).plus(HOUR);
    }

    /** See {@link SageQuotaStore#failedLoginsSince}. */
    public List<Instant> failuresSince(Instant since) {
        int count = failures.countAfter(since);
        List<Instant> result = new ArrayList<>(count);
        for (int i = failures.size() - count; i < failures.size(); i++) {
            result.add(failures.get(i));
        }
        return result;
    }

    /** Admissions past their expiry were never answered: their place is freed, as a failure after a 401. */
    private void expire(Instant now) {
        failures.dropUpTo(now.minus(HOUR));
        boolean refused = refused(now);
        for (Iterator<Map.Entry<Long, Instant>> it = tickets.entrySet().iterator(); it.hasNext(); ) {
            Instant expiry = it.next().getValue();
            if (!expiry.isAfter(now)) {
                it.remove();
                if (refused) {
                    failures.add(expiry);
                }
            }
        }
    }

    /** The last answer to these credentials was a 401 within the hour. */
    private boolean refused(Instant now) {
        return !trusted && failures.countAfter(now.minus(HOUR)) > 0;
    }
}

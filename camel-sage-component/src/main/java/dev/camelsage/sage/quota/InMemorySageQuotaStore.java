package dev.camelsage.sage.quota;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Quota state in this JVM: the default, enough when one Camel instance talks to a company. Each quota and each
 * username has its own lock, so companies never contend. Several components (or, in Quarkus dev mode, successive
 * runs of one application) may share one instance to share its state.
 */
public final class InMemorySageQuotaStore implements SageQuotaStore {

    private final Map<QuotaKey, QuotaWindow> quotas = new ConcurrentHashMap<>();
    private final Map<LoginKey, LoginState> logins = new ConcurrentHashMap<>();

    @Override
    public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
        return onQuota(key, window -> window.tryReserve(key, limits, now, leaseExpiry));
    }

    @Override
    public void release(QuotaLease lease, Instant completedAt) {
        onQuota(lease.key(), window -> {
            window.release(lease.id(), completedAt);
            return null;
        });
    }

    @Override
    public Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots) {
        return onQuota(key, window -> window.freeAt(limits, now, slots));
    }

    @Override
    public boolean block(QuotaKey key, Instant until, String reason, Instant now) {
        return onQuota(key, window -> window.block(until, reason, now));
    }

    @Override
    public void recordUnauthorized(QuotaKey key, Instant at) {
        onQuota(key, window -> {
            window.recordUnauthorized(at);
            return null;
        });
    }

    @Override
    public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits, Instant now) {
        return onQuota(key, window -> window.snapshot(limits, now));
    }

    @Override
    public LoginAdmission admit(LoginKey login, int maxFailedLogins, Instant now, Instant ticketExpiry) {
        return onLogin(login, state -> state.admit(login, maxFailedLogins, now, ticketExpiry));
    }

    @Override
    public void cancel(LoginTicket ticket) {
        onLogin(ticket.login(), state -> {
            state.cancel(ticket.id());
            return null;
        });
    }

    @Override
    public void answered(LoginTicket ticket, int statusCode, Instant now) {
        onLogin(ticket.login(), state -> {
            state.answered(ticket.id(), statusCode, now);
            return null;
        });
    }

    @Override
    public void lockOut(LoginKey login, Instant until) {
        onLogin(login, state -> {
            state.lockOut(until);
            return null;
        });
    }

    @Override
    public List<Instant> failedLoginsSince(LoginKey login, Instant since) {
        return onLogin(login, state -> state.failuresSince(since));
    }

    private <T> T onQuota(QuotaKey key, Function<QuotaWindow, T> action) {
        QuotaWindow window = quotas.computeIfAbsent(key, k -> new QuotaWindow());
        synchronized (window) {
            return action.apply(window);
        }
    }

    private <T> T onLogin(LoginKey login, Function<LoginState, T> action) {
        LoginState state = logins.computeIfAbsent(login, k -> new LoginState());
        synchronized (state) {
            return action.apply(state);
        }
    }
}

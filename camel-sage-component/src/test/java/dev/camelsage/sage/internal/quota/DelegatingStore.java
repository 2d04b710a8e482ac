package dev.camelsage.sage.internal.quota;

import java.time.Instant;
import java.util.List;

import dev.camelsage.sage.quota.LoginAdmission;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.LoginTicket;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLease;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.Reservation;
import dev.camelsage.sage.quota.SageQuotaStore;

/** Passes every call on to a store. */
class DelegatingStore implements SageQuotaStore {
    private final SageQuotaStore store;

    DelegatingStore(SageQuotaStore store) {
        this.store = store;
    }

    @Override
    public Reservation tryReserve(QuotaKey key, QuotaLimits limits, Instant now, Instant leaseExpiry) {
        return store.tryReserve(key, limits, now, leaseExpiry);
    }

    @Override
    public void release(QuotaLease lease, Instant completedAt) {
        store.release(lease, completedAt);
    }

    @Override
    public Instant freeAt(QuotaKey key, QuotaLimits limits, Instant now, int slots) {
        return store.freeAt(key, limits, now, slots);
    }

    @Override
    public boolean block(QuotaKey key, Instant until, String reason, Instant now) {
        return store.block(key, until, reason, now);
    }

    @Override
    public void recordUnauthorized(QuotaKey key, Instant at) {
        store.recordUnauthorized(key, at);
    }

    @Override
    public QuotaSnapshot snapshot(QuotaKey key, QuotaLimits limits, Instant now) {
        return store.snapshot(key, limits, now);
    }

    @Override
    public LoginAdmission admit(LoginKey login, int maxFailedLogins, Instant now, Instant ticketExpiry) {
        return store.admit(login, maxFailedLogins, now, ticketExpiry);
    }

    @Override
    public void cancel(LoginTicket ticket) {
        store.cancel(ticket);
    }

    @Override
    public void answered(LoginTicket ticket, int statusCode, Instant now) {
        store.answered(ticket, statusCode, now);
    }

    @Override
    public void lockOut(LoginKey login, Instant until) {
        store.lockOut(login, until);
    }

    @Override
    public List<Instant> failedLoginsSince(LoginKey login, Instant since) {
        return store.failedLoginsSince(login, since);
    }
}

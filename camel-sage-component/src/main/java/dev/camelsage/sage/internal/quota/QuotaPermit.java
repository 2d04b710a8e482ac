package dev.camelsage.sage.internal.quota;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelsage.sage.quota.LoginTicket;
import dev.camelsage.sage.quota.QuotaLease;

/**
 * The right to send one request. Exactly one of {@link #completed} and {@link #failed} must be called once the
 * request is over, so the guard can count it, learn from a 429 or 401, and free the slot; later calls are ignored.
 */
public final class QuotaPermit {

    private final QuotaGuard guard;
    private final QuotaRequest request;
    private final LoginTicket ticket;
    private final QuotaLease lease;
    private final AtomicBoolean over = new AtomicBoolean();

    QuotaPermit(QuotaGuard guard, QuotaRequest request, LoginTicket ticket, QuotaLease lease) {
        this.guard = guard;
        this.request = request;
        this.ticket = ticket;
        this.lease = lease;
    }

    /**
     * Sage answered.
     *
     * @param statusCode the HTTP status
     * @param retryAfter the {@code Retry-After} header, or {@code null}
     * @param reason     for a 429, Sage's lock-out reason (header or body), or {@code null}
     */
    public void completed(int statusCode, String retryAfter, String reason) {
        if (over.compareAndSet(false, true)) {
            guard.onAnswer(this, statusCode, retryAfter, reason);
        }
    }

    /** No answer came (I/O error, timeout): the request may still have reached Sage and counts as sent. */
    public void failed() {
        if (over.compareAndSet(false, true)) {
            guard.onNoAnswer(this);
        }
    }

    QuotaRequest request() {
        return request;
    }

    LoginTicket ticket() {
        return ticket;
    }

    QuotaLease lease() {
        return lease;
    }
}

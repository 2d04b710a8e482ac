package dev.camelsage.sage.hazelcast;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import dev.camelsage.sage.quota.QuotaBlock;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLease;
import dev.camelsage.sage.quota.QuotaLimits;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.sage.quota.QuotaWindow;
import dev.camelsage.sage.quota.Reservation;

/**
 * The quota operations of {@link HazelcastSageQuotaStore}, one step each. The SPI's {@code QuotaLimits},
 * {@code Reservation} and {@code QuotaSnapshot} are not serializable, so their values cross the network in the
 * records below and are rebuilt on the other side.
 */
final class QuotaSteps {

    /** The values of a {@link QuotaLimits}. */
    record Limits(int rateLimit, Duration rateLimitPeriod, int dailyRateLimit, Duration maxQuotaWait,
                  Duration blockDuration, int maxFailedLogins) implements Serializable {

        static Limits of(QuotaLimits limits) {
            return new Limits(limits.rateLimit(), limits.rateLimitPeriod(), limits.dailyRateLimit(),
                    limits.maxQuotaWait(), limits.blockDuration(), limits.maxFailedLogins());
        }

        QuotaLimits toQuotaLimits() {
            return new QuotaLimits(rateLimit, rateLimitPeriod, dailyRateLimit, maxQuotaWait, blockDuration,
                    maxFailedLogins);
        }
    }

    /** Answers the lease when granted, the block when blocked, {@code null} when full. */
    record Reserve(Limits limits, Instant now, Instant leaseExpiry) implements QuotaStep<Serializable> {

        @Override
        public Serializable apply(QuotaKey key, QuotaWindow window) {
            Reservation reservation = window.tryReserve(key, limits.toQuotaLimits(), now, leaseExpiry);
            if (reservation instanceof Reservation.Granted granted) {
                return granted.lease();
            }
            return reservation instanceof Reservation.Blocked blocked ? blocked.block() : null;
        }

        static Reservation toReservation(Object answer) {
            if (answer instanceof QuotaLease lease) {
                return new Reservation.Granted(lease);
            }
            return answer instanceof QuotaBlock block ? new Reservation.Blocked(block) : new Reservation.Full();
        }
    }

    record Release(long leaseId, Instant completedAt) implements QuotaStep<Void> {
        @Override
        public Void apply(QuotaKey key, QuotaWindow window) {
            window.release(leaseId, completedAt);
            return null;
        }
    }

    record FreeAt(Limits limits, Instant now, int slots) implements QuotaStep<Instant> {
        @Override
        public Instant apply(QuotaKey key, QuotaWindow window) {
            return window.freeAt(limits.toQuotaLimits(), now, slots);
        }
    }

    record Block(Instant until, String reason, Instant now) implements QuotaStep<Boolean> {
        @Override
        public Boolean apply(QuotaKey key, QuotaWindow window) {
            return window.block(until, reason, now);
        }
    }

    record RecordUnauthorized(Instant at) implements QuotaStep<Void> {
        @Override
        public Void apply(QuotaKey key, QuotaWindow window) {
            window.recordUnauthorized(at);
            return null;
        }
    }

    record Snapshot(Limits limits, Instant now) implements QuotaStep<SnapshotValues> {
        @Override
        public SnapshotValues apply(QuotaKey key, QuotaWindow window) {
            return SnapshotValues.of(window.snapshot(limits.toQuotaLimits(), now));
        }
    }

    /** The values of a {@link QuotaSnapshot}. */
    record SnapshotValues(int usedInWindow, int remainingInWindow, int usedToday, int remainingToday,
                          Instant blockedUntil, String blockReason, int recentRateLimited, int recentUnauthorized)
            implements Serializable {

        static SnapshotValues of(QuotaSnapshot s) {
            return new SnapshotValues(s.usedInWindow(), s.remainingInWindow(), s.usedToday(), s.remainingToday(),
                    s.blockedUntil(), s.blockReason(), s.recentRateLimited(), s.recentUnauthorized());
        }

        QuotaSnapshot toSnapshot() {
            return new QuotaSnapshot(usedInWindow, remainingInWindow, usedToday, remainingToday, blockedUntil,
                    blockReason, recentRateLimited, recentUnauthorized);
        }
    }

    private QuotaSteps() {
    }
}

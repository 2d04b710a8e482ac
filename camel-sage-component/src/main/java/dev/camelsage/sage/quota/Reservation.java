package dev.camelsage.sage.quota;

import java.io.Serializable;

/** The answer of {@link SageQuotaStore#tryReserve}: a lease, no free slot, or a block. */
public sealed interface Reservation extends Serializable {

    /** A slot is reserved; release the lease once the request is over. */
    record Granted(QuotaLease lease) implements Reservation {
    }

    /** The window or the day is full: nothing was reserved. */
    record Full() implements Reservation {
    }

    /** Sage blocks the quota: nothing was reserved, and nothing may be sent before the block ends. */
    record Blocked(QuotaBlock block) implements Reservation {
    }
}

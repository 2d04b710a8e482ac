package dev.camelsage.sage.quota;

import java.io.Serializable;

import java.time.Instant;

/** The answer of {@link SageQuotaStore#admit}: admitted, wait for an answer first, or locked out. */
public sealed interface LoginAdmission extends Serializable {

    /** The request may go; close the ticket with {@link SageQuotaStore#answered} or {@link SageQuotaStore#cancel}. */
    record Admitted(LoginTicket ticket) implements LoginAdmission {
    }

    /** The credentials are unproven and enough requests with them are in flight: wait for one to be answered. */
    record Pending() implements LoginAdmission {
    }

    /** The credentials failed {@code maxFailedLogins} times within the hour: nothing is sent before {@code until}. */
    record Locked(Instant until) implements LoginAdmission {
    }
}

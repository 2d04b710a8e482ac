package dev.camelsage.sage.hazelcast;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;

import dev.camelsage.sage.quota.LoginAdmission;
import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.LoginState;
import dev.camelsage.sage.quota.LoginTicket;

/**
 * The failed-login operations of {@link HazelcastSageQuotaStore}, one step each. {@code LoginAdmission} is not
 * serializable, so its value crosses the network instead and is rebuilt by the caller.
 */
final class LoginSteps {

    /** Answers the ticket when admitted, the end of the lock when locked, {@code null} when pending. */
    record Admit(int maxFailedLogins, Instant now, Instant ticketExpiry) implements LoginStep<Serializable> {

        @Override
        public Serializable apply(LoginKey login, LoginState state) {
            LoginAdmission admission = state.admit(login, maxFailedLogins, now, ticketExpiry);
            if (admission instanceof LoginAdmission.Admitted admitted) {
                return admitted.ticket();
            }
            return admission instanceof LoginAdmission.Locked locked ? locked.until() : null;
        }

        static LoginAdmission toAdmission(Object answer) {
            if (answer instanceof LoginTicket ticket) {
                return new LoginAdmission.Admitted(ticket);
            }
            return answer instanceof Instant until ? new LoginAdmission.Locked(until) : new LoginAdmission.Pending();
        }
    }

    record Cancel(long ticketId) implements LoginStep<Void> {
        @Override
        public Void apply(LoginKey login, LoginState state) {
            state.cancel(ticketId);
            return null;
        }
    }

    record Answered(long ticketId, int statusCode, Instant now) implements LoginStep<Void> {
        @Override
        public Void apply(LoginKey login, LoginState state) {
            state.answered(ticketId, statusCode, now);
            return null;
        }
    }

    record LockOut(Instant until) implements LoginStep<Void> {
        @Override
        public Void apply(LoginKey login, LoginState state) {
            state.lockOut(until);
            return null;
        }
    }

    record FailuresSince(Instant since) implements LoginStep<ArrayList<Instant>> {
        @Override
        public ArrayList<Instant> apply(LoginKey login, LoginState state) {
            return new ArrayList<>(state.failuresSince(since));
        }
    }

    private LoginSteps() {
    }
}

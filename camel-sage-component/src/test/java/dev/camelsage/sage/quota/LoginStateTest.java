package dev.camelsage.sage.quota;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginStateTest {

    private static final LoginKey ALICE = new LoginKey("https://accounting.sageone.co.za", "61e1d4b65f7db93e");
    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private static final Duration TICKET = Duration.ofSeconds(10);

    private final LoginState state = new LoginState();

    @Test
    void anAdmissionThatExpiresUnansweredAfterA401CountsAsAFailedLogin() {
        state.answered(ticket(T0), 401, T0);
        for (int i = 0; i < 3; i++) {
            state.answered(ticket(T0), 401, T0);
        }
        ticket(T0);

        Instant afterExpiry = T0.plus(TICKET);
        assertThat(state.admit(ALICE, 5, afterExpiry, afterExpiry.plus(TICKET)))
                .as("four 401s and a request Sage may have refused: the fifth failure")
                .isInstanceOf(LoginAdmission.Locked.class);
        assertThat(state.failuresSince(T0.minusSeconds(1))).hasSize(5).last().isEqualTo(afterExpiry);
    }

    @Test
    void anAdmissionThatExpiresUnansweredBeforeAny401ProvesNothing() {
        ticket(T0);

        Instant afterExpiry = T0.plus(TICKET);
        assertThat(state.admit(ALICE, 5, afterExpiry, afterExpiry.plus(TICKET))).isInstanceOf(LoginAdmission.Admitted.class);
        assertThat(state.failuresSince(T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void noAnswerAfterASuccessProvesNothing() {
        state.answered(ticket(T0), 401, T0);
        state.answered(ticket(T0), 200, T0);

        state.answered(ticket(T0), 0, T0.plusSeconds(1));

        assertThat(state.failuresSince(T0.minusSeconds(1))).hasSize(1);
    }

    /** Admits a request at {@code at}; its admission expires {@link #TICKET} later. */
    private long ticket(Instant at) {
        LoginAdmission admission = state.admit(ALICE, 5, at, at.plus(TICKET));
        assertThat(admission).isInstanceOf(LoginAdmission.Admitted.class);
        return ((LoginAdmission.Admitted) admission).ticket().id();
    }
}

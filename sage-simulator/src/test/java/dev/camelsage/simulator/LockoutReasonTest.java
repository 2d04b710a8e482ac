package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Why a 429 happened: in the header, the body or both, with Sage's two documented sentences. */
class LockoutReasonTest {

    private static final QuotaSettings TIGHT = QuotaSettings.sage().withWindow(2, Duration.ofSeconds(10))
            .withFailedLogins(2, Duration.ofHours(24));

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(TIGHT))
            .withManualClock(Instant.parse("2026-03-02T08:00:00Z"));

    private static SageCall.Reply overTheWindow() {
        SageCall.get(SAGE.get(), "TaxType/Get").send();
        SageCall.get(SAGE.get(), "TaxType/Get").send();
        return SageCall.get(SAGE.get(), "TaxType/Get").send();
    }

    private static SageCall.Reply lockedOut() {
        for (int i = 0; i < 2; i++) {
            SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send();
        }
        return SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send();
    }

    @Test
    void byDefaultTheReasonIsInBothHeaderAndBody() {
        SageCall.Reply reply = overTheWindow();

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("X-RequestLimit-ExceededReason")).isEqualTo(QuotaTracker.WINDOW_MESSAGE);
        assertThat(reply.message()).isEqualTo(QuotaTracker.WINDOW_MESSAGE);
    }

    @ParameterizedTest
    @EnumSource(LockoutReason.class)
    void theBlockAndTheLockOutAreToldApartWhereverTheReasonIs(LockoutReason where) {
        SAGE.get().quota(TIGHT.withLockoutReason(where));

        SageCall.Reply block = overTheWindow();
        SageCall.Reply lockOut = lockedOut();

        assertThat(block.status()).isEqualTo(429);
        assertThat(lockOut.status()).isEqualTo(429);
        assertThat(reason(block, where)).contains("per minute").contains("1 hour");
        assertThat(reason(lockOut, where)).contains("login attempts").contains("24 hours");
        assertThat(block.header("X-RequestLimit-ExceededReason") != null).isEqualTo(where != LockoutReason.BODY);
        assertThat(block.bytes().length > 0).isEqualTo(where != LockoutReason.HEADER);
    }

    private static String reason(SageCall.Reply reply, LockoutReason where) {
        return where == LockoutReason.HEADER ? reply.header("X-RequestLimit-ExceededReason") : reply.message();
    }
}

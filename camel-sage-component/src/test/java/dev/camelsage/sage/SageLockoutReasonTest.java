package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;

import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.simulator.LockoutReason;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.camelsage.simulator.SageSimulator.DEMO_API_KEY;
import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why Sage answered 429, wherever it says so (the reason header, the body, or both: no capture shows which): a
 * username locked out for 24 hours is held back for the day, a company blocked for exceeding its minute for the hour.
 */
class SageLockoutReasonTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    @AutoClose
    private QuotaCamelFixture camel;

    @ParameterizedTest(name = "reason in {0}")
    @EnumSource(LockoutReason.class)
    void aUsernameLockOutIsHeldBackForTheDay(LockoutReason where) {
        sage().quota(QuotaSettings.sage().withFailedLogins(1, Duration.ofHours(24)).withLockoutReason(where));
        camel = new QuotaCamelFixture(sage(), c -> c.setPassword("wrong-password"));

        SageRateLimitException locked = firstRateLimit();

        assertThat(locked.getReason()).contains("Username").contains("24 hours");
        assertThat(locked.getBlockedUntil()).as("a day, not the hour of a request block")
                .isAfter(Instant.now().plus(Duration.ofHours(23)));
    }

    @ParameterizedTest(name = "reason in {0}")
    @EnumSource(LockoutReason.class)
    void aBlockForTheMinutesRequestsIsHeldBackForTheHour(LockoutReason where) {
        sage().quota(QuotaSettings.sage().withLockoutReason(where));
        sage().faults().forceBlock(DEMO_API_KEY, DEMO_COMPANY_ID);
        camel = new QuotaCamelFixture(sage(), c -> { });

        SageRateLimitException blocked = firstRateLimit();

        assertThat(blocked.getReason()).contains("per minute").doesNotContain("Username");
        assertThat(blocked.getBlockedUntil()).as("blockDuration, an hour")
                .isAfter(Instant.now().plus(Duration.ofMinutes(59)))
                .isBefore(Instant.now().plus(Duration.ofMinutes(61)));
        Exchange held = camel.template().request("sage:taxType?operation=get", e -> { });
        assertThat(held.getException()).isInstanceOf(SageRateLimitException.class);
        assertThat(sage().journal().entries()).as("nothing more reaches Sage during the block").hasSize(1);
    }

    private SageRateLimitException firstRateLimit() {
        for (int i = 0; i < 4; i++) {
            Exchange result = camel.template().request("sage:taxType?operation=get", e -> { });
            if (result.getException() instanceof SageRateLimitException e) {
                return e;
            }
        }
        throw new AssertionError("Sage never answered 429: " + sage().journal().entries());
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }
}

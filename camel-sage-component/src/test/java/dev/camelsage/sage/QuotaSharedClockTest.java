package dev.camelsage.sage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelsage.sage.QuotaCamelFixture.company;
import static dev.camelsage.sage.QuotaCamelFixture.window;
import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static dev.camelsage.simulator.SageSimulator.SECOND_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Blocks and lock-outs that last seconds or a day, on one clock: the component's {@code clock} option is the
 * simulator's manual clock, so a block ends when the test says so and both sides agree on every instant to the
 * millisecond. No request waits for a slot here (that takes real time: {@link QuotaSimulatorTest}).
 */
class QuotaSharedClockTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create().withManualClock(T0);

    @AutoClose
    private QuotaCamelFixture camel;

    @Test
    void after429NothingIsSentForTheCompanyUntilTheInstantTheBlockEndsAndThenTrafficResumes() {
        // Sage's real limit is lower than the component believes: the component walks into a 429 once.
        sage().quota(QuotaSettings.sage().withWindow(5, Duration.ofSeconds(2)).withBlockDuration(Duration.ofSeconds(3)));
        camel = new QuotaCamelFixture(sage(), window(20, Duration.ofSeconds(1)).andThen(c -> c.setBlockDuration(3_000)))
                .clock(new SharedClock(SAGE.clock()));
        for (int i = 0; i < 5; i++) {
            camel.template().requestBody("sage:taxType?operation=get", (Object) null);
        }
        assertThatThrownBy(() -> camel.template().requestBody("sage:taxType?operation=get", (Object) null))
                .hasCauseInstanceOf(SageRateLimitException.class);
        Instant blockedUntil = T0.plus(Duration.ofSeconds(3));
        assertThat(snapshot(DEMO_COMPANY_ID).blockedUntil()).isEqualTo(blockedUntil);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> camel.template().requestBody("sage:taxType?operation=get", (Object) null))
                    .isInstanceOf(CamelExecutionException.class).cause()
                    .isInstanceOfSatisfying(SageRateLimitException.class, e -> {
                        assertThat(e.getBlockedUntil()).isEqualTo(blockedUntil);
                        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
                        assertThat(e.getReason()).contains("exceeded the allowed number of transactions");
                    });
        }
        Object other = camel.template().requestBodyAndHeader("sage:taxType?operation=get", null,
                SageConstants.COMPANY_ID, SECOND_COMPANY_ID);
        assertThat(other).as("company 2 goes on").isInstanceOf(List.class);

        SAGE.clock().set(blockedUntil.minusMillis(1));
        assertThat(send().getException()).as("a millisecond before the end").isInstanceOf(SageRateLimitException.class);
        assertThat(sage().journal().count(e -> company(e, DEMO_COMPANY_ID))).as("five answered, one 429").isEqualTo(6);

        SAGE.clock().set(blockedUntil);
        assertThat(send().getException()).as("at the end of the block").isNull();
        List<JournalEntry> company1 = sage().journal().entries(e -> company(e, DEMO_COMPANY_ID));
        assertThat(company1).extracting(JournalEntry::status).containsExactly(200, 200, 200, 200, 200, 429, 200);
        assertThat(company1.get(6).time()).isEqualTo(blockedUntil);
        assertThat(sage().journal().requestsWhileBlocked()).isZero();
    }

    @Test
    void aUsernameLockedBySageIsBlockedForExactlyADayFromTheAnswerThatSaidSo() {
        sage().quota(QuotaSettings.sage().withFailedLogins(1, Duration.ofHours(24)));
        camel = new QuotaCamelFixture(sage(), c -> c.setPassword("wrong-password")).clock(new SharedClock(SAGE.clock()));

        Exchange first = send();
        SAGE.clock().advance(Duration.ofMinutes(1));
        Exchange second = send();

        assertThat(first.getException()).isInstanceOf(SageAuthenticationException.class);
        assertThat(second.getException()).as("Sage answered 429 for the locked username")
                .isInstanceOfSatisfying(SageRateLimitException.class, locked -> assertThat(locked.getBlockedUntil())
                        .as("the guard's 24-hour login block, not the hour of a request block")
                        .isEqualTo(T0.plus(Duration.ofMinutes(1)).plus(Duration.ofHours(24)))
                        .isEqualTo(snapshot(DEMO_COMPANY_ID).blockedUntil()));
        assertThat(sage().journal().entries()).extracting(JournalEntry::status).containsExactly(401, 429);
    }

    private Exchange send() {
        return camel.template().request("sage:taxType?operation=get", e -> { });
    }

    private QuotaSnapshot snapshot(long companyId) {
        return camel.context.getEndpoint("sage:taxType?operation=get", SageEndpoint.class).quotaSnapshot(companyId);
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }
}

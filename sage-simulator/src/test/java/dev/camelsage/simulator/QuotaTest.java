package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuotaTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b
            .quota(QuotaSettings.sage().withWindow(5, Duration.ofSeconds(10)).withBlockDuration(Duration.ofMinutes(1))))
            .withManualClock(Instant.parse("2026-03-02T08:00:00Z"));

    private SageCall.Reply taxTypes() {
        return SageCall.get(SAGE.get(), "TaxType/Get").send();
    }

    @Test
    void windowIsSlidingNotCalendar() {
        // 3 requests late in one "calendar" window, 2 early in the next: 5 within 10 s, allowed.
        SAGE.clock().advance(Duration.ofSeconds(7));
        for (int i = 0; i < 3; i++) {
            assertThat(taxTypes().status()).isEqualTo(200);
        }
        SAGE.clock().advance(Duration.ofSeconds(4));
        assertThat(taxTypes().status()).isEqualTo(200);
        assertThat(taxTypes().status()).isEqualTo(200);
        // The sixth within 10 s (the first three are 4 s old) crosses a calendar boundary yet is refused.
        SageCall.Reply sixth = taxTypes();

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("X-RequestLimit-ExceededReason")).isEqualTo(QuotaTracker.WINDOW_MESSAGE);
        assertThat(sixth.message()).isEqualTo(QuotaTracker.WINDOW_MESSAGE);
        assertThat(sixth.header("Retry-After")).as("Sage documents no Retry-After").isNull();
        assertThat(SAGE.get().journal().maxRequestsInAnyWindow(SageSimulator.DEMO_API_KEY, 1, Duration.ofSeconds(10))).isEqualTo(6);
    }

    @Test
    void everyRequestDuringTheBlockExtendsIt() {
        for (int i = 0; i < 6; i++) {
            taxTypes();
        }
        SAGE.clock().advance(Duration.ofSeconds(50));
        assertThat(taxTypes().status()).as("still blocked, and this extends the block by a minute").isEqualTo(429);
        SAGE.clock().advance(Duration.ofSeconds(50));
        assertThat(taxTypes().status()).as("100 s after the first 429 but only 50 s after the last").isEqualTo(429);
        SAGE.clock().advance(Duration.ofSeconds(61));

        assertThat(taxTypes().status()).isEqualTo(200);
        assertThat(SAGE.get().journal().requestsWhileBlocked()).isEqualTo(2);
    }

    @Test
    void refusedButAuthenticatedRequestsCountTowardsTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(SageCall.get(SAGE.get(), "TaxType/GetAll").send().status()).isEqualTo(404);
        }

        assertThat(taxTypes().status()).isEqualTo(429);
    }

    @Test
    void requestsThatFailAuthenticationDoNotCount() {
        for (int i = 0; i < 5; i++) {
            SageCall.get(SAGE.get(), "TaxType/Get").param("apikey", "not-a-key").send();
        }

        assertThat(taxTypes().status()).isEqualTo(200);
    }

    @Test
    void companyListWithoutCompanyIdCountsUnderCompanyZero() {
        for (int i = 0; i < 5; i++) {
            SageCall.get(SAGE.get(), "Company/Get").param("companyid", null).send();
        }

        assertThat(SageCall.get(SAGE.get(), "Company/Get").param("companyid", null).send().status()).isEqualTo(429);
        assertThat(taxTypes().status()).as("company 1 has its own window").isEqualTo(200);
    }

    @Test
    void blockIsPerCompany() {
        for (int i = 0; i < 6; i++) {
            taxTypes();
        }
        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").company(2).send().status()).isEqualTo(200);
    }

    @Test
    void retryAfterIsSentWhenConfigured() {
        SAGE.get().quota(QuotaSettings.sage().withWindow(1, Duration.ofSeconds(10))
                .withBlockDuration(Duration.ofMinutes(1)).withRetryAfter(true));
        taxTypes();

        assertThat(taxTypes().header("Retry-After")).isEqualTo("60");
    }

    @Test
    void dailyLimitRefusesUntilTheNextDay() {
        SAGE.get().quota(QuotaSettings.sage().withDaily(3));
        for (int i = 0; i < 3; i++) {
            assertThat(taxTypes().status()).isEqualTo(200);
        }
        SageCall.Reply refused = taxTypes();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("X-RequestLimit-ExceededReason")).isEqualTo(QuotaTracker.DAILY_MESSAGE);

        SAGE.clock().advance(Duration.ofDays(1));
        assertThat(taxTypes().status()).isEqualTo(200);
    }

    @Test
    void failedLoginsBlockTheUsernameEvenWithTheRightPassword() {
        SAGE.get().quota(QuotaSettings.sage().withFailedLogins(3, Duration.ofHours(24)));
        for (int i = 0; i < 3; i++) {
            assertThat(SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send().status())
                    .isEqualTo(401);
        }
        SageCall.Reply fourth = SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send();
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.message()).isEqualTo(QuotaTracker.LOGIN_MESSAGE);

        assertThat(taxTypes().status()).as("right password, blocked username").isEqualTo(429);
        SAGE.clock().advance(Duration.ofHours(24));
        assertThat(taxTypes().status()).isEqualTo(200);
    }

    @Test
    void failedLoginsOlderThanAnHourDoNotCount() {
        SAGE.get().quota(QuotaSettings.sage().withFailedLogins(3, Duration.ofHours(24)));
        for (int i = 0; i < 3; i++) {
            SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send();
        }
        SAGE.clock().advance(Duration.ofMinutes(61));

        assertThat(SageCall.get(SAGE.get(), "TaxType/Get").login(SageSimulator.DEMO_USERNAME, "wrong").send().status()).isEqualTo(401);
    }
}

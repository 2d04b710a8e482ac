package dev.camelsage.sage.quota;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limits that cannot work are refused with the option to fix; the smallest ones that can are taken. */
class QuotaLimitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rateLimit 0              | 0 | PT1S    | 1 | PT0S   | PT1S   | 1 | rateLimit must be at least 1, was 0
            dailyRateLimit 0         | 1 | PT1S    | 0 | PT0S   | PT1S   | 1 | dailyRateLimit must be at least 1, was 0
            maxFailedLogins 0        | 1 | PT1S    | 1 | PT0S   | PT1S   | 0 | maxFailedLogins must be at least 1, was 0
            period zero              | 1 | PT0S    | 1 | PT0S   | PT1S   | 1 | rateLimitPeriod must be between 1 ms and 24 hours, was PT0S
            period negative          | 1 | PT-1S   | 1 | PT0S   | PT1S   | 1 | rateLimitPeriod must be between 1 ms and 24 hours, was PT-1S
            period over a day        | 1 | PT24H1S | 1 | PT0S   | PT1S   | 1 | rateLimitPeriod must be between 1 ms and 24 hours, was PT24H0.001S
            maxQuotaWait negative    | 1 | PT1S    | 1 | PT-1S  | PT1S   | 1 | maxQuotaWait must be zero or more, was PT-1S
            blockDuration zero       | 1 | PT1S    | 1 | PT0S   | PT0S   | 1 | blockDuration must be positive, was PT0S
            blockDuration negative   | 1 | PT1S    | 1 | PT0S   | PT-1S  | 1 | blockDuration must be positive, was PT-1S
            """)
    void limitsThatCannotWorkAreRefusedNamingTheOption(String name, int rate, String period, int daily, String wait,
            String block, int logins, String problem) {
        Duration rateLimitPeriod = name.equals("period over a day") ? Duration.ofHours(24).plusMillis(1)
                : Duration.parse(period);
        assertThatThrownBy(() -> new QuotaLimits(rate, rateLimitPeriod, daily, Duration.parse(wait),
                Duration.parse(block), logins))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid Sage quota option: " + problem + ". Fix the option on the sage component or endpoint.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the smallest of each   | PT0.001S | PT0S  | PT0.001S
            a whole day            | PT24H    | PT1H  | PT1H
            """)
    void theSmallestAndLargestLimitsThatCanWorkAreTaken(String name, String period, String wait, String block) {
        QuotaLimits limits = new QuotaLimits(1, Duration.parse(period), 1, Duration.parse(wait), Duration.parse(block), 1);

        assertThat(limits.rateLimitPeriod()).isEqualTo(Duration.parse(period));
    }
}

package dev.camelsage.sage.internal.client;

import java.time.Duration;

import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One spelling of an installation and of the API key, and the key kept out of whatever is shown. */
class SageApiSettingsTest {

    private static final QuotaLimits LIMITS = new QuotaLimits(100, Duration.ofMinutes(1), 5000, Duration.ZERO,
            Duration.ofHours(1), 3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTPS://Accounting.SageOne.co.za:443/  | https://accounting.sageone.co.za
            https://accounting.sageone.co.za       | https://accounting.sageone.co.za
            http://127.0.0.1:80                    | http://127.0.0.1
            http://127.0.0.1:8080//                | http://127.0.0.1:8080
            https://example.com:80/sage/           | https://example.com:80/sage
            http://example.com:443                 | http://example.com:443
            """)
    void oneInstallationHasOneSpelling(String given, String normalized) {
        assertThat(SageApiSettings.normalizeBaseUrl(given)).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            6a1c9f3e-0000-4000-8000-00000000c0de     | {6a1c9f3e-0000-4000-8000-00000000c0de}
            ' 6A1C9F3E-0000-4000-8000-00000000C0DE ' | {6A1C9F3E-0000-4000-8000-00000000C0DE}
            {6a1c9f3e-0000-4000-8000-00000000c0de}   | {6a1c9f3e-0000-4000-8000-00000000c0de}
            not-a-guid                               | not-a-guid
            """)
    void aBareGuidGetsItsBraces(String given, String sent) {
        assertThat(SageApiSettings.apiKeyAsSent(given)).isEqualTo(sent);
    }

    @Test
    void everyFormOfTheKeyIsRedactedAndNothingElse() {
        SageApiSettings settings = settings("6a1c9f3e-0000-4000-8000-00000000c0de", "Alice@Example.co.za");

        assertThat(settings.redact("k={6a1c9f3e-0000-4000-8000-00000000c0de} "
                                   + "e=%7B6a1c9f3e-0000-4000-8000-00000000c0de%7D b=6a1c9f3e-0000-4000-8000-00000000c0de"))
                .isEqualTo("k=xxxxxx e=xxxxxx b=xxxxxx");
        assertThat(settings.redact("nothing secret")).isEqualTo("nothing secret");
        assertThat(settings.redact(null)).isNull();
        assertThat(settings("", "a").redact("text {}")).isEqualTo("text {}");
        assertThat(settings(null, "a").redact("text")).isEqualTo("text");
        assertThat(settings.toString()).isEqualTo("SageApiSettings[baseUrl=https://accounting.sageone.co.za,"
                                                  + " apiVersion=2.0.0]");
    }

    @Test
    void quotasAreCountedPerKeyAndCompanyAndFailedLoginsPerUsernameInAnyCase() {
        SageApiSettings settings = settings("6a1c9f3e-0000-4000-8000-00000000c0de", "Alice@Example.co.za");

        assertThat(settings.quotaKey(7L)).isEqualTo(new QuotaKey("https://accounting.sageone.co.za",
                QuotaKey.fingerprint("{6a1c9f3e-0000-4000-8000-00000000c0de}"), "7"));
        assertThat(settings.quotaKey(null).companyId()).isEqualTo("-");
        assertThat(settings.loginKey()).isEqualTo(settings("x", "alice@example.co.za").loginKey());
        assertThat(settings("x", null).loginKey().usernameFingerprint()).isEqualTo(QuotaKey.fingerprint(""));
        assertThat(settings.leaseTime()).isEqualTo(Duration.ofSeconds(3));
    }

    private static SageApiSettings settings(String apiKey, String username) {
        return new SageApiSettings("https://Accounting.SageOne.co.za/", "2.0.0", username, "secret", apiKey,
                Duration.ofSeconds(1), Duration.ofSeconds(1), LIMITS);
    }
}

package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.camelsage.sage.BoundedWait;
import dev.camelsage.sage.LogCapture;
import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static dev.camelsage.sage.internal.quota.QuotaFixture.company;
import static dev.camelsage.sage.internal.quota.QuotaFixture.granted;
import static dev.camelsage.sage.internal.quota.QuotaFixture.limits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaGuardLoginTest {

    private static final QuotaKey ACME = company("1");
    private static final QuotaKey GLOBEX = company("2");
    /** Five failed logins allowed, plenty of room in the window. */
    private static final QuotaLimits LIMITS = limits(100, Duration.ofSeconds(1));
    private static final String ALICE = "alice@example.co.za";
    private static final String BOB = "bob@example.co.za";

    private final QuotaFixture quota = new QuotaFixture();

    @Test
    void afterMaxFailedLoginsTheUsernameFailsAtOnceUntilTheHourOfTheFirstFailureIsOver() {
        for (int i = 0; i < 5; i++) {
            granted(quota.acquire(ACME, ALICE, LIMITS)).completed(401, null, null);
            quota.advance(Duration.ofMinutes(1));
        }
        Instant lifts = quota.at(Duration.ofHours(1));

        CompletableFuture<QuotaPermit> refused = quota.acquire(ACME, ALICE, LIMITS);
        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(() -> BoundedWait.join(refused)).cause().isInstanceOfSatisfying(SageAuthenticationException.class, e -> {
            assertThat(e.getRejected()).isEqualTo(SageAuthenticationException.Rejected.CREDENTIALS);
            assertThat(e.isHeldBack()).isTrue();
            assertThat(e.getMessage()).as("the username is personal data").doesNotContain(ALICE)
                    .contains(QuotaFixture.login(ALICE).usernameFingerprint()).contains("5 times").contains(lifts.toString())
                    .contains("Fix the username, password or API key");
        });

        quota.scheduler.advanceTo(lifts.minusMillis(1));
        assertThat(quota.acquire(ACME, ALICE, LIMITS)).isCompletedExceptionally();
        quota.scheduler.advanceTo(lifts);
        assertThat(quota.acquire(ACME, ALICE, LIMITS)).isCompleted();
    }

    @Test
    void aBurstWithUntestedCredentialsSendsNoMoreThanMaxFailedLogins() {
        List<CompletableFuture<QuotaPermit>> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add(quota.acquire(ACME, ALICE, LIMITS));
        }
        List<CompletableFuture<QuotaPermit>> sent = burst.stream().filter(CompletableFuture::isDone).toList();
        assertThat(sent).hasSize(5);

        sent.forEach(permit -> BoundedWait.join(permit).completed(401, null, null));
        quota.scheduler.runDue();

        assertThat(burst).allSatisfy(future -> assertThat(future).isDone());
        assertThat(burst.stream().filter(CompletableFuture::isCompletedExceptionally)).hasSize(15);
        assertThatThrownBy(() -> BoundedWait.join(burst.get(19))).cause().isInstanceOf(SageAuthenticationException.class);
        assertThat(quota.guard.snapshot(ACME, LIMITS).recentUnauthorized()).isEqualTo(5);
    }

    @Test
    void credentialsThatWorkedGoAtFullSpeed() {
        granted(quota.acquire(ACME, ALICE, LIMITS)).completed(200, null, null);

        for (int i = 0; i < 20; i++) {
            granted(quota.acquire(ACME, ALICE, LIMITS));
        }
    }

    @Test
    void waitersForUntestedCredentialsGoOnceOneRequestSucceeds() {
        List<CompletableFuture<QuotaPermit>> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add(quota.acquire(ACME, ALICE, LIMITS));
        }
        BoundedWait.join(burst.get(0)).completed(200, null, null);
        quota.scheduler.runDue();

        assertThat(burst).allSatisfy(future -> assertThat(future).isCompleted());
    }

    @Test
    void after401sOnlyTheRemainingAllowanceMayBeInFlight() {
        granted(quota.acquire(ACME, ALICE, LIMITS)).completed(200, null, null);
        granted(quota.acquire(ACME, ALICE, LIMITS)).completed(401, null, null);
        granted(quota.acquire(ACME, ALICE, LIMITS)).completed(401, null, null);

        List<CompletableFuture<QuotaPermit>> next = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            next.add(quota.acquire(ACME, ALICE, LIMITS));
        }
        assertThat(next.stream().filter(CompletableFuture::isDone)).as("5 allowed, 2 failed").hasSize(3);
    }

    @Test
    void failedLoginsCountAcrossCompaniesButNotAcrossUsernames() {
        for (int i = 0; i < 5; i++) {
            granted(quota.acquire(i % 2 == 0 ? ACME : GLOBEX, ALICE, LIMITS)).completed(401, null, null);
        }
        assertThatThrownBy(() -> BoundedWait.join(quota.acquire(GLOBEX, ALICE, LIMITS))).cause()
                .isInstanceOf(SageAuthenticationException.class);
        assertThatThrownBy(() -> BoundedWait.join(quota.acquire(ACME, ALICE, LIMITS))).cause()
                .isInstanceOf(SageAuthenticationException.class);

        granted(quota.acquire(ACME, BOB, LIMITS));
    }

    @Test
    void anUnansweredRequestProvesNothingAboutTheCredentials() {
        List<CompletableFuture<QuotaPermit>> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(quota.acquire(ACME, ALICE, LIMITS));
        }
        quota.scheduler.runDue();
        assertThat(burst.get(5)).as("five untested in flight").isNotDone();

        BoundedWait.join(burst.get(0)).failed();
        quota.scheduler.runDue();

        assertThat(burst.get(5)).as("one place freed, still untested").isCompleted();
        assertThat(quota.acquire(ACME, ALICE, LIMITS)).isNotDone();
    }

    @Test
    void afterA401ARequestLeftUnansweredCountsAsAFailedLoginForSageMayHaveCountedIt() {
        granted(quota.acquire(ACME, ALICE, LIMITS)).completed(401, null, null);
        List<CompletableFuture<QuotaPermit>> next = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            next.add(quota.acquire(ACME, ALICE, LIMITS));
        }
        assertThat(next.stream().filter(CompletableFuture::isDone)).as("5 allowed, 1 failed").hasSize(4);

        BoundedWait.join(next.get(0)).failed();
        quota.scheduler.runDue();
        assertThat(next.get(4)).as("the unanswered request keeps its place as a failure").isNotDone();

        for (int i = 1; i < 4; i++) {
            BoundedWait.join(next.get(i)).completed(401, null, null);
        }
        quota.scheduler.runDue();
        assertThatThrownBy(() -> BoundedWait.join(next.get(4))).as("five failures: locked").cause()
                .isInstanceOf(SageAuthenticationException.class);
    }

    @Test
    void aUsernameSageLockedOutIsHeldBackForEveryCompanyForTheDay() {
        granted(quota.acquire(ACME, ALICE, LIMITS)).completed(429, null,
                "Your Username has exceeded the allowed number of login attempts and has been blocked for 24 hours");
        Instant lifts = quota.at(Duration.ofHours(24));

        CompletableFuture<QuotaPermit> otherCompany = quota.acquire(GLOBEX, ALICE, LIMITS);
        assertThat(otherCompany).as("refused at once, without waiting").isCompletedExceptionally();
        assertThatThrownBy(() -> BoundedWait.join(otherCompany)).cause()
                .isInstanceOfSatisfying(SageAuthenticationException.class, e -> assertThat(e.getMessage())
                        .contains("until " + lifts + " (24h from now)").contains("or locked the username out"));
        granted(quota.acquire(GLOBEX, BOB, LIMITS));

        quota.scheduler.advanceTo(lifts.minusMillis(1));
        assertThat(quota.acquire(GLOBEX, ALICE, LIMITS)).isCompletedExceptionally();
        quota.scheduler.advanceTo(lifts);
        assertThat(quota.acquire(GLOBEX, ALICE, LIMITS)).isCompleted();
    }

    @Test
    void theLockIsLoggedOnceAtTheFailureThatCompletesItWithTheTimeItLifts() {
        try (LogCapture log = new LogCapture("dev.camelsage.sage.internal.quota")) {
            for (int i = 0; i < 4; i++) {
                granted(quota.acquire(ACME, ALICE, LIMITS)).completed(401, null, null);
                quota.advance(Duration.ofMinutes(1));
            }
            granted(quota.acquire(ACME, BOB, LIMITS)).completed(200, null, null);
            assertThat(log.messagesAt(Level.ERROR)).as("four of five failures, and a success").isEmpty();

            granted(quota.acquire(ACME, ALICE, LIMITS)).completed(401, null, null);

            assertThat(log.messagesAt(Level.ERROR)).singleElement().asString()
                    .contains("username fingerprint " + QuotaFixture.login(ALICE).usernameFingerprint())
                    .contains("5 times within an hour").contains("until " + quota.at(Duration.ofHours(1)))
                    .doesNotContain(ALICE);
        }
    }
}

package dev.camelsage.sage;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.internal.client.SageApi;
import dev.camelsage.simulator.QuotaSettings;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the request path makes of a call that fails, and what it says of one that succeeds. */
class SageRequestFailuresTest extends SageTestSupport {

    @Test
    void aRefusedConnectionSaysNothingWasSentAndGivesBackItsPlaceAtTheLoginGate() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        // One request at a time with credentials not yet known to work, and no waiting for a place: a place not
        // given back would hold the second request back instead of letting it try.
        String uri = "sage:customer?companyId=1&maxFailedLogins=1&maxQuotaWait=0&customQuota=true&baseUrl=http://127.0.0.1:"
                     + closedPort;

        for (int attempt = 1; attempt <= 2; attempt++) {
            Exchange exchange = send(uri, null);

            assertThat(exchange.getException()).as("attempt %d", attempt).isExactlyInstanceOf(ConnectException.class)
                    .hasMessageStartingWith("Could not connect to Sage for GET Customer/Get")
                    .hasMessageContaining("http://127.0.0.1:" + closedPort).hasMessageContaining(": nothing was sent (")
                    .hasCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void theBlockOfA429EndsWhenSagesRetryAfterSaysNotAfterTheDefaultHour() {
        sage().quota(QuotaSettings.sage().withWindow(1, Duration.ofMinutes(1)).withBlockDuration(Duration.ofMinutes(2))
                .withRetryAfter(true));
        send("sage:taxType?companyId=1", null);
        Instant before = Instant.now();

        Exchange blocked = send("sage:taxType?companyId=1", null);

        assertThat(blocked.getException()).isInstanceOfSatisfying(SageRateLimitException.class, e -> {
            assertThat(e.isHeldBack()).isFalse();
            assertThat(e.getBlockedUntil()).isBetween(before.plusSeconds(100), Instant.now().plusSeconds(121));
        });
    }

    @Test
    void theDebugLineOfAnAnswerGivesItsStatusAndHowLongItTook() {
        try (LogCapture log = new LogCapture(SageApi.class)) {
            long started = System.nanoTime();
            send("sage:taxType?companyId=1", null);
            long elapsed = (System.nanoTime() - started) / 1_000_000;

            String line = log.messagesAt(Level.DEBUG).stream().filter(m -> m.contains("answered")).findFirst()
                    .orElseThrow();
            Matcher took = Pattern.compile("GET TaxType/Get .*answered 200 in (\\d+) ms").matcher(line);
            assertThat(took.find()).as(line).isTrue();
            assertThat(Long.parseLong(took.group(1))).isBetween(0L, elapsed);
        }
    }
}

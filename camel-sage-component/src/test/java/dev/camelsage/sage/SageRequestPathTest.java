package dev.camelsage.sage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Where a request's continuation runs, which quota it spends, and that nothing on its path waits without end. */
class SageRequestPathTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    private final List<String> threads = new CopyOnWriteArrayList<>();
    @AutoClose
    private QuotaCamelFixture camel;

    @Test
    void aRequestThatWaitedForTheQuotaContinuesOffTheQuotaThread() throws Exception {
        camel = new QuotaCamelFixture(sage(), QuotaCamelFixture.window(1, Duration.ofMillis(300))).routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:read").to("sage:taxType?operation=get")
                        .process(e -> threads.add(Thread.currentThread().getName()));
            }
        });
        camel.template().sendBody("direct:read", null);

        Exchange waited = camel.template().send("direct:read", e -> { });

        assertThat(waited.getException()).isNull();
        assertThat(threads).hasSize(2).noneMatch(name -> name.contains("SageQuotaGuard"));
    }

    @Test
    void aStreamingSplitThatWaitsForTheQuotaOnEveryPageDoesNotStallIt() throws Exception {
        sage().store().seedCustomers(SageSimulator.DEMO_COMPANY_ID, 250);
        camel = new QuotaCamelFixture(sage(), QuotaCamelFixture.window(1, Duration.ofMillis(200))).routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all").to("sage:customer?operation=get&streamResults=true")
                        .split(body()).streaming()
                        .process(e -> threads.add(Thread.currentThread().getName()));
            }
        });

        CompletableFuture<Exchange> all = camel.template().asyncSend("direct:all", e -> { });

        assertThat(all.get(20, TimeUnit.SECONDS).getException()).isNull();
        assertThat(threads).hasSizeGreaterThanOrEqualTo(250).noneMatch(name -> name.contains("SageQuotaGuard"));
    }

    @Test
    void twoSpellingsOfOneInstallationSpendOneQuota() throws Exception {
        String spelling = sage().baseUrl().replace("http://", "HTTP://") + "/";
        camel = new QuotaCamelFixture(sage(), c -> {
            c.setRateLimit(1);
            c.setRateLimitPeriod(60_000);
            c.setMaxQuotaWait(0);
        });
        camel.template().sendBody("sage:taxType?operation=get", null);

        Exchange other = camel.template().send("sage:item?operation=get&baseUrl=" + spelling, e -> { });

        assertThat(other.getException()).isInstanceOfSatisfying(SageRateLimitException.class,
                e -> assertThat(e.isHeldBack()).isTrue());
        assertThat(sage().journal().entries()).hasSize(1);
    }

    @Test
    void aBadCompanyHeaderFailsTheExchangeNamingTheHeader() {
        camel = new QuotaCamelFixture(sage(), c -> { });

        Exchange exchange = camel.template().send("sage:taxType?operation=get",
                e -> e.getMessage().setHeader(SageConstants.COMPANY_ID, "abc"));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SageConstants.COMPANY_ID).hasMessageContaining("'abc'");
        assertThat(sage().journal().entries()).isEmpty();
    }

    @Test
    void anAnswerWhoseBodyNeverEndsFailsWithinTheRequestDeadlineAndFreesItsSlot() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture.runAsync(() -> answerHeadersOnly(server));
            camel = new QuotaCamelFixture(sage(), c -> {
                c.setBaseUrl("http://127.0.0.1:" + server.getLocalPort());
                c.setConnectTimeout(500);
                c.setRequestTimeout(500);
            });

            Exchange stalled = camel.template().send("sage:taxType?operation=get", e -> { });

            assertThat(stalled.getException()).isInstanceOf(IOException.class)
                    .hasMessageContaining("TaxType").doesNotHaveToString(SageSimulator.DEMO_API_KEY);
            assertThat(camel.context.getEndpoint("sage:taxType?operation=get", SageEndpoint.class)
                    .quotaSnapshot(SageSimulator.DEMO_COMPANY_ID).usedInWindow())
                    .as("counted as sent, and its slot no longer held in flight").isEqualTo(1);
        }
    }

    @Test
    void anApiVersionThatCannotMakeAUrlIsRefusedAtStartWithoutShowingTheApiKey() {
        camel = new QuotaCamelFixture(sage(), c -> c.setApiVersion("2.0.0 beta"));
        camel.template();

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> camel.context.getEndpoint("sage:taxType?operation=get").start());

        assertThat(failure).hasMessageContaining("apiVersion=2.0.0 beta").hasMessageContaining("such as 2.0.0");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain(SageSimulator.DEMO_API_KEY.substring(1, 9));
        }
        assertThat(sage().journal().entries()).isEmpty();
    }

    @Test
    void stoppingCamelWhileARequestIsAnsweredKeepsTheRealOutcome() throws Exception {
        camel = new QuotaCamelFixture(sage(), c -> { }).routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:read").to("sage:taxType?operation=get");
            }
        });
        camel.template();
        sage().faults().latency(Duration.ofMillis(300));

        CompletableFuture<Exchange> read = camel.template().asyncSend("direct:read", e -> { });
        await().until(() -> camel.context.getInflightRepository().size() == 1);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(camel.context::stop);

        Exchange exchange = read.get(10, TimeUnit.SECONDS);
        stopping.get(10, TimeUnit.SECONDS);
        assertThat(exchange.getException()).as("graceful shutdown lets the answer through").isNull();
        assertThat(exchange.getMessage().getHeader(SageConstants.RATE_LIMIT_REMAINING)).isNotNull();
    }

    /** Reads a request, answers a status line and headers promising a body, then sends nothing more. */
    private static void answerHeadersOnly(ServerSocket server) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (read >= 0) {
                read = in.read(buffer);
            }
        } catch (IOException closed) {
            // the client gave up: what the test waits for
        }
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }
}

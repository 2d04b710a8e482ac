package dev.camelsage.sage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.QuotaSnapshot;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelsage.sage.QuotaCamelFixture.company;
import static dev.camelsage.sage.QuotaCamelFixture.window;
import static dev.camelsage.simulator.SageSimulator.DEMO_API_KEY;
import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static dev.camelsage.simulator.SageSimulator.SECOND_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The quota guard wired into the component at full speed, on real threads and the real clock, against a simulator
 * enforcing Sage's rules on a compressed window. What depends on time passing (blocks ending, lock-outs) is in
 * {@link QuotaSharedClockTest}, on one clock shared with the simulator.
 */
class QuotaSimulatorTest {

    private static final Duration PERIOD = Duration.ofMillis(500);
    private static final int LIMIT = 20;

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(
            b -> b.quota(QuotaSettings.sage().withWindow(LIMIT, PERIOD).withBlockDuration(Duration.ofSeconds(2))));

    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private QuotaCamelFixture camel;

    @AfterEach
    void stop() {
        callers.shutdownNow();
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void manyThreadsAndRoutesOnOneCompanyAtFullSpeedGetNo429() throws Exception {
        camel = new QuotaCamelFixture(sage(), window(LIMIT, PERIOD)).routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:taxTypes").to("sage:taxType?operation=get");
                from("direct:categories").to("sage:customerCategory?operation=get");
                from("direct:company").to("sage:company?operation=get");
            }
        });
        List<String> routes = List.of("direct:taxTypes", "direct:categories", "direct:company");
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String route = routes.get(i % routes.size());
            calls.add(CompletableFuture.supplyAsync(() -> camel.template().request(route, e -> { }), callers));
        }
        BoundedWait.join(CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)));

        assertThat(calls).allSatisfy(call -> assertThat(BoundedWait.join(call).getException()).isNull());
        assertThat(sage().journal().count(e -> e.status() == 429)).isZero();
        assertThat(sage().journal().count(e -> company(e, DEMO_COMPANY_ID))).isEqualTo(90);
        assertThat(sage().journal().maxRequestsInAnyWindow(DEMO_API_KEY, DEMO_COMPANY_ID, PERIOD))
                .as("a full window, never one more").isEqualTo(LIMIT);
        Exchange last = BoundedWait.join(calls.get(0));
        assertThat(last.getMessage().getHeader(SageConstants.RATE_LIMIT_REMAINING, Integer.class))
                .isBetween(0, LIMIT - 1);
    }

    @Test
    void aCompanyWithALongLineDoesNotSlowAnother() {
        camel = new QuotaCamelFixture(sage(), window(LIMIT, PERIOD));
        List<CompletableFuture<Object>> busy = new ArrayList<>();
        for (int i = 0; i < 5 * LIMIT; i++) {
            busy.add(camel.template().asyncRequestBody("sage:taxType?operation=get", null));
        }
        Object other = camel.template().requestBodyAndHeader("sage:taxType?operation=get", null,
                SageConstants.COMPANY_ID, SECOND_COMPANY_ID);

        assertThat(other).isInstanceOf(List.class);
        assertThat(busy).as("company 1 still has a line of two seconds").anyMatch(call -> !call.isDone());
        BoundedWait.join(CompletableFuture.allOf(busy.toArray(CompletableFuture[]::new)));
        assertThat(sage().journal().count(e -> e.status() == 429)).isZero();
    }

    @Test
    void aWrongPasswordCollectsAtMostMaxFailedLogins401s() {
        camel = new QuotaCamelFixture(sage(), c -> {
            c.setPassword("wrong-password");
            c.setMaxFailedLogins(3);
        });
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(camel.template().asyncRequestBody("sage:taxType?operation=get", null));
        }
        calls.forEach(call -> assertThatThrownBy(() -> BoundedWait.join(call)).hasRootCauseInstanceOf(SageAuthenticationException.class));

        assertThat(sage().journal().count(e -> e.status() == 401)).isEqualTo(3);
        assertThat(sage().journal().entries()).hasSize(3);
        assertThatThrownBy(() -> camel.template().requestBody("sage:taxType?operation=get", (Object) null))
                .rootCause().hasMessageContaining("3 times within an hour")
                .hasMessageNotContaining("wrong-password");
        assertThat(snapshot(DEMO_COMPANY_ID).recentUnauthorized()).isEqualTo(3);
    }

    @Test
    void theDailyLimitHolds() {
        camel = new QuotaCamelFixture(sage(), c -> {
            c.setDailyRateLimit(12);
            c.setMaxQuotaWait(1_000);
        });
        int refused = 0;
        for (int i = 0; i < 15; i++) {
            Exchange result = camel.template().request("sage:taxType?operation=get", e -> { });
            if (result.getException() instanceof SageRateLimitException e) {
                assertThat(e.getReason()).contains("daily limit of 12");
                refused++;
            }
        }
        assertThat(refused).isEqualTo(3);
        assertThat(sage().journal().count(e -> company(e, DEMO_COMPANY_ID))).isEqualTo(12);
        assertThat(snapshot(DEMO_COMPANY_ID).remainingToday()).isZero();
    }

    @Test
    void aQuotaOptionThatCannotWorkFailsTheRouteAtStartNamingTheOption() throws Exception {
        camel = new QuotaCamelFixture(sage(), c -> { }).routes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:broken").to("sage:taxType?operation=get&rateLimit=0");
            }
        });
        assertThatThrownBy(camel.context::start).rootCause()
                .hasMessageContaining("rateLimit must be at least 1").hasMessageContaining("Fix the option");
    }

    private QuotaSnapshot snapshot(long companyId) {
        return camel.context.getEndpoint("sage:taxType?operation=get", SageEndpoint.class).quotaSnapshot(companyId);
    }

    private static SageSimulator sage() {
        return SAGE.get();
    }
}

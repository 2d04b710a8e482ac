package dev.camelsage.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.simulator.JournalEntry;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultHeaderFilterStrategy;

/**
 * Sustained load on one company against the simulator with Sage's quota compressed (100 requests per 2 s, the block
 * after a 429 compressed from an hour to two minutes), side by side: camel-sage, a plain camel-http route, and
 * camel-http behind a Throttler EIP at the quota's rate in each of two routes. Prints what Sage would have counted.
 * <p>
 * Run: {@code mvn -B -o -Pbench -pl benchmarks -am package -DskipTests -Dbench=QuotaBenchmark [-Dbench.args=20]}
 * (the argument is the length of each run in seconds, 20 by default).
 */
public final class QuotaBenchmark {

    static final int LIMIT = 100;
    static final Duration PERIOD = Duration.ofSeconds(2);
    static final Duration BLOCK = Duration.ofMinutes(2);
    static final int ROUTES = 3;
    static final int THREADS_PER_ROUTE = 4;

    /** What Sage saw of one run. */
    record Result(String name, int accepted, int rateLimited, int maxInAnyWindow, double quotaShare,
                  double worstWindowShare) {
    }

    public static void main(String[] args) throws Exception {
        Duration run = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 20);
        QuotaSettings quota = QuotaSettings.sage().withWindow(LIMIT, PERIOD).withBlockDuration(BLOCK);
        List<Result> results = new ArrayList<>();
        try (SageSimulator sage = SageSimulator.builder().quota(quota).start()) {
            results.add(measure("camel-sage", sage, run, camelSage(sage)));
            results.add(measure("camel-http, no throttle", sage, run, camelHttp(sage, false)));
            results.add(measure("camel-http + Throttler (x2 routes)", sage, run, camelHttp(sage, true)));
        }
        print(run, results);
    }

    private static RouteBuilder camelSage(SageSimulator sage) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                SageComponent component = new SageComponent();
                SageConfiguration c = component.getConfiguration();
                c.setBaseUrl(sage.baseUrl());
                c.setUsername(SageSimulator.DEMO_USERNAME);
                c.setPassword(SageSimulator.DEMO_PASSWORD);
                c.setApiKey(SageSimulator.DEMO_API_KEY);
                c.setCompanyId(SageSimulator.DEMO_COMPANY_ID);
                c.setCustomQuota(true);
                c.setRateLimit(LIMIT);
                c.setRateLimitPeriod(PERIOD.toMillis());
                c.setBlockDuration(BLOCK.toMillis());
                getContext().addComponent("sage", component);
                String[] entities = {"taxType", "customerCategory", "itemCategory"};
                for (int i = 0; i < ROUTES; i++) {
                    from("direct:load" + i).to("sage:" + entities[i] + "?operation=get");
                }
            }
        };
    }

    private static RouteBuilder camelHttp(SageSimulator sage, boolean throttled) {
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (SageSimulator.DEMO_USERNAME + ":" + SageSimulator.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String url = sage.baseUrl() + "/api/2.0.0/TaxType/Get?apikey="
                     + URLEncoder.encode(SageSimulator.DEMO_API_KEY, StandardCharsets.UTF_8) + "&companyid="
                     + SageSimulator.DEMO_COMPANY_ID + "&throwExceptionOnFailure=false&headerFilterStrategy=#sageHeaders";
        return new RouteBuilder() {
            @Override
            public void configure() {
                // camel-http drops Content-Type from a GET by default, and Sage answers 415 without it.
                DefaultHeaderFilterStrategy headers = new DefaultHeaderFilterStrategy();
                headers.setOutFilterStartsWith("Camel", "camel", "org.apache.camel");
                getContext().getRegistry().bind("sageHeaders", headers);
                // The throttled variant: the common advice, one Throttler per route at the documented rate.
                int routes = throttled ? 2 : ROUTES;
                for (int i = 0; i < ROUTES; i++) {
                    var route = from("direct:load" + i);
                    if (throttled) {
                        route.to("direct:throttled" + (i % routes));
                    } else {
                        route.setHeader("Authorization", constant(auth))
                                .setHeader("Content-Type", constant("application/json"))
                                .to(url);
                    }
                }
                if (throttled) {
                    for (int i = 0; i < routes; i++) {
                        from("direct:throttled" + i)
                                .throttle(LIMIT).totalRequestsMode().timePeriodMillis(PERIOD.toMillis())
                                .setHeader("Authorization", constant(auth))
                                .setHeader("Content-Type", constant("application/json"))
                                .to(url);
                    }
                }
            }
        };
    }

    private static Result measure(String name, SageSimulator sage, Duration run, RouteBuilder routes)
            throws Exception {
        sage.reset();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(routes);
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        ExecutorService callers = Executors.newFixedThreadPool(ROUTES * THREADS_PER_ROUTE);
        AtomicInteger failures = new AtomicInteger();
        Instant start = Instant.now();
        Instant end = start.plus(run);
        for (int i = 0; i < ROUTES * THREADS_PER_ROUTE; i++) {
            String route = "direct:load" + (i % ROUTES);
            callers.execute(() -> {
                while (Instant.now().isBefore(end)) {
                    Exception failure = template.request(route, exchange -> { }).getException();
                    if (failure != null && failures.getAndIncrement() == 0) {
                        System.out.println(name + ": first failure seen by a caller: " + failure);
                    }
                }
            });
        }
        callers.shutdown();
        callers.awaitTermination(run.toSeconds() + 600, TimeUnit.SECONDS);
        context.stop();
        return analyse(name, sage, start, end);
    }

    /** Counts, from the simulator's journal, what arrived during the run. */
    private static Result analyse(String name, SageSimulator sage, Instant start, Instant end) {
        List<JournalEntry> seen = sage.journal().entries(e -> !e.time().isAfter(end));
        int accepted = (int) seen.stream().filter(e -> e.status() == 200).count();
        int rateLimited = (int) seen.stream().filter(e -> e.status() == 429).count();
        long windows = Duration.between(start, end).toMillis() / PERIOD.toMillis();
        int worst = Integer.MAX_VALUE;
        for (long w = 0; w < windows; w++) {
            Instant from = start.plus(PERIOD.multipliedBy(w));
            Instant to = from.plus(PERIOD);
            int inWindow = (int) seen.stream()
                    .filter(e -> e.status() == 200 && !e.time().isBefore(from) && e.time().isBefore(to)).count();
            worst = Math.min(worst, inWindow);
        }
        return new Result(name, accepted, rateLimited,
                sage.journal().maxRequestsInAnyWindow(SageSimulator.DEMO_API_KEY, SageSimulator.DEMO_COMPANY_ID, PERIOD),
                accepted * PERIOD.toMillis() / (double) (Duration.between(start, end).toMillis() * LIMIT),
                worst / (double) LIMIT);
    }

    private static void print(Duration run, List<Result> results) {
        System.out.printf("%nQuota benchmark: %d requests per %d s, block %d min after a 429; %d s per run, %d routes x"
                          + " %d threads on one company%n", LIMIT, PERIOD.toSeconds(), BLOCK.toMinutes(),
                run.toSeconds(), ROUTES, THREADS_PER_ROUTE);
        System.out.printf("%-36s %10s %8s %16s %14s %18s%n", "", "accepted", "429s", "max in a window",
                "quota used", "worst 2 s window");
        for (Result r : results) {
            System.out.printf("%-36s %10d %8d %16d %13.1f%% %17.1f%%%n", r.name(), r.accepted(), r.rateLimited(),
                    r.maxInAnyWindow(), r.quotaShare() * 100, r.worstWindowShare() * 100);
        }
        System.out.println("accepted: 200 answers; quota used: accepted / (run / period x limit); max in a window: most"
                           + " arrivals in any sliding 2 s window, as Sage counts them. camel-http keeps HttpClient 5's"
                           + " default retry, which repeats a 429 once after a second.");
    }

    private QuotaBenchmark() {
    }
}

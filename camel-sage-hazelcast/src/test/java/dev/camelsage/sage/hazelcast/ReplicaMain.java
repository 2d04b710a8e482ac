package dev.camelsage.sage.hazelcast;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.exception.SageRateLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * One replica of a Camel application that uses camel-sage-hazelcast as a user would: a Camel Main application with an
 * embedded Hazelcast member, the quota store, state repository and cluster service bound as beans, and the sage
 * component configured by {@code camel.component.sage.*} properties. The cluster tests start three of them as child
 * JVMs and drive them through stdin; every answer is one stdout line starting with {@code @@}.
 * <p>
 * Arguments: {@code key=value} pairs: {@code cluster}, {@code port}, {@code sage} (base URL), {@code user},
 * {@code password}, {@code apiKey}, {@code limit}, {@code period}, {@code block}, {@code requestTimeout}; for the
 * consumer: {@code consume=true}, {@code lease}, {@code sink} (file), {@code markers} (directory),
 * {@code pauseBefore} and {@code pauseAfter} (record IDs).
 * <p>
 * Commands: {@code load <ms> <threads>} (requests as fast as allowed; answers {@code @@ loaded ok=.. heldBack=..
 * rateLimited=.. failed=..}), {@code call} (one request; {@code @@ call ok|heldBack|429|failed}), {@code quit}.
 */
public final class ReplicaMain {

    private ReplicaMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> arg = new HashMap<>();
        for (String pair : args) {
            arg.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(
                LoopbackCluster.memberConfig(arg.get("cluster"), Integer.parseInt(arg.get("port"))));
        Main main = new Main();
        Map<String, String> sage = Map.of("base-url", arg.get("sage"), "username", arg.get("user"),
                "password", arg.get("password"), "api-key", arg.get("apiKey"), "company-id", "1",
                "rate-limit", arg.get("limit"), "rate-limit-period", arg.get("period"),
                "block-duration", arg.get("block"), "connect-timeout", "1000",
                "request-timeout", arg.getOrDefault("requestTimeout", "4000"));
        sage.forEach((option, value) -> main.addInitialProperty("camel.component.sage." + option, value));
        main.addInitialProperty("camel.component.sage.max-quota-wait", "60000");
        // The test compresses Sage's minute and hour.
        main.addInitialProperty("camel.component.sage.custom-quota", "true");
        // The single SageQuotaStore bean is autowired into the sage component.
        main.bind("sageQuotaStore", new HazelcastSageQuotaStore(hazelcast));
        boolean consume = Boolean.parseBoolean(arg.getOrDefault("consume", "false"));
        if (consume) {
            HazelcastClusterService cluster = new HazelcastClusterService(hazelcast);
            cluster.setLeaseTime(Long.parseLong(arg.get("lease")));
            main.bind("clusterService", cluster);
            main.bind("sageWatermarks", new HazelcastStateRepository(hazelcast));
        }
        main.configure().addRoutesBuilder(consume ? consumer(arg) : producer());
        main.start();
        answer("ready " + hazelcast.getCluster().getLocalMember().getUuid());

        ProducerTemplate template = main.getCamelContext().createProducerTemplate();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
            String[] words = line.trim().split(" ");
            if (words[0].equals("load")) {
                answer(load(template, Long.parseLong(words[1]), Integer.parseInt(words[2])));
            } else if (words[0].equals("call")) {
                answer("call " + outcome(template.send("direct:call", exchange -> { })));
            }
        }
        main.stop();
        hazelcast.shutdown();
        System.exit(0);
    }

    private static RouteBuilder producer() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("direct:call").to("sage:taxType?operation=get");
            }
        };
    }

    private static RouteBuilder consumer(Map<String, String> arg) {
        Path sink = Path.of(arg.get("sink") + "-" + arg.get("user"));
        Path markers = Path.of(arg.get("markers"));
        String replica = arg.get("user");
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("master:sage-customers:sage:customer?companyId=2&delay=100&maxMessagesPerPoll=4"
                     + "&stateRepository=#sageWatermarks")
                        .routeId("customers")
                        .process(exchange -> pauseOnce(exchange, arg.get("pauseBefore"), "before", markers))
                        .process(exchange -> {
                            String line = exchange.getMessage().getHeader(SageConstants.ID) + "|"
                                          + exchange.getMessage().getHeader(SageConstants.MODIFIED) + "|" + replica + "\n";
                            Files.writeString(sink, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        })
                        .process(exchange -> pauseOnce(exchange, arg.get("pauseAfter"), "after", markers));
            }
        };
    }

    /** The first replica to reach record {@code id} says so and stops there, until the test kills it. */
    private static void pauseOnce(Exchange exchange, String id, String where, Path markers) throws Exception {
        Object record = exchange.getMessage().getHeader(SageConstants.ID);
        if (id == null || !id.equals(String.valueOf(record))) {
            return;
        }
        try {
            Files.createFile(markers.resolve("paused-" + where + "-" + id));
        } catch (java.nio.file.FileAlreadyExistsException another) {
            return;
        }
        answer("paused-" + where + " " + id);
        new CountDownLatch(1).await();
    }

    private static String load(ProducerTemplate template, long millis, int threads) throws InterruptedException {
        Map<String, AtomicInteger> counts = new HashMap<>();
        for (String outcome : List.of("ok", "heldBack", "429", "failed")) {
            counts.put(outcome, new AtomicInteger());
        }
        List<String> failures = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            callers.execute(() -> {
                while (System.nanoTime() - end < 0) {
                    Exchange exchange = template.send("direct:call", e -> { });
                    String outcome = outcome(exchange);
                    counts.get(outcome).incrementAndGet();
                    if (!outcome.equals("ok")) {
                        synchronized (failures) {
                            failures.add(String.valueOf(exchange.getException()));
                        }
                    }
                    if (exchange.getException() instanceof SageRateLimitException limited
                            && limited.getBlockedUntil() != null) {
                        // As a route with redelivery would: wait for the block to end (or the load).
                        long pause = Math.min(Duration.between(Instant.now(), limited.getBlockedUntil()).toNanos(),
                                end - System.nanoTime());
                        LockSupport.parkNanos(Math.max(pause, 1_000_000));
                    }
                }
            });
        }
        callers.shutdown();
        if (!callers.awaitTermination(millis + 120_000, TimeUnit.MILLISECONDS)) {
            return "loaded timeout";
        }
        return "loaded ok=" + counts.get("ok") + " heldBack=" + counts.get("heldBack") + " rateLimited="
               + counts.get("429") + " failed=" + counts.get("failed")
               + (failures.isEmpty() ? "" : " first=" + failures.get(0).replace('\n', ' '));
    }

    private static String outcome(Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure == null) {
            return "ok";
        }
        if (failure instanceof SageRateLimitException limited) {
            return limited.isHeldBack() ? "heldBack" : "429";
        }
        return "failed";
    }

    private static void answer(String line) {
        synchronized (System.out) {
            System.out.println("@@ " + line);
            System.out.flush();
        }
    }
}

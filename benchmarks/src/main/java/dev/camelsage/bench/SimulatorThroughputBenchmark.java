package dev.camelsage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many simple GETs per second the simulator serves (quota off), so it is never the bottleneck of another
 * benchmark. Several client threads share one JDK HttpClient and request {@code TaxType/Get/{id}} back to back.
 * Then, on one thread, how long paging through 20,000 customers takes (keyset: {@code $orderby=ID}, {@code ID gt last}).
 * <p>
 * Arguments: {@code [clientThreads=8] [seconds=10] [warmupSeconds=3] [serverThreads=simulator default]}.
 */
public final class SimulatorThroughputBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulatorThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        SageSimulator.Builder builder = SageSimulator.builder().quota(QuotaSettings.unlimited());
        if (args.length > 3) {
            builder.threads(Integer.parseInt(args[3]));
        }
        try (SageSimulator sage = builder.start()) {
            long taxTypeId = sage.store().list(SageSimulator.DEMO_COMPANY_ID, "TaxType").get(0).get("ID").asLong();
            URI uri = URI.create(sage.baseUrl() + "/api/2.0.0/TaxType/Get/" + taxTypeId + "?apikey="
                    + SageSimulator.DEMO_API_KEY.replace("{", "%7B").replace("}", "%7D") + "&companyid=" + SageSimulator.DEMO_COMPANY_ID);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(uri).GET()
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (SageSimulator.DEMO_USERNAME + ":" + SageSimulator.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build();

            run(client, request, threads, warmup);
            sage.journal().clear();
            long serverCpuBefore = serverCpuNanos();
            Result result = run(client, request, threads, seconds);
            long requests = result.ok + result.failed;
            double cpuMicrosPerRequest = (serverCpuNanos() - serverCpuBefore) / 1000.0 / requests;
            System.out.printf("Simulator throughput: %,d GETs in %d s with %d client threads = %,.0f requests/second"
                            + " (%d non-200 answers, %d cores shared with the client in this JVM)%n",
                    requests, seconds, threads, requests / (double) seconds, result.failed,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("Server CPU per request: %.1f us, i.e. %,.0f requests/second per fully available core%n",
                    cpuMicrosPerRequest, 1_000_000 / cpuMicrosPerRequest);

            sage.store().seedCustomers(SageSimulator.DEMO_COMPANY_ID, 20_000);
            pageThroughCustomers(sage, client, request);
            long start = System.nanoTime();
            int pages = pageThroughCustomers(sage, client, request);
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf("Keyset paging over %,d customers: %d pages of 100 in %,.0f ms (%.1f ms a page)%n",
                    sage.store().count(SageSimulator.DEMO_COMPANY_ID, "Customer"), pages, millis, millis / pages);
        }
    }

    /** Pages through every customer as the component's pager does; returns the number of calls. */
    private static int pageThroughCustomers(SageSimulator sage, HttpClient client, HttpRequest template) throws Exception {
        long last = 0;
        int pages = 0;
        while (true) {
            URI uri = URI.create(sage.baseUrl() + "/api/2.0.0/Customer/Get?" + template.uri().getRawQuery()
                    + "&$orderby=ID&$top=100&$filter=ID%20gt%20" + last);
            HttpRequest page = HttpRequest.newBuilder(uri).GET().headers(headers(template)).build();
            JsonNode results = JSON.readTree(client.send(page, HttpResponse.BodyHandlers.ofByteArray()).body()).get("Results");
            pages++;
            if (results.isEmpty()) {
                return pages;
            }
            last = results.get(results.size() - 1).get("ID").asLong();
        }
    }

    private static String[] headers(HttpRequest template) {
        List<String> pairs = new ArrayList<>();
        template.headers().map().forEach((name, values) -> values.forEach(v -> {
            pairs.add(name);
            pairs.add(v);
        }));
        return pairs.toArray(String[]::new);
    }

    /** CPU time of the simulator's worker threads and the HTTP server's dispatcher thread. */
    private static long serverCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("sage-simulator-")
                    || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
                total += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static Result run(HttpClient client, HttpRequest request, int threads, int seconds) throws Exception {
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    (response.statusCode() == 200 ? ok : failed).increment();
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new Result(ok.sum(), failed.sum());
    }

    private record Result(long ok, long failed) {
    }
}

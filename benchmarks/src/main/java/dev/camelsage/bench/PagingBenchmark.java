package dev.camelsage.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.sage.SageComponent;
import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.sage.model.SageJson;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Lists at scale against the simulator (quota off on both sides), printing figures:
 * <ol>
 * <li>records per second of a full list of 20,000 customers through {@code sage:customer?operation=get}, and of the
 * same calls ({@code $orderby=ID}, {@code $top=100}, keyset {@code ID gt n}) made by hand with the JDK HttpClient
 * and Jackson, in the same run after a warm-up, as a ratio;</li>
 * <li>peak heap of streaming 100,000 customers through {@code split(body()).streaming()} with
 * {@code streamResults=true}, in a child JVM started with {@code -Xmx64m}, and the same list collected at once in
 * that heap for contrast.</li>
 * </ol>
 * The simulator runs in this JVM, the 64 MB route in its own, so the simulator's 100,000 stored records do not count.
 * Arguments: {@code [listSize=20000] [streamSize=100000] [rounds=9]}.
 */
public final class PagingBenchmark {

    private static final long COMPANY = SageSimulator.DEMO_COMPANY_ID;
    private static final String CHILD = "--child";
    /** The exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private PagingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length > 0 && args[0].equals(CHILD)) {
            child(args[1], args[2], Integer.parseInt(args[3]));
            return;
        }
        int listSize = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int streamSize = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        try (SageSimulator sage = SageSimulator.builder().quota(QuotaSettings.unlimited()).seedDemo(false).start()) {
            sage.store().seedCustomers(COMPANY, listSize);
            throughput(sage, listSize, rounds);
            sage.store().seedCustomers(COMPANY, Math.max(0, streamSize - listSize));
            System.out.printf("%n(b) %,d customers through split(body()).streaming() in a JVM with -Xmx64m%n", streamSize);
            for (String mode : List.of("streamResults=true", "streamResults=false")) {
                sage.journal().clear();
                runChild(sage.baseUrl(), mode, streamSize);
                System.out.printf("    list calls the simulator received: %,d%n", sage.journal().entries().size());
            }
        }
    }

    // --- (a) throughput -------------------------------------------------------------------------------------------

    private static void throughput(SageSimulator sage, int listSize, int rounds) throws Exception {
        System.out.printf("(a) full list of %,d customers in %d calls: component vs the same calls by hand"
                          + " (JDK HttpClient + Jackson)%n", listSize, minimumCalls(listSize));
        try (CamelContext camel = camel(sage.baseUrl())) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            ByHand byHand = new ByHand(sage.baseUrl());
            String uri = "sage:customer?companyId=1&progressLogInterval=0";
            for (int i = 0; i < 3; i++) { // warm-up
                check(template.requestBody(uri, null, List.class).size(), listSize);
                check(byHand.listAll(false).size(), listSize);
                check(byHand.listAll(true).size(), listSize);
            }
            double[] component = new double[rounds];
            double[] hand = new double[rounds];
            double[] handTyped = new double[rounds];
            Cost componentCost = new Cost();
            Cost handCost = new Cost();
            Cost handTypedCost = new Cost();
            for (int round = 0; round < rounds; round++) {
                // The three take turns going first, so a burst of load elsewhere on the machine hits each alike.
                for (int turn = 0; turn < 3; turn++) {
                    switch ((round + turn) % 3) {
                        case 0 -> component[round] = componentCost.measure(() -> timeComponent(sage, template, uri, listSize));
                        case 1 -> hand[round] = handCost.measure(() -> timeByHand(sage, byHand, false, listSize));
                        default -> handTyped[round] = handTypedCost.measure(() -> timeByHand(sage, byHand, true, listSize));
                    }
                }
                System.out.printf("    round %d: component %,.0f records/s; by hand %,.0f (JSON trees), %,.0f (typed"
                                  + " Customer) records/s%n", round + 1, component[round], hand[round], handTyped[round]);
            }
            System.out.printf("    median: component %,.0f records/s; by hand %,.0f (JSON trees), %,.0f (typed)"
                              + " records/s%n", median(component), median(hand), median(handTyped));
            System.out.printf("    ratio component / by hand: %.2f against JSON trees, %.2f against typed records%n",
                    median(component) / median(hand), median(component) / median(handTyped));
            // Wall time follows the machine's load; CPU time and threads started much less so.
            System.out.printf("    CPU per list (simulator included): component %.0f ms, by hand %.0f ms (JSON trees), %.0f ms"
                              + " (typed); ratio by hand / component %.2f (JSON trees), %.2f (typed)%n",
                    componentCost.cpuMillisPerRun(), handCost.cpuMillisPerRun(), handTypedCost.cpuMillisPerRun(),
                    handCost.cpuMillisPerRun() / componentCost.cpuMillisPerRun(),
                    handTypedCost.cpuMillisPerRun() / componentCost.cpuMillisPerRun());
            System.out.printf("    threads started per list: component %.1f, by hand %.1f%n",
                    componentCost.threadsPerRun(), handCost.threadsPerRun());
        }
    }

    /** The process's CPU time and the threads it started over the measured runs of one contender. */
    private static final class Cost {
        private final com.sun.management.OperatingSystemMXBean os
                = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long cpuNanos;
        private long threadsStarted;
        private int runs;

        double measure(Callable<Double> run) throws Exception {
            long cpu = os.getProcessCpuTime();
            long started = threads.getTotalStartedThreadCount();
            double result = run.call();
            cpuNanos += os.getProcessCpuTime() - cpu;
            threadsStarted += threads.getTotalStartedThreadCount() - started;
            runs++;
            return result;
        }

        double cpuMillisPerRun() {
            return cpuNanos / 1e6 / runs;
        }

        double threadsPerRun() {
            return (double) threadsStarted / runs;
        }
    }

    private static double timeComponent(SageSimulator sage, ProducerTemplate template, String uri, int listSize) {
        sage.journal().clear();
        long start = System.nanoTime();
        check(template.requestBody(uri, null, List.class).size(), listSize);
        double recordsPerSecond = listSize / seconds(start);
        check(sage.journal().entries().size(), minimumCalls(listSize));
        return recordsPerSecond;
    }

    private static double timeByHand(SageSimulator sage, ByHand byHand, boolean typed, int listSize) throws Exception {
        sage.journal().clear();
        long start = System.nanoTime();
        check(byHand.listAll(typed).size(), listSize);
        double recordsPerSecond = listSize / seconds(start);
        check(sage.journal().entries().size(), minimumCalls(listSize));
        return recordsPerSecond;
    }

    private static int minimumCalls(int records) {
        return Math.max(1, (records + 99) / 100);
    }

    private static CamelContext camel(String baseUrl) {
        CamelContext camel = new DefaultCamelContext();
        SageComponent component = new SageComponent();
        SageConfiguration configuration = component.getConfiguration();
        configuration.setBaseUrl(baseUrl);
        configuration.setUsername(SageSimulator.DEMO_USERNAME);
        configuration.setPassword(SageSimulator.DEMO_PASSWORD);
        configuration.setApiKey(SageSimulator.DEMO_API_KEY);
        configuration.setCustomQuota(true);
        configuration.setRateLimit(1_000_000);
        configuration.setDailyRateLimit(1_000_000);
        camel.addComponent("sage", component);
        return camel;
    }

    /** The calls the component makes, written out by hand: what a careful user of HttpClient would do. */
    private static final class ByHand {
        private static final ObjectMapper JSON = SageJson.mapper();
        private final HttpClient http = HttpClient.newHttpClient();
        private final String prefix;
        private final String authorization;

        ByHand(String baseUrl) {
            prefix = baseUrl + "/api/2.0.0/Customer/Get?apikey=" + encode(SageSimulator.DEMO_API_KEY) + "&companyid="
                     + COMPANY + "&$orderby=ID&$skip=0&$top=100";
            authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (SageSimulator.DEMO_USERNAME + ":" + SageSimulator.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        /** Every customer, as JSON trees or (typed) as the component's Customer class, read with Sage's own mapper. */
        List<Object> listAll(boolean typed) throws Exception {
            List<Object> records = new ArrayList<>();
            long lastId = -1;
            while (true) {
                String url = lastId < 0 ? prefix : prefix + "&$filter=" + encode("ID gt " + lastId);
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                        .header("Content-Type", "application/json").GET().build();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Sage answered " + response.statusCode());
                }
                JsonNode page = JSON.readTree(response.body());
                JsonNode results = page.get("Results");
                for (JsonNode record : results) {
                    records.add(typed ? JSON.treeToValue(record, Customer.class) : record);
                }
                if (results.isEmpty() || page.get("TotalResults").asLong() <= results.size()) {
                    return records;
                }
                lastId = results.get(results.size() - 1).get("ID").asLong();
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    // --- (b) streaming in 64 MB -------------------------------------------------------------------------------------

    private static void runChild(String baseUrl, String mode, int expected) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(Arrays.asList(java, "-Xmx64m", "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), PagingBenchmark.class.getName(), CHILD, baseUrl, mode,
                String.valueOf(expected)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            output.lines().filter(line -> line.startsWith("    ")).forEach(System.out::println);
        }
        if (process.waitFor() == OUT_OF_MEMORY_EXIT) {
            System.out.printf("    %s: the JVM ran out of its 64 MB heap (OutOfMemoryError)%n", mode);
        }
    }

    private static void child(String baseUrl, String mode, int expected) throws Exception {
        AtomicLong seen = new AtomicLong();
        try (CamelContext camel = camel(baseUrl)) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:list").to("sage:customer?companyId=1&progressLogInterval=0&" + mode)
                            .split(body()).streaming().process(exchange -> seen.incrementAndGet());
                }
            });
            camel.start();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            Exchange result;
            try (ProducerTemplate template = camel.createProducerTemplate()) {
                result = template.request("direct:list", exchange -> { });
            }
            double elapsed = seconds(start);
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            long max = Runtime.getRuntime().maxMemory();
            Throwable failure = result.getException();
            System.out.printf("    %s: %,d of %,d records in %.1f s, %s; peak heap %.1f MB of %.0f MB (sum of the heap pools'"
                              + " peaks)%n", mode, seen.get(), expected, elapsed,
                    failure == null ? "completed" : "FAILED with " + rootCause(failure), peak / 1048576.0,
                    max / 1048576.0);
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void check(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("Expected " + expected + " but got " + actual);
        }
    }
}

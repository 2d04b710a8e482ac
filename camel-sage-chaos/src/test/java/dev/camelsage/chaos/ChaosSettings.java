package dev.camelsage.chaos;

import java.time.Duration;

/**
 * The size of a run and Sage's compressed day. Both sides (simulator and component, with {@code customQuota}) enforce
 * the same limits: Sage's minute becomes one second (100 requests a second), its one-hour block five seconds, and the
 * day's quota is sized to the workload, so the run spends most of a day's requests.
 *
 * @param name          short or long
 * @param cases         business cases: a customer, an item, an invoice, a receipt and its allocation, updates, retirement
 * @param threads       workload threads sending cases at once
 * @param dailyQuota    requests a day (Sage: 5,000)
 * @param faultRate     the rate of each random fault kind (500, 503, reset, dropped answer, slow answer)
 * @param length        how long the faults' schedule spans; events are placed within it
 */
record ChaosSettings(String name, int cases, int threads, int dailyQuota, double faultRate, Duration length) {

    static final int REQUESTS_PER_WINDOW = 100;
    static final Duration WINDOW = Duration.ofSeconds(1);
    static final Duration BLOCK = Duration.ofSeconds(5);
    /** The component's requestTimeout; slow answers wait longer than this. */
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1500);
    static final Duration SLOW_ANSWER = Duration.ofMillis(2500);
    static final int MAX_FAILED_LOGINS = 5;
    /** Sage locks a username after 20 failed logins in an hour. */
    static final int SAGE_FAILED_LOGINS = 20;

    static ChaosSettings of(String size) {
        return switch (size) {
            case "short" -> new ChaosSettings("short", 150, 6, 2_500, 0.02, Duration.ofSeconds(15));
            case "long" -> new ChaosSettings("long", 400, 8, 8_000, 0.03, Duration.ofSeconds(45));
            default -> throw new IllegalArgumentException("chaos.size is short or long, not " + size);
        };
    }
}

package dev.camelsage.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelsage.simulator.SageSimulator;

/**
 * Sage's bad day, drawn from the seed: random faults at a rate (500, 503, connection resets before anything is
 * processed, answers dropped after a save committed, answers slower than the client's timeout), two maintenance
 * windows, a forced block (a 429 and its compressed hour), the mirror application restarted, and the reports login's
 * password changed at Sage for a while and changed back. The simulator draws the random faults from the same seed.
 */
final class FaultPlan implements AutoCloseable {

    /** A timed event of the plan, for the run's log. */
    record Event(Duration at, String what) {
    }

    private static final Duration WRONG_PASSWORD = Duration.ofSeconds(4);

    private final long seed;
    private final ChaosSettings settings;
    private final List<Event> events = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "chaos-fault-plan");
        t.setDaemon(true);
        return t;
    });

    FaultPlan(long seed, ChaosSettings settings) {
        this.seed = seed;
        this.settings = settings;
    }

    /** Switches the rates on and schedules the timed events from now; {@code restartMirror} runs on the plan's thread. */
    void start(SageSimulator sage, Runnable restartMirror) {
        Random random = new Random(seed);
        double rate = settings.faultRate();
        sage.faults().seed(seed);
        sage.faults().serverErrorRate(rate);
        sage.faults().serviceUnavailableRate(rate);
        sage.faults().connectionResetRate(rate);
        sage.faults().dropAnswerAfterCommitRate(rate * 2);
        sage.faults().delayAfterProcessing(rate, ChaosSettings.SLOW_ANSWER);
        Instant start = Instant.now();
        for (int w = 0; w < 2; w++) {
            Duration from = at(random, 0.1, 0.9);
            Duration length = Duration.ofMillis(500 + random.nextInt(1500));
            sage.faults().maintenanceWindow(start.plus(from), start.plus(from).plus(length));
            events.add(new Event(from, "maintenance for " + length.toMillis() + " ms"));
        }
        // The block, the restart and the wrong password each get their own stretch of the day, so each is seen.
        schedule(at(random, 0.1, 0.3), "forced block of " + ChaosSettings.BLOCK.toSeconds() + " s",
                () -> sage.faults().forceBlock(SageSimulator.DEMO_API_KEY, SageSimulator.DEMO_COMPANY_ID,
                        ChaosSettings.BLOCK));
        schedule(at(random, 0.5, 0.6), "mirror application restarted", restartMirror);
        Duration wrongFrom = at(random, 0.6, 0.7);
        schedule(wrongFrom, "reports password changed at Sage",
                () -> sage.users().changePassword(SageApps.REPORTS_USERNAME, "rotated-" + seed));
        schedule(wrongFrom.plus(WRONG_PASSWORD), "reports password changed back",
                () -> sage.users().changePassword(SageApps.REPORTS_USERNAME, SageApps.REPORTS_PASSWORD));
        events.sort((a, b) -> a.at().compareTo(b.at()));
    }

    List<Event> events() {
        return events;
    }

    /** Ends the random faults, so what is still in flight settles; the timed events have run by then. */
    void stopRandomFaults(SageSimulator sage) {
        sage.faults().serverErrorRate(0);
        sage.faults().serviceUnavailableRate(0);
        sage.faults().connectionResetRate(0);
        sage.faults().dropAnswerAfterCommitRate(0);
        sage.faults().delayAfterProcessing(0, ChaosSettings.SLOW_ANSWER);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private Duration at(Random random, double from, double to) {
        long span = settings.length().toMillis();
        return Duration.ofMillis((long) (span * (from + random.nextDouble() * (to - from))));
    }

    private void schedule(Duration at, String what, Runnable action) {
        events.add(new Event(at, what));
        timer.schedule(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("Fault plan event '" + what + "' failed: " + e);
            }
        }, at.toMillis(), TimeUnit.MILLISECONDS);
    }
}

package dev.camelsage.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Failures a test can switch on: maintenance, random 500s, slow answers, and lost answers after a committed Save. */
public final class Faults {

    private volatile boolean maintenance;
    private volatile double serverErrorRate;
    private Random random = new Random(0);
    private volatile Duration latency = Duration.ZERO;
    private final AtomicInteger dropsAfterSave = new AtomicInteger();

    /** While on, every request is answered 503 with Sage's maintenance message. */
    public void maintenance(boolean on) {
        this.maintenance = on;
    }

    /** That share (0..1) of requests is answered 500 {"Message":"An error has occurred."}; the seed makes runs repeatable. */
    public synchronized void serverErrorRate(double rate, long seed) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("The server error rate is a share between 0 and 1, not " + rate);
        }
        this.random = new Random(seed);
        this.serverErrorRate = rate;
    }

    /** Every request waits this long before it is processed. */
    public void latency(Duration perRequest) {
        this.latency = Objects.requireNonNull(perRequest, "perRequest");
    }

    /** The next {@code times} Save requests commit, then the connection is closed without an answer. */
    public void dropConnectionAfterSave(int times) {
        dropsAfterSave.set(times);
    }

    public synchronized void clear() {
        maintenance = false;
        serverErrorRate = 0;
        random = new Random(0);
        latency = Duration.ZERO;
        dropsAfterSave.set(0);
    }

    boolean inMaintenance() {
        return maintenance;
    }

    boolean nextIsServerError() {
        if (serverErrorRate == 0) {
            return false; // the usual case decides without the lock every request would queue on
        }
        synchronized (this) {
            return random.nextDouble() < serverErrorRate;
        }
    }

    Duration latency() {
        return latency;
    }

    boolean consumeDropAfterSave() {
        return dropsAfterSave.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}

package dev.camelsage.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures a test or a chaos run switches on. Rate-based faults are seeded and reproducible: each kind draws from its
 * own {@link Random}, seeded from one plan seed ({@link #seed}), and every request draws in arrival order, so the same
 * seed and the same requests replay the same faults. Every fault that hits a request is named in its journal entry
 * ({@link JournalEntry#faults()}), together with whether the request committed anything.
 */
public final class Faults {

    /** The kinds whose decision is a random draw per request, in the order a request meets them. */
    private static final List<FaultKind> DRAWN = List.of(FaultKind.CONNECTION_RESET, FaultKind.DELAY_BEFORE_PROCESSING,
            FaultKind.SERVICE_UNAVAILABLE, FaultKind.SERVER_ERROR, FaultKind.ANSWER_DROPPED, FaultKind.DELAY_AFTER_PROCESSING);

    private final SimulatorClock clock;
    private final QuotaTracker quota;
    private final Map<FaultKind, Random> randoms = new EnumMap<>(FaultKind.class);
    private final Map<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
    /** Whether any rate is above zero; read without the lock so requests without faults never queue on it. */
    private volatile boolean drawing;
    private volatile boolean maintenance;
    private final List<Instant[]> maintenanceWindows = new CopyOnWriteArrayList<>();
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration delayBefore = Duration.ZERO;
    private volatile Duration delayAfter = Duration.ZERO;
    private final AtomicInteger dropsAfterSave = new AtomicInteger();

    Faults(SimulatorClock clock, QuotaTracker quota) {
        this.clock = clock;
        this.quota = quota;
        seed(0);
    }

    /** Re-seeds every kind's random numbers from one plan seed, so a run can be replayed; rates are kept. */
    public synchronized Faults seed(long planSeed) {
        for (FaultKind kind : DRAWN) {
            randoms.put(kind, new Random(planSeed ^ 0x9E3779B97F4A7C15L * (kind.ordinal() + 1)));
        }
        return this;
    }

    /** While on, every request is answered 503 with Sage's maintenance message. */
    public void maintenance(boolean on) {
        this.maintenance = on;
    }

    /** Requests arriving at or after {@code from} and before {@code to}, on the simulator clock, get the maintenance 503. */
    public void maintenanceWindow(Instant from, Instant to) {
        if (!Objects.requireNonNull(to, "to").isAfter(Objects.requireNonNull(from, "from"))) {
            throw new IllegalArgumentException("A maintenance window ends after it starts: " + from + " .. " + to);
        }
        maintenanceWindows.add(new Instant[] {from, to});
    }

    /** That share (0..1) of requests is answered 500 {"Message":"An error has occurred."} before the method runs. */
    public void serverErrorRate(double rate) {
        rate(FaultKind.SERVER_ERROR, rate);
    }

    /** As {@link #serverErrorRate(double)}, with this kind's random numbers seeded on their own. */
    public synchronized void serverErrorRate(double rate, long seed) {
        randoms.put(FaultKind.SERVER_ERROR, new Random(seed));
        rate(FaultKind.SERVER_ERROR, rate);
    }

    /** That share of requests is answered 503 with the web server's HTML page, before anything is processed. */
    public void serviceUnavailableRate(double rate) {
        rate(FaultKind.SERVICE_UNAVAILABLE, rate);
    }

    /** That share of requests has its connection closed before anything is processed: no answer, nothing committed. */
    public void connectionResetRate(double rate) {
        rate(FaultKind.CONNECTION_RESET, rate);
    }

    /** That share of requests that commit a write (Save, SaveBatch, Delete, attachments, Email) commits, then gets no answer. */
    public void dropAnswerAfterCommitRate(double rate) {
        rate(FaultKind.ANSWER_DROPPED, rate);
    }

    /** The next {@code times} requests that commit a write commit, then their connection closes without an answer. */
    public void dropConnectionAfterSave(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("A number of requests is not negative: " + times);
        }
        dropsAfterSave.set(times);
    }

    /** That share of requests waits {@code delay} before it is processed: a client that times out may still see it commit. */
    public synchronized void delayBeforeProcessing(double rate, Duration delay) {
        this.delayBefore = positive(delay);
        rate(FaultKind.DELAY_BEFORE_PROCESSING, rate);
    }

    /** That share of requests is processed (and commits), then its answer waits {@code delay}: past a client's timeout. */
    public synchronized void delayAfterProcessing(double rate, Duration delay) {
        this.delayAfter = positive(delay);
        rate(FaultKind.DELAY_AFTER_PROCESSING, rate);
    }

    /** Every request waits this long before it is processed. */
    public void latency(Duration perRequest) {
        this.latency = Objects.requireNonNull(perRequest, "perRequest");
    }

    /**
     * Blocks the API key in the company now, as 101 requests in a minute would: 429 with Sage's per-minute text, the
     * block extended by every request made during it, for the quota's block duration (one hour if the quota has none).
     */
    public void forceBlock(String apiKey, long companyId) {
        Duration block = quota.settings().blockDuration();
        forceBlock(apiKey, companyId, block.isZero() ? Duration.ofHours(1) : block);
    }

    /** As {@link #forceBlock(String, long)} for the given block length. */
    public void forceBlock(String apiKey, long companyId, Duration block) {
        quota.forceBlock(ApiKeys.normalise(Objects.requireNonNull(apiKey, "apiKey")), companyId, clock.now(), positive(block));
    }

    /** Locks the username now, as 21 failed logins in an hour would (429 with Sage's 24-hour text), for 24 hours. */
    public void lockUsername(String username) {
        lockUsername(username, Duration.ofHours(24));
    }

    /** As {@link #lockUsername(String)} for the given lock-out length. */
    public void lockUsername(String username, Duration lockOut) {
        quota.forceLoginLock(Objects.requireNonNull(username, "username"), clock.now(), positive(lockOut));
    }

    /** Switches every fault off, lifts forced blocks and lock-outs, and re-seeds from plan seed 0. */
    public synchronized void clear() {
        quota.liftForced();
        maintenance = false;
        maintenanceWindows.clear();
        rates.clear();
        drawing = false;
        latency = Duration.ZERO;
        delayBefore = Duration.ZERO;
        delayAfter = Duration.ZERO;
        dropsAfterSave.set(0);
        seed(0);
    }

    /** Takes the request's place in arrival order and draws, in the same order, the random faults it meets. */
    Draw arrive(Journal journal) {
        if (!drawing) {
            return new Draw(journal.arrival(), Map.of());
        }
        synchronized (this) {
            long arrival = journal.arrival();
            Map<FaultKind, Boolean> hits = new EnumMap<>(FaultKind.class);
            rates.forEach((kind, rate) -> hits.put(kind, randoms.get(kind).nextDouble() < rate));
            return new Draw(arrival, hits);
        }
    }

    boolean inMaintenance(Instant at) {
        if (maintenance) {
            return true;
        }
        for (Instant[] window : maintenanceWindows) {
            if (!at.isBefore(window[0]) && at.isBefore(window[1])) {
                return true;
            }
        }
        return false;
    }

    Duration latency() {
        return latency;
    }

    Duration delayBefore() {
        return delayBefore;
    }

    Duration delayAfter() {
        return delayAfter;
    }

    boolean consumeDropAfterSave() {
        return dropsAfterSave.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private synchronized void rate(FaultKind kind, double rate) {
        if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("A fault rate is a share between 0 and 1, not " + rate);
        }
        if (rate == 0) {
            rates.remove(kind);
        } else {
            rates.put(kind, rate);
        }
        drawing = !rates.isEmpty();
    }

    private static Duration positive(Duration d) {
        if (Objects.requireNonNull(d, "duration").isNegative() || d.isZero()) {
            throw new IllegalArgumentException("The duration must be positive: " + d);
        }
        return d;
    }

    /** The request's place in arrival order and which drawn faults hit it. */
    record Draw(long arrival, Map<FaultKind, Boolean> hits) {

        boolean hit(FaultKind kind) {
            return hits.getOrDefault(kind, false);
        }
    }
}

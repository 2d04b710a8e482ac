package dev.camelsage.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when a test moves it, so a quota "minute" or a one-hour block takes no real time. */
public final class ManualClock implements SimulatorClock {

    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("A clock only moves forward; use set(Instant) to go back: " + d);
        }
        now.updateAndGet(t -> t.plus(d));
    }

    public void set(Instant t) {
        now.set(Objects.requireNonNull(t, "t"));
    }
}

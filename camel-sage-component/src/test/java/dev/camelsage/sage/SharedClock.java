package dev.camelsage.sage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.camelsage.simulator.ManualClock;

/**
 * The simulator's manual clock as the component's {@code clock} option: Sage's quota, blocks and timestamps and the
 * component's guard read one time, which only the test moves, so tests assert exact instants and counts.
 */
public final class SharedClock extends Clock {

    private final ManualClock simulator;
    private final ZoneId zone;

    public SharedClock(ManualClock simulator) {
        this(simulator, ZoneOffset.UTC);
    }

    private SharedClock(ManualClock simulator, ZoneId zone) {
        this.simulator = simulator;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return simulator.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new SharedClock(simulator, zone);
    }
}

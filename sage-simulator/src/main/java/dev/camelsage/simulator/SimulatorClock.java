package dev.camelsage.simulator;

import java.time.Instant;

/** The simulator's notion of "now": quotas, blocks, Created/Modified stamps and the journal all read it. */
@FunctionalInterface
public interface SimulatorClock {

    Instant now();

    static SimulatorClock system() {
        return Instant::now;
    }
}

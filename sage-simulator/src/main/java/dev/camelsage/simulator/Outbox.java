package dev.camelsage.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The emails the simulator's Email methods would have sent, for tests to read; nothing leaves the machine. */
public final class Outbox {

    private final List<SentEmail> sent = new CopyOnWriteArrayList<>();

    void add(SentEmail email) {
        sent.add(email);
    }

    /** Every email in the order sent (a snapshot). */
    public List<SentEmail> emails() {
        return new ArrayList<>(sent);
    }

    public void clear() {
        sent.clear();
    }
}

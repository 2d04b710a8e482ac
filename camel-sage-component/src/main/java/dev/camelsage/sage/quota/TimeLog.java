package dev.camelsage.sage.quota;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;

/**
 * Instants in ascending order, oldest dropped first: the log behind a sliding window. An instant older than the
 * newest one is recorded as the newest, which only ever makes a request count a little longer. Not thread-safe.
 */
final class TimeLog implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant[] ring = new Instant[16];
    private int head;
    private int size;

    void add(Instant at) {
        if (size == ring.length) {
            grow();
        }
        Instant last = size == 0 ? null : get(size - 1);
        ring[(head + size) % ring.length] = last != null && at.isBefore(last) ? last : at;
        size++;
    }

    /** Forgets every instant at or before {@code cutoff}. */
    void dropUpTo(Instant cutoff) {
        while (size > 0 && !ring[head].isAfter(cutoff)) {
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
        }
    }

    int size() {
        return size;
    }

    /** The {@code index}-th oldest instant, from 0. */
    Instant get(int index) {
        return ring[(head + index) % ring.length];
    }

    /** How many instants lie after {@code cutoff}. */
    int countAfter(Instant cutoff) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (get(mid).isAfter(cutoff)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return size - low;
    }

    private void grow() {
        Instant[] bigger = new Instant[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        Arrays.fill(ring, null);
        ring = bigger;
        head = 0;
    }
}

package dev.camelsage.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** Every request the simulator received, in arrival order, for tests to assert on what Sage would have seen. */
public final class Journal {

    private final AtomicLong arrivals = new AtomicLong();
    private final ConcurrentSkipListMap<Long, JournalEntry> entries = new ConcurrentSkipListMap<>();

    /** A place in arrival order, taken when a request arrives; the entry is filled in when it has been answered. */
    long arrival() {
        return arrivals.incrementAndGet();
    }

    void record(long arrival, JournalEntry entry) {
        entries.put(arrival, entry);
    }

    /** The answered requests in arrival order (a snapshot; requests still in progress are not in it). */
    public List<JournalEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    public List<JournalEntry> entries(Predicate<JournalEntry> p) {
        return entries.values().stream().filter(p).toList();
    }

    public long count(Predicate<JournalEntry> p) {
        return entries.values().stream().filter(p).count();
    }

    /**
     * The most requests that arrived for this key and company within any sliding window of the given length,
     * rejected ones included: what Sage's own counter would have seen.
     */
    public int maxRequestsInAnyWindow(String apiKey, long companyId, Duration window) {
        String key = ApiKeys.normalise(apiKey);
        List<JournalEntry> matching = new ArrayList<>(entries(e -> key.equals(e.apiKey())
                && e.companyId() != null && e.companyId() == companyId));
        matching.sort(Comparator.comparing(JournalEntry::time));
        int max = 0;
        int start = 0;
        for (int end = 0; end < matching.size(); end++) {
            while (!matching.get(start).time().isAfter(matching.get(end).time().minus(window))) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }

    /** Requests that arrived while their key+company (or their username) was blocked. */
    public long requestsWhileBlocked() {
        return count(JournalEntry::whileBlocked);
    }

    public void clear() {
        entries.clear();
    }
}

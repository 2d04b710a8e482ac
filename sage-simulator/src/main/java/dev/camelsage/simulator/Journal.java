package dev.camelsage.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every request the simulator received, in arrival order, for tests to assert on what Sage would have seen. */
public final class Journal {

    private final List<JournalEntry> entries = new ArrayList<>();

    synchronized void record(JournalEntry entry) {
        entries.add(entry);
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public List<JournalEntry> entries(Predicate<JournalEntry> p) {
        return entries().stream().filter(p).toList();
    }

    public long count(Predicate<JournalEntry> p) {
        return entries().stream().filter(p).count();
    }

    /**
     * The most requests that arrived for this key and company within any sliding window of the given length,
     * rejected ones included: what Sage's own counter would have seen.
     */
    public int maxRequestsInAnyWindow(String apiKey, long companyId, Duration window) {
        String key = ApiKeys.normalise(apiKey);
        List<JournalEntry> matching = entries(e -> key.equals(e.apiKey())
                && e.companyId() != null && e.companyId() == companyId);
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

    public synchronized void clear() {
        entries.clear();
    }
}

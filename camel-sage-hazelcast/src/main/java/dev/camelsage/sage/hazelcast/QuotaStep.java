package dev.camelsage.sage.hazelcast;

import java.util.Map;

import com.hazelcast.map.EntryProcessor;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaWindow;

/**
 * One store operation on the {@link QuotaWindow} of a key, run by Hazelcast on the member that owns the key, one at a
 * time per key: the rules stay in {@code QuotaWindow}, so this store decides as the in-memory one does. The same step
 * runs on the backup copy (Hazelcast's default backup processor), with the same arguments, so both copies stay equal
 * without shipping the window's log of the day.
 *
 * @param <R> what the caller gets back; serializable, since it crosses the network
 */
interface QuotaStep<R> extends EntryProcessor<QuotaKey, QuotaWindow, R> {

    R apply(QuotaKey key, QuotaWindow window);

    @Override
    default R process(Map.Entry<QuotaKey, QuotaWindow> entry) {
        QuotaWindow window = entry.getValue() == null ? new QuotaWindow() : entry.getValue();
        R result = apply(entry.getKey(), window);
        // Always written back: even a read moves expired leases into the log, and every copy must do the same.
        entry.setValue(window);
        return result;
    }
}

package dev.camelsage.sage.hazelcast;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;

/**
 * Takes or renews the leadership of a namespace in one atomic step on the member that owns it: succeeds when nobody
 * holds it (or the lease expired: Hazelcast drops the entry then) or {@code candidate} already does, and (re)starts the
 * entry's time to live, measured by the owning member's clock.
 *
 * @param candidate  the id of the local cluster member
 * @param leaseMillis how long the leadership lasts unless renewed
 */
record LeaderLease(String candidate, long leaseMillis) implements EntryProcessor<String, String, Boolean> {

    @Override
    public Boolean process(Map.Entry<String, String> entry) {
        String holder = entry.getValue();
        if (holder != null && !holder.equals(candidate)) {
            return false;
        }
        ((ExtendedMapEntry<String, String>) entry).setValue(candidate, leaseMillis, TimeUnit.MILLISECONDS);
        return true;
    }
}

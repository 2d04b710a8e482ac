package dev.camelsage.sage.internal.paging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A feed's state in memory that records every write, so a test sees a write that should not have happened. */
final class RecordingWatermarks implements SageRecordFeed.Watermarks {

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void set(String key, String value) {
        values.put(key, value);
        writes.add(key + "=" + value);
    }

    /** Each write as {@code key=value}, in order. */
    List<String> writes() {
        return writes;
    }
}

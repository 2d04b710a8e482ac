package dev.camelsage.sage.internal.paging;

import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.camelsage.sage.model.SageDates;

/**
 * What a change consumer with a lookback has delivered: each version ({@code ID} and {@code Modified}) inside the
 * lookback window, and a floor at or before which every version counts as delivered (the watermark found when the
 * tracking began, or the {@code since} date). A poll re-reads the window and emits only the versions that are new
 * here, such as a record Sage committed late with a {@code Modified} older than versions already delivered. The floor
 * rises as the window moves on, so a longer lookback given later never reads a forgotten version again.
 * <p>
 * Kept in a {@code StateRepository} as {@code floor;Modified|ID,ID;Modified|ID}, the floor being {@code Modified|ID}
 * or empty: the versions grouped by {@code Modified}, so hundreds of records saved together cost one date. Not
 * thread-safe.
 */
final class SageDeliveredVersions {

    private static final char GROUP = ';';

    private SageWatermark floor;
    /** By the time of {@code Modified}, so {@code 10:00:50} and {@code 10:00:50.000} are one instant. */
    private final Map<LocalDateTime, Set<Long>> idsByModified = new TreeMap<>();
    private int size;

    /** @param floor every version at or before it counts as delivered; {@code null} for none */
    SageDeliveredVersions(SageWatermark floor) {
        this.floor = floor;
    }

    /** Reads {@link #toState()}; {@code null} for {@code null} or empty (nothing tracked yet). */
    static SageDeliveredVersions fromState(String state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        try {
            String[] groups = state.split(String.valueOf(GROUP), -1);
            SageDeliveredVersions delivered = new SageDeliveredVersions(SageWatermark.fromState(groups[0]));
            for (int i = 1; i < groups.length; i++) {
                int separator = groups[i].lastIndexOf('|');
                String modified = groups[i].substring(0, separator);
                for (String id : groups[i].substring(separator + 1).split(",")) {
                    delivered.add(new SageWatermark(modified, Long.parseLong(id)));
                }
            }
            return delivered;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The stored list of delivered Sage versions '" + state + "' is not"
                                               + " floor;Modified|ID,ID;...: remove it from the state repository to"
                                               + " start tracking again from the watermark", e);
        }
    }

    /** Nothing at or before it is read again; {@code null} for no floor. */
    SageWatermark floor() {
        return floor;
    }

    /** Whether a version has not been delivered yet. */
    boolean isNew(SageWatermark version) {
        if (floor != null && !version.isAfter(floor)) {
            return false;
        }
        Set<Long> ids = idsByModified.get(version.time());
        return ids == null || !ids.contains(version.id());
    }

    void add(SageWatermark version) {
        if (idsByModified.computeIfAbsent(version.time(), modified -> new TreeSet<>()).add(version.id())) {
            size++;
        }
    }

    /** Forgets the versions modified before {@code start}, and raises the floor to it: no poll reads them again. */
    void forgetBefore(LocalDateTime start) {
        SageWatermark before = SageWatermark.before(start);
        if (floor == null || before.isAfter(floor)) {
            floor = before;
        }
        for (Iterator<Map.Entry<LocalDateTime, Set<Long>>> groups = idsByModified.entrySet().iterator(); groups.hasNext();) {
            Map.Entry<LocalDateTime, Set<Long>> group = groups.next();
            if (group.getKey().isBefore(start)) {
                size -= group.getValue().size();
                groups.remove();
            }
        }
    }

    /** How many versions are tracked (the floor aside). */
    int size() {
        return size;
    }

    String toState() {
        StringBuilder state = new StringBuilder(floor == null ? "" : floor.toState());
        idsByModified.forEach((modified, ids) -> {
            state.append(GROUP).append(SageDates.formatDateTime(modified)).append('|');
            ids.forEach(id -> state.append(id).append(','));
            state.setLength(state.length() - 1);
        });
        return state.toString();
    }
}

package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulator's data, per company and service, as Sage-shaped JSON objects. Public methods give tests direct access
 * that bypasses HTTP, auth, quota, validation and the journal; they hand out copies, never the stored objects.
 * Entity IDs come from one sequence across services (as database IDs do), so an ID names one entity only.
 */
public final class Store {

    private static final long FIRST_ID = 10_001;

    private final SimulatorClock clock;
    private final boolean emptyModifiedOnCreate;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Map<String, NavigableMap<Long, ObjectNode>>> data = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(FIRST_ID);
    private final Map<String, AtomicLong> documentNumbers = new ConcurrentHashMap<>();

    Store(SimulatorClock clock, boolean emptyModifiedOnCreate) {
        this.clock = clock;
        this.emptyModifiedOnCreate = emptyModifiedOnCreate;
    }

    /** Generates {@code n} customers quickly, for scale tests; returns copies of what was stored. */
    public List<ObjectNode> seedCustomers(long companyId, int n) {
        return writing(() -> {
            List<ObjectNode> created = new ArrayList<>(n);
            int existing = rows(companyId, "Customer").size();
            for (int i = 1; i <= n; i++) {
                created.add(insertRow(companyId, "Customer", DemoData.generatedCustomer(existing + i)).deepCopy());
            }
            return created;
        });
    }

    /**
     * Stores a record as given; assigns ID, and Created and Modified from the clock unless it has them, as a Save would
     * (services without timestamps get neither; Modified stays empty if the simulator is so configured).
     */
    public ObjectNode insert(long companyId, String service, ObjectNode record) {
        String name = ServiceCatalog.require(service).name();
        ObjectNode copy = Objects.requireNonNull(record, "record").deepCopy();
        return writing(() -> insertRow(companyId, name, copy).deepCopy());
    }

    /** Changes a stored record in place; sets Modified to the clock's now unless the change sets it or the model has none. */
    public ObjectNode update(long companyId, String service, long id, Consumer<ObjectNode> change) {
        ServiceSchema schema = ServiceCatalog.require(service);
        String name = schema.name();
        return writing(() -> {
            ObjectNode row = rows(companyId, name).get(id);
            if (row == null) {
                throw new IllegalArgumentException("No " + name + " " + id + " in company " + companyId);
            }
            String modified = row.path("Modified").asText(null);
            change.accept(row);
            if (schema.timestamps() && Objects.equals(modified, row.path("Modified").asText(null))) {
                row.put("Modified", SageJson.stamp(clock.now()));
            }
            row.put("ID", id);
            return row.deepCopy();
        });
    }

    public Optional<ObjectNode> get(long companyId, String service, long id) {
        String name = ServiceCatalog.require(service).name();
        return reading(() -> Optional.ofNullable(rows(companyId, name).get(id)).map(ObjectNode::deepCopy));
    }

    /** All records of a service in a company, ordered by ID. */
    public List<ObjectNode> list(long companyId, String service) {
        String name = ServiceCatalog.require(service).name();
        return reading(() -> rows(companyId, name).values().stream().map(ObjectNode::deepCopy).toList());
    }

    public boolean delete(long companyId, String service, long id) {
        String name = ServiceCatalog.require(service).name();
        return writing(() -> rows(companyId, name).remove(id) != null);
    }

    public int count(long companyId, String service) {
        String name = ServiceCatalog.require(service).name();
        return reading(() -> rows(companyId, name).size());
    }

    /** The companies that hold any data (Company rows included), in ID order. */
    public List<Long> companies() {
        return reading(() -> data.keySet().stream().sorted().toList());
    }

    /** Every record of a company, per service (services without records left out), each list ordered by ID. */
    public Map<String, List<ObjectNode>> snapshot(long companyId) {
        return reading(() -> {
            Map<String, List<ObjectNode>> all = new TreeMap<>();
            data.getOrDefault(companyId, Map.of()).forEach((service, rows) -> {
                if (!rows.isEmpty()) {
                    all.put(service, rows.values().stream().map(ObjectNode::deepCopy).toList());
                }
            });
            return all;
        });
    }

    // --- for the simulator itself: callers hold the lock and must not leak the live objects ---

    <T> T reading(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T writing(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The live rows of a service in a company, keyed by ID. */
    NavigableMap<Long, ObjectNode> rows(long companyId, String service) {
        return data.computeIfAbsent(companyId, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(service, s -> new TreeMap<>());
    }

    ObjectNode insertRow(long companyId, String service, ObjectNode row) {
        long id;
        if (row.hasNonNull("ID")) {
            id = row.get("ID").asLong();
            ids.accumulateAndGet(id + 1, Math::max);
        } else {
            id = ids.getAndIncrement();
        }
        ObjectNode stored = putRow(companyId, service, id, row);
        if (ServiceCatalog.find(service).map(ServiceSchema::timestamps).orElse(true)) {
            String now = SageJson.stamp(clock.now());
            if (!stored.hasNonNull("Created")) {
                stored.put("Created", now);
            }
            if (!stored.hasNonNull("Modified") && !emptyModifiedOnCreate) {
                stored.put("Modified", now);
            }
        }
        return stored;
    }

    /** The next ID of the one sequence, for entities that live inside others (document lines). */
    long nextId() {
        return ids.getAndIncrement();
    }

    /** Stores the fields as the row with this ID (ID first, as Sage orders it), replacing any previous row. */
    ObjectNode putRow(long companyId, String service, long id, ObjectNode fields) {
        ObjectNode stored = SageJson.object().put("ID", id);
        stored.setAll(fields);
        stored.put("ID", id);
        rows(companyId, service).put(id, stored);
        return stored;
    }

    String nextDocumentNumber(long companyId, String service, String prefix) {
        long n = documentNumbers.computeIfAbsent(companyId + "/" + service, k -> new AtomicLong()).incrementAndGet();
        return String.format("%s%07d", prefix, n);
    }

    SimulatorClock clock() {
        return clock;
    }

    void clear() {
        writing(() -> {
            data.clear();
            ids.set(FIRST_ID);
            documentNumbers.clear();
            return null;
        });
    }
}

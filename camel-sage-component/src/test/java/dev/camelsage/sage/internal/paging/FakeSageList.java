package dev.camelsage.sage.internal.paging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Sage list in memory, for the pager's unit tests: understands the filters and orders the pager sends (an optional
 * user filter {@code Even eq true}, keyset {@code ID gt n}/{@code ID lt n}, orders {@code ID}, {@code ID desc} and
 * {@code Group,ID}) and records every query. The end-to-end proof runs against the simulator.
 */
final class FakeSageList implements SagePageFetcher<JsonNode> {

    private static final Pattern KEYSET = Pattern.compile("(?:\\((.+)\\) and )?ID (gt|lt) (\\d+)");

    private final List<ObjectNode> records = new ArrayList<>();
    private final List<SageListQuery> queries = new CopyOnWriteArrayList<>();
    private Executor executor = Runnable::run;
    private Consumer<SageListQuery> beforeAnswer = query -> {
    };
    private long nextId = 1;

    FakeSageList seed(int count) {
        for (int i = 0; i < count; i++) {
            add();
        }
        return this;
    }

    synchronized ObjectNode add() {
        long id = nextId++;
        ObjectNode record = JsonNodeFactory.instance.objectNode().put("ID", id).put("Even", id % 2 == 0)
                .put("Group", (int) (id % 3));
        records.add(record);
        return record;
    }

    synchronized void delete(long id) {
        records.removeIf(record -> record.get("ID").asLong() == id);
    }

    /** Answers on another thread, as the HTTP client does. */
    FakeSageList answerOn(Executor executor) {
        this.executor = executor;
        return this;
    }

    /** Runs before each answer is computed: inserts or deletes "while paging". */
    FakeSageList beforeAnswer(Consumer<SageListQuery> action) {
        this.beforeAnswer = action;
        return this;
    }

    List<SageListQuery> queries() {
        return queries;
    }

    @Override
    public CompletableFuture<SagePage<JsonNode>> fetch(SageListQuery query) {
        queries.add(query);
        return CompletableFuture.supplyAsync(() -> {
            beforeAnswer.accept(query);
            return answer(query);
        }, executor);
    }

    private synchronized SagePage<JsonNode> answer(SageListQuery query) {
        if (query.top() > 100) {
            throw new IllegalArgumentException("Sage returns at most 100 records a call, asked for " + query.top());
        }
        List<JsonNode> matching = records.stream().filter(filter(query.filter())).sorted(order(query.orderBy()))
                .map(JsonNode.class::cast).toList();
        List<JsonNode> page = matching.stream().skip(query.skip()).limit(query.top()).toList();
        return new SagePage<>(matching.size(), page.size(), page);
    }

    private static Predicate<ObjectNode> filter(String filter) {
        if (filter == null) {
            return record -> true;
        }
        if (filter.equals("Even eq true")) {
            return record -> record.get("Even").asBoolean();
        }
        Matcher keyset = KEYSET.matcher(filter);
        if (!keyset.matches()) {
            throw new IllegalArgumentException("The fake does not understand the filter " + filter);
        }
        long bound = Long.parseLong(keyset.group(3));
        Predicate<ObjectNode> after = keyset.group(2).equals("gt")
                ? record -> record.get("ID").asLong() > bound : record -> record.get("ID").asLong() < bound;
        return keyset.group(1) == null ? after : filter(keyset.group(1)).and(after);
    }

    private static Comparator<ObjectNode> order(String orderBy) {
        Comparator<ObjectNode> byId = Comparator.comparingLong(record -> record.get("ID").asLong());
        return switch (String.valueOf(orderBy)) {
            case "ID" -> byId;
            case "ID desc" -> byId.reversed();
            case "Group,ID" -> Comparator.<ObjectNode> comparingInt(record -> record.get("Group").asInt()).thenComparing(byId);
            default -> throw new IllegalArgumentException("The fake does not understand the order " + orderBy);
        };
    }
}

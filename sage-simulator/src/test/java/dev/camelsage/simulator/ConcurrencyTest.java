package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited()));

    private static List<SageCall.Reply> inParallel(int n, IntFunction<SageCall> call) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<SageCall.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(CompletableFuture.supplyAsync(() -> call.apply(index).send(), pool));
            }
            return futures.stream().map(f -> {
                try {
                    return f.get(30, TimeUnit.SECONDS);
                } catch (InterruptedException | ExecutionException | TimeoutException e) {
                    throw new AssertionError("A parallel request did not complete", e);
                }
            }).toList();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void parallelCreatesOfOneNameCreateItOnce() {
        List<SageCall.Reply> replies = inParallel(16, i -> SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Race Ltd\"}"));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 400).hasSize(15);
        assertThat(SAGE.get().store().list(1, "Customer")).filteredOn(c -> c.get("Name").asText().equals("Race Ltd")).hasSize(1);
    }

    @Test
    void parallelCreatesGetDistinctIds() {
        List<SageCall.Reply> replies = inParallel(40, i -> SageCall.post(SAGE.get(), "Customer/Save", "{\"Name\":\"Parallel " + i + "\"}"));

        assertThat(replies).allMatch(r -> r.status() == 201);
        assertThat(new HashSet<>(replies.stream().map(r -> r.json().get("ID").asLong()).toList())).hasSize(40);
    }
}

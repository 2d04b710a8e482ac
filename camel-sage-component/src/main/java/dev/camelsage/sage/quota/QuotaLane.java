package dev.camelsage.sage.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import dev.camelsage.sage.exception.SageApiException;

/**
 * The waiting line of one quota. A request that finds no slot joins it; a task on the scheduler hands out slots in
 * arrival order at the instant they free, so nobody parks a thread. Futures are completed outside the lock, on the
 * scheduler thread or the caller's.
 */
final class QuotaLane {

    private record Waiter(QuotaRequest request, CompletableFuture<QuotaPermit> future, Instant deadline) {
    }

    private final QuotaKey key;
    private final DefaultSageQuotaGuard guard;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private Instant nextDrain;

    QuotaLane(QuotaKey key, DefaultSageQuotaGuard guard) {
        this.key = key;
        this.guard = guard;
    }

    CompletableFuture<QuotaPermit> acquire(QuotaRequest request, Instant now) {
        synchronized (this) {
            if (waiters.isEmpty()) {
                QuotaPermit permit = guard.tryGrant(request, now);
                if (permit != null) {
                    return CompletableFuture.completedFuture(permit);
                }
            }
            Instant freeAt = guard.store().freeAt(key, request.limits(), now, waiters.size() + 1);
            Instant deadline = now.plus(request.limits().maxQuotaWait());
            if (freeAt.isAfter(deadline)) {
                return CompletableFuture.failedFuture(guard.heldBack(request, freeAt, now));
            }
            CompletableFuture<QuotaPermit> future = new CompletableFuture<>();
            waiters.add(new Waiter(request, future, deadline));
            scheduleDrain(freeAt.isBefore(deadline) ? freeAt : deadline, now);
            return future;
        }
    }

    /** Fails every waiting request: the guard is closing. */
    void failAll(RuntimeException failure) {
        List<Waiter> failed;
        synchronized (this) {
            failed = new ArrayList<>(waiters);
            waiters.clear();
        }
        failed.forEach(waiter -> waiter.future().completeExceptionally(failure));
    }

    synchronized boolean hasWaiters() {
        return !waiters.isEmpty();
    }

    /** Fails what must fail, grants what can go, and plans the next look. */
    void drain() {
        List<Runnable> outcomes = new ArrayList<>();
        synchronized (this) {
            nextDrain = null;
            Instant now = guard.now();
            refuse(now, outcomes);
            while (!waiters.isEmpty()) {
                Waiter head = waiters.peek();
                QuotaPermit permit = guard.tryGrant(head.request(), now);
                if (permit == null) {
                    break;
                }
                waiters.poll();
                outcomes.add(() -> {
                    if (!head.future().complete(permit)) {
                        permit.failed(); // the caller gave up meanwhile; counting the slot as spent is the safe side
                    }
                });
            }
            planNextDrain(now);
        }
        outcomes.forEach(Runnable::run);
    }

    /** Removes the waiters that are cancelled, blocked, locked out or past their deadline. */
    private void refuse(Instant now, List<Runnable> outcomes) {
        QuotaBlock block = guard.store().blockOf(key, now);
        Map<LoginKey, Optional<Instant>> lockedUntil = new HashMap<>();
        int position = 0;
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
            Waiter waiter = it.next();
            QuotaRequest request = waiter.request();
            SageApiException refusal = null;
            if (waiter.future().isDone()) {
                it.remove();
                continue;
            }
            if (block != null) {
                refusal = guard.blocked(request, block);
            } else {
                Optional<Instant> locked = lockedUntil.computeIfAbsent(LoginKey.of(request),
                        login -> Optional.ofNullable(guard.loginLockedUntil(request, now)));
                if (locked.isPresent()) {
                    refusal = guard.loginLocked(request, locked.get(), now);
                } else if (!waiter.deadline().isAfter(now)) {
                    Instant freeAt = guard.store().freeAt(key, request.limits(), now, position + 1);
                    refusal = guard.heldBack(request, freeAt, now);
                }
            }
            if (refusal == null) {
                position++;
            } else {
                it.remove();
                SageApiException failure = refusal;
                outcomes.add(() -> waiter.future().completeExceptionally(failure));
            }
        }
    }

    private void planNextDrain(Instant now) {
        if (waiters.isEmpty()) {
            return;
        }
        Instant next = waiters.stream().map(Waiter::deadline).min(Instant::compareTo).orElseThrow();
        Instant free = guard.store().freeAt(key, waiters.peek().request().limits(), now, 1);
        // A slot that is free now but was not granted is held by the login gate: the next answer drains again.
        if (free.isAfter(now) && free.isBefore(next)) {
            next = free;
        }
        scheduleDrain(next, now);
    }

    private void scheduleDrain(Instant at, Instant now) {
        if (nextDrain != null && !nextDrain.isAfter(at)) {
            return;
        }
        nextDrain = at;
        long delay = Math.max(0, Duration.between(now, at).toNanos());
        try {
            guard.scheduler().schedule(this::drain, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            nextDrain = null;
            IllegalStateException failure = new IllegalStateException(
                    "The Sage quota guard cannot wait for a free slot because its scheduler is shut down:"
                            + " the Camel context is stopping", stopped);
            waiters.forEach(waiter -> waiter.future().completeExceptionally(failure));
            waiters.clear();
        }
    }
}

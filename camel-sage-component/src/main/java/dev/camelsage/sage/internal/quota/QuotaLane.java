package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import dev.camelsage.sage.quota.QuotaKey;

/**
 * The waiting line of one quota in this JVM. A request that finds no slot joins it; a task on the scheduler hands
 * out slots in arrival order at the instant they free, so nobody parks a thread. Futures are always completed outside
 * the lock, and those of requests that waited on the guard's executor, never on the scheduler thread.
 */
final class QuotaLane {

    private record Waiter(QuotaRequest request, CompletableFuture<QuotaPermit> future, Instant deadline) {
    }

    private final QuotaKey key;
    private final QuotaGuard guard;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private Instant nextDrain;

    QuotaLane(QuotaKey key, QuotaGuard guard) {
        this.key = key;
        this.guard = guard;
    }

    CompletableFuture<QuotaPermit> acquire(QuotaRequest request, Instant now) {
        CompletableFuture<QuotaPermit> future = new CompletableFuture<>();
        boolean scheduled;
        synchronized (this) {
            // Behind others, a request waits its turn, but a block refuses it at once.
            QuotaGuard.Attempt attempt = waiters.isEmpty() ? guard.tryGrant(request, now) : guard.refusalNow(request, now);
            if (attempt instanceof QuotaGuard.Attempt.Granted granted) {
                return CompletableFuture.completedFuture(granted.permit());
            }
            if (attempt instanceof QuotaGuard.Attempt.Refused refused) {
                return CompletableFuture.failedFuture(refused.failure());
            }
            Instant freeAt = guard.freeAt(request, now, waiters.size() + 1);
            Instant deadline = now.plus(request.limits().maxQuotaWait());
            if (freeAt.isAfter(deadline)) {
                return CompletableFuture.failedFuture(guard.tooLate(request, freeAt, now));
            }
            waiters.add(new Waiter(request, future, deadline));
            scheduled = scheduleDrain(freeAt.isBefore(deadline) ? freeAt : deadline, now);
        }
        if (!scheduled) {
            failAll(QuotaRefusals.stopping());
        }
        return future;
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

    /**
     * Grants what can go, fails what must fail, and plans the next look. When the store fails (a shared store out of
     * reach), every waiter fails with that error rather than wait for a look that would never come.
     */
    void drain() {
        List<Runnable> outcomes = new ArrayList<>();
        boolean scheduled;
        try {
            synchronized (this) {
                nextDrain = null;
                Instant now = guard.now();
                grantFromHead(now, outcomes);
                refuseLate(now, outcomes);
                scheduled = planNextDrain(now);
            }
        } catch (RuntimeException storeFailed) {
            outcomes.forEach(this::complete);
            failAll(storeFailed);
            return;
        }
        outcomes.forEach(this::complete);
        if (!scheduled) {
            failAll(QuotaRefusals.stopping());
        }
    }

    private void grantFromHead(Instant now, List<Runnable> outcomes) {
        while (!waiters.isEmpty()) {
            Waiter head = waiters.peek();
            if (head.future().isDone()) {
                waiters.poll();
                continue;
            }
            QuotaGuard.Attempt attempt = guard.tryGrant(head.request(), now);
            if (attempt instanceof QuotaGuard.Attempt.Wait) {
                return;
            }
            waiters.poll();
            if (attempt instanceof QuotaGuard.Attempt.Granted granted) {
                outcomes.add(() -> {
                    if (!head.future().complete(granted.permit())) {
                        granted.permit().failed(); // the caller gave up meanwhile; counting the slot as spent is the safe side
                    }
                });
            } else {
                RuntimeException failure = ((QuotaGuard.Attempt.Refused) attempt).failure();
                outcomes.add(() -> head.future().completeExceptionally(failure));
            }
        }
    }

    /** Removes the waiters past their deadline (and the cancelled ones). */
    private void refuseLate(Instant now, List<Runnable> outcomes) {
        int position = 0;
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
            Waiter waiter = it.next();
            if (waiter.future().isDone()) {
                it.remove();
            } else if (!waiter.deadline().isAfter(now)) {
                it.remove();
                RuntimeException failure = guard.tooLate(waiter.request(),
                        guard.freeAt(waiter.request(), now, position + 1), now);
                outcomes.add(() -> waiter.future().completeExceptionally(failure));
            } else {
                position++;
            }
        }
    }

    private boolean planNextDrain(Instant now) {
        if (waiters.isEmpty()) {
            return true;
        }
        Instant next = waiters.stream().map(Waiter::deadline).min(Instant::compareTo).orElseThrow();
        Instant free = guard.freeAt(waiters.peek().request(), now, 1);
        // A slot that is free now but was not granted is held by the login gate: the next answer drains again.
        if (free.isAfter(now) && free.isBefore(next)) {
            next = free;
        }
        return scheduleDrain(next, now);
    }

    /** Plans a drain at {@code at} unless one is planned no later; {@code false} when the scheduler is shut down. */
    private boolean scheduleDrain(Instant at, Instant now) {
        if (nextDrain != null && !nextDrain.isAfter(at)) {
            return true;
        }
        nextDrain = at;
        long delay = Math.max(0, Duration.between(now, at).toNanos());
        try {
            guard.scheduler().schedule(this::drain, delay, TimeUnit.NANOSECONDS);
            return true;
        } catch (RejectedExecutionException stopped) {
            nextDrain = null;
            return false;
        }
    }

    /** Runs an outcome on the guard's executor, so the waiter's continuation never runs on the scheduler thread. */
    private void complete(Runnable outcome) {
        try {
            guard.executor().execute(outcome);
        } catch (RejectedExecutionException stopping) {
            outcome.run();
        }
    }

    @Override
    public String toString() {
        return "QuotaLane[" + key.describe() + "]";
    }
}

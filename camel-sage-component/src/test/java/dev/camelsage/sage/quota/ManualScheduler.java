package dev.camelsage.sage.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler on a {@link ManualClock}: tasks run on the test thread, in time order, when the test advances time.
 * Only what the quota guard uses is supported.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private record Task(Instant at, long sequence, Runnable runnable) {
    }

    private final ManualClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.sequence(), b.sequence()) : a.at().compareTo(b.at()));
    private long sequence;
    private boolean shutdown;

    ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    /** Moves the clock forward by {@code duration}, running every task that falls due on the way at its instant. */
    void advance(Duration duration) {
        advanceTo(clock.instant().plus(duration));
    }

    void advanceTo(Instant target) {
        runDue();
        while (!tasks.isEmpty() && !tasks.peek().at().isAfter(target)) {
            Task task = tasks.poll();
            if (task.at().isAfter(clock.instant())) {
                clock.set(task.at());
            }
            task.runnable().run();
        }
        clock.set(target);
        runDue();
    }

    /** Runs what is due now, including what those tasks schedule for now. */
    void runDue() {
        while (!tasks.isEmpty() && !tasks.peek().at().isAfter(clock.instant())) {
            tasks.poll().runnable().run();
        }
    }

    int pending() {
        return tasks.size();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        tasks.add(new Task(clock.instant().plusNanos(unit.toNanos(delay)), sequence++, command));
        return new ScheduledFuture<Object>() {
            @Override
            public long getDelay(TimeUnit u) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int compareTo(Delayed o) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                throw new UnsupportedOperationException("The quota guard never cancels");
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public boolean isDone() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object get() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object get(long timeout, TimeUnit u) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}

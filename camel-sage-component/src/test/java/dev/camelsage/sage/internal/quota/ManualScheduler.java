package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler on a {@link ManualClock}: tasks run on the test thread, in time order, when the test advances time.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final ManualClock clock;
    private final PriorityQueue<Task<?>> tasks = new PriorityQueue<>();
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
        while (!tasks.isEmpty() && !tasks.peek().at.isAfter(target)) {
            Task<?> task = tasks.poll();
            if (task.at.isAfter(clock.instant())) {
                clock.set(task.at);
            }
            task.run();
        }
        clock.set(target);
        runDue();
    }

    /** Runs what is due now, including what those tasks schedule for now. */
    void runDue() {
        while (!tasks.isEmpty() && !tasks.peek().at.isAfter(clock.instant())) {
            tasks.poll().run();
        }
    }

    int pending() {
        return tasks.size();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return schedule(Executors.callable(command), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new Task<>(callable, at(delay, unit), 0));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return enqueue(new Task<>(Executors.callable(command), at(initialDelay, unit), unit.toNanos(period)));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        // Tasks take no time on a manual clock, so a fixed delay and a fixed rate are the same.
        return scheduleAtFixedRate(command, initialDelay, delay, unit);
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> never = new ArrayList<>(tasks);
        tasks.clear();
        return never;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && tasks.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private Instant at(long delay, TimeUnit unit) {
        return clock.instant().plusNanos(unit.toNanos(delay));
    }

    private <V> Task<V> enqueue(Task<V> task) {
        if (shutdown) {
            throw new RejectedExecutionException("The manual scheduler is shut down");
        }
        tasks.add(task);
        return task;
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {

        private final long periodNanos;
        private final long order = sequence++;
        private Instant at;

        Task(Callable<V> callable, Instant at, long periodNanos) {
            super(callable);
            this.at = at;
            this.periodNanos = periodNanos;
        }

        @Override
        public void run() {
            if (periodNanos == 0) {
                super.run();
            } else if (runAndReset()) {
                at = at.plusNanos(periodNanos);
                tasks.add(this);
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            tasks.remove(this);
            return super.cancel(mayInterruptIfRunning);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), at));
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> task = (Task<?>) other;
            int byTime = at.compareTo(task.at);
            return byTime != 0 ? byTime : Long.compare(order, task.order);
        }
    }
}

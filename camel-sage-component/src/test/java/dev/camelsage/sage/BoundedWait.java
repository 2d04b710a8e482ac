package dev.camelsage.sage;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tests' only way to wait for a future or a latch: bounded, so a regression that never completes one fails the
 * test with a message naming the wait, instead of hanging the build. A future that fails throws like
 * {@link CompletableFuture#join()}: a {@link CompletionException} around the cause.
 */
public final class BoundedWait {

    /** Far beyond anything a test waits for on a loaded machine, well within the module's default test timeout. */
    public static final Duration BOUND = Duration.ofSeconds(30);

    private BoundedWait() {
    }

    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The future did not complete within " + BOUND.toSeconds() + " s: " + future, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + future, e);
        }
    }

    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The latch was not released within " + BOUND.toSeconds() + " s: " + latch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + latch, e);
        }
    }
}

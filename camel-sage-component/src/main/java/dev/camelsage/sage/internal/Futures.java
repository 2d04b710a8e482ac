package dev.camelsage.sage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one place completion wrappers are taken off, so callers see the exception that really happened. */
public final class Futures {

    private Futures() {
    }

    /** The cause under any {@link CompletionException} or {@link ExecutionException} wrapping. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Waits for a future and throws what it failed with, unwrapped (an I/O failure as UncheckedIOException). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof IOException io ? new UncheckedIOException(io.getMessage(), io)
                    : new IllegalStateException(cause.getMessage(), cause);
        }
    }
}

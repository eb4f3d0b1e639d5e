package dev.circleview.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Calls of the client made at the same time, on a few daemon threads of its own (made on first use,
 * stopped when the client closes), and the waiting for them, where the first failure ends the wait.
 */
final class AsyncCalls implements AutoCloseable {
    private final int threads;
    private ExecutorService pool;

    AsyncCalls(int threads) {
        this.threads = threads;
    }

    synchronized <T> CompletableFuture<T> submit(Supplier<T> call) {
        if (pool == null) {
            pool = daemonPool(threads, "circle-view-call");
        }
        return CompletableFuture.supplyAsync(call, pool);
    }

    /**
     * Waits for every call and returns their results in the order given. The first call to fail
     * (in the order they fail) ends the wait at once with its own exception, so one project that
     * answers 404 is not kept waiting for another that is being retried.
     */
    static <T> List<T> all(List<CompletableFuture<T>> calls) {
        CompletableFuture<Object> firstFailure = new CompletableFuture<>();
        for (CompletableFuture<T> call : calls) {
            call.whenComplete((value, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            });
        }
        join(CompletableFuture.anyOf(CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)), firstFailure));
        return calls.stream().map(CompletableFuture::join).toList();
    }

    /** The result of {@code f}, its failure rethrown as the exception the call threw. */
    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            throw Transport.interrupted(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

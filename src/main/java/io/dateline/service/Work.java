package io.dateline.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool documents are processed on, apart from the HTTP threads, so that a request can be
 * answered when its document passes the time limit. A document that passes it is cancelled:
 * a queued one never starts; a running one is interrupted and its result dropped (the
 * pipeline's work per document is linear in its length, so it ends soon after).
 */
final class Work implements AutoCloseable {

    private final ThreadPoolExecutor pool;

    Work(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "dateline-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> Task<T> submit(Callable<T> job) {
        Task<T> t = new Task<>();
        t.future = pool.submit(() -> {
            t.started = System.nanoTime();
            try {
                return job.call();
            } finally {
                t.finished = System.nanoTime();
            }
        });
        return t;
    }

    /** Waits for the running documents to end (at most {@code millis}), then stops the threads. */
    void shutdown(long millis) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One submitted document. */
    static final class Task<T> {
        /** The shortest wait for a free worker, so that a tight limit still lets work start. */
        static final long QUEUE_FLOOR_MS = 5000;

        private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
        private volatile long started;
        private volatile long finished;
        private Future<T> future;

        boolean isDone() {
            return future.isDone();
        }

        /**
         * The result. It may wait for a free worker up to {@code timeoutMs} or
         * {@link #QUEUE_FLOOR_MS}, whichever is longer, then up to {@code timeoutMs} for the work.
         *
         * @throws ApiException 503 when either wait is over
         */
        T await(long timeoutMs) throws ApiException, ExecutionException, InterruptedException {
            long budget = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            long queueBudget = TimeUnit.MILLISECONDS.toNanos(Math.max(timeoutMs, QUEUE_FLOOR_MS));
            long queuedAt = System.nanoTime();
            while (true) {
                long s = started;
                long now = System.nanoTime();
                long left = s == 0 ? queueBudget - (now - queuedAt) : budget - (now - s);
                if (left <= 0) {
                    future.cancel(true);
                    throw s == 0 ? busy(timeoutMs) : slow(timeoutMs);
                }
                try {
                    // short steps while queued, so the limit counts from the moment work starts
                    T result = future.get(s == 0 ? Math.min(left, STEP_NANOS) : left, TimeUnit.NANOSECONDS);
                    if (finished - started > budget) {
                        throw slow(timeoutMs); // done, but later than allowed: answered the same way
                    }
                    return result;
                } catch (TimeoutException e) {
                    // loop: see whether it is still waiting for a worker or working
                }
            }
        }

        private static ApiException busy(long timeoutMs) {
            return new ApiException(503, "the server is busy: no worker was free within " + Math.max(timeoutMs, QUEUE_FLOOR_MS) + " ms");
        }

        private static ApiException slow(long timeoutMs) {
            return new ApiException(503, "the document took longer than " + timeoutMs + " ms to process (--timeout-ms)");
        }
    }
}

package io.dateline.batch;

import io.dateline.Processed;
import io.dateline.Processor;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Processes a stream of input items on several threads and hands the results to a sink in
 * input order.
 *
 * <p>Memory stays bounded whatever the size of the corpus: items are pulled from the lazy
 * input only while fewer than {@code window} are in flight, and each result is handed on (and
 * dropped) as soon as everything before it is out. Every item yields exactly one result, an
 * error record for one that failed; with {@code failFast} the run stops after the first.
 */
public final class BatchRunner {

    /** Counts for the summary line. */
    public record Summary(long documents, long mentions, long errors, long nanos, boolean stoppedEarly) {
    }

    private final Processor processor;
    private final int threads;
    private final boolean failFast;
    private final boolean streamed;

    public BatchRunner(Processor processor, int threads, boolean failFast) {
        this(processor, threads, failFast, false);
    }

    private BatchRunner(Processor processor, int threads, boolean failFast, boolean streamed) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.processor = processor;
        this.threads = threads;
        this.failFast = failFast;
        this.streamed = streamed;
    }

    /**
     * The same runner, handing long documents to the sink {@link Processor#processStreamed
     * streamed}: a sink that writes JSON Lines or TSV takes their mentions window by window.
     */
    public BatchRunner streamingLongDocuments() {
        return new BatchRunner(processor, threads, failFast, true);
    }

    private Processed process(InputItem item) {
        return streamed ? processor.processStreamed(item) : processor.process(item);
    }

    public Summary run(Iterator<InputItem> items, Consumer<Processed> sink) {
        long t0 = System.nanoTime();
        long docs = 0;
        long mentions = 0;
        long errors = 0;
        boolean stopped = false;
        if (threads == 1) {
            while (items.hasNext()) {
                Processed p = process(items.next());
                sink.accept(p);
                docs++;
                if (p.failed()) {
                    errors++;
                    if (failFast) {
                        stopped = items.hasNext();
                        break;
                    }
                } else {
                    mentions += p.mentionCount();
                }
            }
            return new Summary(docs, mentions, errors, System.nanoTime() - t0, stopped);
        }
        int window = threads * 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<Processed>> inFlight = new ArrayDeque<>(window);
        try {
            while (true) {
                // reading the input stays on this thread: the readers are not shared
                while (inFlight.size() < window && items.hasNext()) {
                    InputItem item = items.next();
                    inFlight.addLast(pool.submit(() -> process(item)));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Processed p = await(inFlight.removeFirst());
                sink.accept(p);
                docs++;
                if (p.failed()) {
                    errors++;
                    if (failFast) {
                        stopped = !inFlight.isEmpty() || items.hasNext();
                        break;
                    }
                } else {
                    mentions += p.mentionCount();
                }
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        return new Summary(docs, mentions, errors, System.nanoTime() - t0, stopped);
    }

    private static Processed await(Future<Processed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Processed.failed(new InputError("-", null, "interrupted"));
        } catch (ExecutionException e) {
            // Processor.process never throws; this is a bug, reported as the item's record
            return Processed.failed(new InputError("-", null, "internal error: " + e.getCause()));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dateline-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

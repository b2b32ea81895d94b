package io.dateline.service;

import io.dateline.resolve.Policy;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link DatelineService} runs. Immutable; start from {@link #defaults()}.
 *
 * @param host      the address to bind (127.0.0.1 unless told otherwise)
 * @param port      the port; 0 picks a free one ({@link DatelineService#port()} says which)
 * @param threads   worker threads that process documents
 * @param maxBytes  the largest request body accepted (for /v1/batch: the longest line); larger gets 413
 * @param timeoutMs the longest a document may take once its work has started; longer gets 503
 * @param policy    the policy of requests that name none
 * @param log       where the one-line request log goes (standard error by default)
 */
public record ServiceOptions(String host, int port, int threads, long maxBytes, long timeoutMs, Policy policy,
                             Consumer<String> log) {

    public ServiceOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(log, "log");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("--max-document-bytes must be at least 1, not " + maxBytes);
        }
        if (timeoutMs < 1) {
            throw new IllegalArgumentException("--timeout-ms must be at least 1, not " + timeoutMs);
        }
    }

    /** 127.0.0.1:8000, one worker per core, 10 MB bodies, 10 s per document, policy news, log to standard error. */
    public static ServiceOptions defaults() {
        return new ServiceOptions("127.0.0.1", 8000, Runtime.getRuntime().availableProcessors(),
                io.dateline.input.InputReader.SHARED_MAX_DOCUMENT_BYTES, 10_000,
                Policy.NEWS, System.err::println);
    }

    public ServiceOptions withHost(String h) {
        return new ServiceOptions(h, port, threads, maxBytes, timeoutMs, policy, log);
    }

    public ServiceOptions withPort(int p) {
        return new ServiceOptions(host, p, threads, maxBytes, timeoutMs, policy, log);
    }

    public ServiceOptions withThreads(int n) {
        return new ServiceOptions(host, port, n, maxBytes, timeoutMs, policy, log);
    }

    public ServiceOptions withMaxBytes(long n) {
        return new ServiceOptions(host, port, threads, n, timeoutMs, policy, log);
    }

    public ServiceOptions withTimeoutMs(long ms) {
        return new ServiceOptions(host, port, threads, maxBytes, ms, policy, log);
    }

    public ServiceOptions withPolicy(Policy p) {
        return new ServiceOptions(host, port, threads, maxBytes, timeoutMs, p, log);
    }

    public ServiceOptions withLog(Consumer<String> sink) {
        return new ServiceOptions(host, port, threads, maxBytes, timeoutMs, policy, sink);
    }
}

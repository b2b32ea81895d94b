package io.dateline.service;

import io.dateline.Processed;
import io.dateline.Processor;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import io.dateline.batch.RecordJson;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * {@code POST /v1/batch}: JSON Lines in ({@code {"id", "text", "published"?, "url"?}} a line,
 * as the command line reads a {@code .jsonl} file), JSON Lines out, one record per document in
 * input order. Streamed both ways: lines are read as they arrive, a few documents a worker are
 * in flight, and each record is written as soon as the ones before it are; a batch of any size
 * is never held whole. Options come as query parameters: {@code policy}, {@code only},
 * {@code explain}, {@code withText}, {@code published}. A bad line, or one over the time
 * limit, or longer than {@code --max-bytes}, becomes an error record; the others are still
 * answered.
 */
final class Batch {

    /** The name error records give as their source. */
    static final String SOURCE = "batch";

    /** The query parameters a batch reads; any other is named in a warning header. */
    static final java.util.Set<String> PARAMETERS = java.util.Set.of("policy", "only", "explain", "withText", "published");

    private final DatelineService service;

    Batch(DatelineService service) {
        this.service = service;
    }

    void handle(Context ctx) throws Exception {
        Options o = new Options(Options.policy(ctx.queryParam("policy")), Options.kinds(list(ctx.queryParam("only"))),
                flag(ctx, "explain"), flag(ctx, "withText"), ctx.queryParam("published"));
        List<String> unknown = ctx.queryParamMap().keySet().stream().filter(k -> !PARAMETERS.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            DatelineService.warn(ctx, "unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown) + " ignored");
        }
        Processor job = service.engines().processor(o);
        long max = service.options().maxBytes();
        java.io.InputStream body = Bodies.streamed(ctx.req().getInputStream());
        Iterator<InputItem> items = InputReader.jsonLines(body, SOURCE, max).iterator();
        InputItem first = items.hasNext() ? items.next() : null;
        if (first == null || first instanceof InputError e && e.line() == null && e.message().startsWith("empty")) {
            throw new ApiException(400, "empty batch: expected JSON Lines, one {\"text\": ...} object a line");
        }
        ctx.status(200);
        ctx.contentType("application/x-ndjson");
        Counting counted = new Counting(ctx.res().getOutputStream());
        int window = Math.max(2, service.options().threads() * 4);
        Deque<Pending> pending = new ArrayDeque<>();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 15)) {
            InputItem next = first;
            while (next != null) {
                InputItem item = next;
                pending.add(new Pending(item, service.work().submit(() -> job.process(item))));
                while (!pending.isEmpty() && pending.peek().task.isDone()) {
                    write(pending.poll(), o, out);
                }
                if (pending.size() >= window) {
                    out.flush(); // what is done reaches the client before we wait for the next
                    write(pending.poll(), o, out);
                }
                if (body.available() == 0) {
                    // the next line is not here yet (a client that writes as it reads): answer
                    // everything read so far before waiting for more
                    while (!pending.isEmpty()) {
                        write(pending.poll(), o, out);
                    }
                    out.flush();
                }
                next = items.hasNext() ? items.next() : null;
            }
            out.flush();
            while (!pending.isEmpty()) {
                write(pending.poll(), o, out);
            }
        } finally {
            ctx.attribute(DatelineService.BYTES, counted.count);
        }
    }

    private void write(Pending p, Options o, Writer out) throws IOException, InterruptedException {
        Processed r;
        Integer line = p.item instanceof SourceDocument d ? d.line() : null;
        try {
            r = p.task.await(service.options().timeoutMs());
            if (r.failed() && p.item instanceof SourceDocument) {
                // read fine, failed in the engine: say so without the exception's text
                r = Processed.failed(new InputError(SOURCE, line, "internal error while processing this line"));
            }
        } catch (ApiException e) {
            r = Processed.failed(new InputError(SOURCE, line, e.getMessage()));
        } catch (ExecutionException e) {
            r = Processed.failed(new InputError(SOURCE, line, "internal error while processing this line"));
        }
        out.write(RecordJson.line(r, o.explain(), o.withText()));
        out.write('\n');
    }

    private static boolean flag(Context ctx, String name) throws ApiException {
        String v = ctx.queryParam(name);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.isEmpty() || v.equals("true")) {
            return true;
        }
        throw new ApiException(400, "query parameter " + name + " must be true or false, not '" + v + "'");
    }

    private static List<String> list(String v) {
        return v == null ? null : Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private record Pending(InputItem item, Work.Task<Processed> task) {
    }

    /** Counts the bytes of the response for the request log. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}

package io.dateline.spark;

import io.dateline.Dateline;
import io.dateline.Processor;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.grammar.GrammarException;
import io.dateline.resolve.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engines of this JVM: one {@link Processor} per {@link EngineSpec}, built the first time a
 * task asks for it and shared by every task thread after that (a processor is immutable and
 * thread-safe). Spark runs many tasks in one executor JVM; none of them rebuilds the grammar.
 */
final class Engines {

    private static final Map<EngineSpec, Processor> BUILT = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final AtomicLong DOCUMENTS = new AtomicLong();

    private Engines() {
    }

    /** The processor for {@code spec}, built at most once per JVM (callers wait for it). */
    static Processor processor(EngineSpec spec) {
        return BUILT.computeIfAbsent(spec, Engines::build);
    }

    /** How many engines this JVM has built (each spec once). */
    static int builds() {
        return BUILDS.get();
    }

    /** How many items the Spark functions of this JVM have processed. */
    static long documents() {
        return DOCUMENTS.get();
    }

    static void counted() {
        DOCUMENTS.incrementAndGet();
    }

    private static Processor build(EngineSpec spec) {
        Dateline.Builder b = Dateline.builder().policy(Policy.parse(spec.policy()));
        if (spec.only() != null) {
            b.only(Set.of(io.dateline.value.MentionKind.fromId(spec.only()).orElseThrow(
                    () -> new IllegalArgumentException("only must be time or quantity, not '" + spec.only() + "'"))));
        }
        Map<Path, String> unpacked = new java.util.LinkedHashMap<>();
        for (EngineSpec.GrammarFolder g : spec.grammars()) {
            Path dir = unpack(g);
            unpacked.put(dir, g.name());
            b.addGrammarDirectory(dir);
        }
        Dateline dateline;
        try {
            dateline = b.build();
        } catch (GrammarException e) {
            throw named(e, unpacked);
        }
        Processor p = new Processor(dateline, new AnchorDetector(), AnchorRequest.none());
        BUILDS.incrementAndGet();
        return p;
    }

    /** The error with the user's folder in place of the temporary one it was unpacked to. */
    private static GrammarException named(GrammarException e, Map<Path, String> unpacked) {
        for (Map.Entry<Path, String> u : unpacked.entrySet()) {
            String tmp = u.getKey().toString();
            if (e.file().startsWith(tmp)) {
                String prefix = e.file() + ":" + e.line() + ": ";
                String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length())
                        : e.getMessage();
                return new GrammarException(u.getValue() + e.file().substring(tmp.length()), e.line(), message);
            }
        }
        return e;
    }

    /** Writes a shipped grammar folder to a local temporary folder, for the grammar loader. */
    private static Path unpack(EngineSpec.GrammarFolder g) {
        try {
            Path dir = Files.createTempDirectory("dateline-grammar-");
            for (Map.Entry<String, String> f : g.files().entrySet()) {
                Path target = dir.resolve(f.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new GrammarException(g.name() + "/" + f.getKey(), 0, "not inside the grammar folder");
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                target.toFile().deleteOnExit();
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack grammar folder " + g.name() + ": " + e.getMessage(), e);
        }
    }
}

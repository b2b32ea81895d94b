package io.dateline;

import io.dateline.resolve.Dimension;
import io.dateline.resolve.DocumentContext;
import io.dateline.value.Mention;
import io.dateline.value.MentionKind;

import io.dateline.value.Anchor;
import io.dateline.grammar.Grammar;
import io.dateline.grammar.GrammarException;
import io.dateline.grammar.GrammarLoader;
import io.dateline.grammar.Match;
import io.dateline.grammar.Rule;
import io.dateline.resolve.quantity.QuantityDimension;
import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import io.dateline.resolve.Policy;
import io.dateline.resolve.time.TimeDimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The entry point. Build one, keep it, share it between threads: it is immutable, holds no
 * global state, and never reads the system clock or the default time zone.
 *
 * <pre>{@code
 * Dateline dateline = Dateline.builder().policy(Policy.NEWS).build();
 * DocumentResult r = dateline.process("article.txt", text, Anchor.ofDate(LocalDate.of(2023, 11, 22), "option"));
 * }</pre>
 */
public final class Dateline {

    /** The built-in grammar: a list of rule files on the classpath, in load order. */
    public static final String BUILT_IN_INDEX = "grammars/en/INDEX";

    private final Grammar grammar;
    private final Policy policy;
    private final List<Dimension> dimensions;
    private final Set<String> only;

    private Dateline(Builder b) {
        Set<String> kinds = b.only == null ? null
                : b.only.stream().map(MentionKind::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        GrammarLoader loader = new GrammarLoader();
        if (b.builtIn) {
            loader.addClasspath(BUILT_IN_INDEX, kinds);
        }
        for (Path p : b.grammarDirs) {
            loader.addDirectory(p);
        }
        this.grammar = loader.build();
        this.policy = b.policy;
        this.only = kinds;
        List<Dimension> dims = new ArrayList<>();
        dims.add(new TimeDimension(grammar));
        dims.add(new QuantityDimension(grammar));
        dims.addAll(b.extraDimensions);
        this.dimensions = List.copyOf(dims);
        checkEveryKindHandled(grammar, dimensions);
    }

    /** A rule whose kind no dimension resolves would find mentions that silently vanish: fail at load instead. */
    private static void checkEveryKindHandled(Grammar grammar, List<Dimension> dimensions) {
        for (Rule r : grammar.rules()) {
            for (String kind : r.categories()) {
                if (!kind.startsWith("_") && dimensions.stream().noneMatch(d -> d.handles(kind))) {
                    throw new GrammarException(r.file(), r.line(), "no dimension resolves kind " + kind
                            + " (declared as dimension " + grammar.vocabulary().dimension(kind) + ")");
                }
            }
        }
    }

    private Dateline(Dateline base, Policy policy) {
        this.grammar = base.grammar;
        this.policy = policy;
        this.only = base.only;
        this.dimensions = base.dimensions;
    }

    /**
     * The same engine (same grammar, same kinds) under another policy: cheap, no grammar is
     * loaded again. The service uses it for a request's {@code policy}.
     */
    public Dateline withPolicy(Policy p) {
        Objects.requireNonNull(p, "policy");
        return p == policy ? this : new Dateline(this, p);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Grammar grammar() {
        return grammar;
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Finds and resolves every mention of a text.
     *
     * @param source a name for the document (echoed in the result)
     * @param text   the document text; offsets in the result are code points into it
     * @param anchor the publication date, or null (relative values then stay underspecified)
     */
    public DocumentResult process(String source, String text, Anchor anchor) {
        Objects.requireNonNull(text, "text");
        io.dateline.grammar.Lexicon furniture = grammar.lexicon("boilerplate");
        io.dateline.input.StoryLines.Masked story = io.dateline.input.StoryLines.mask(TextNormalizer.fold(text),
                furniture == null ? null : furniture::lookupWords);
        String folded = story.text();
        List<Token> tokens = Tokenizer.tokenize(folded);
        List<Match> chosen = Grammar.select(grammar.scan(tokens), tokens);
        DocumentContext ctx = new DocumentContext(text, tokens, anchor, policy);
        ctx.setNested((m, o) -> dispatch(m, ctx, o));
        List<Mention> out = new ArrayList<>();
        for (Match m : chosen) {
            dispatch(m, ctx, out);
        }
        ctx.flushWork();
        List<Mention> kept = only == null ? out : out.stream().filter(m -> only.contains(m.kind())).toList();
        List<String> warnings = new ArrayList<>(story.warnings());
        warnings.addAll(ctx.warnings());
        if (anchor == null && kept.stream().anyMatch(m -> m.kind().equals("time"))) {
            warnings.add(0, "no publication date: values that need one are left underspecified (XXXX)");
        }
        return new DocumentResult(source, anchor, kept, warnings);
    }

    private void dispatch(Match m, DocumentContext ctx, List<Mention> out) {
        for (Dimension d : dimensions) {
            if (d.handles(m.kind())) {
                d.resolve(m, ctx, out);
                return;
            }
        }
    }

    /** Configures a {@link Dateline}. Not thread-safe; the built object is. */
    public static final class Builder {
        private Policy policy = Policy.NEWS;
        private final List<Path> grammarDirs = new ArrayList<>();
        private final List<Dimension> extraDimensions = new ArrayList<>();
        private boolean builtIn = true;
        private Set<MentionKind> only;

        public Builder policy(Policy p) {
            this.policy = Objects.requireNonNull(p);
            return this;
        }

        /** Adds a folder of the user's own {@code .rules} files, loaded after the built-in ones. */
        public Builder addGrammarDirectory(Path dir) {
            grammarDirs.add(dir);
            return this;
        }

        /** Leaves out the built-in grammar (for testing a grammar folder on its own). */
        public Builder withoutBuiltInGrammar() {
            this.builtIn = false;
            return this;
        }

        /**
         * Keeps only mentions of these kinds; null keeps all. The grammar files of the other
         * kinds are then not loaded at all (faster to build, fewer rules to scan).
         */
        public Builder only(Set<MentionKind> kinds) {
            this.only = kinds == null ? null : Set.copyOf(kinds);
            return this;
        }

        /** Keeps only mentions of these kinds, e.g. {@code only(MentionKind.TIME)}. */
        public Builder only(MentionKind first, MentionKind... more) {
            return only(EnumSet.of(first, more));
        }

        public Builder addDimension(Dimension d) {
            extraDimensions.add(d);
            return this;
        }

        public Dateline build() {
            return new Dateline(this);
        }
    }
}

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
    private final int window;
    private final int overlap;
    private final String language;
    private final boolean languageGiven;
    private final String languageWarning;
    private final Builder config;
    private final java.util.concurrent.ConcurrentMap<String, Dateline> siblings = new java.util.concurrent.ConcurrentHashMap<>();

    /** The document-level warning of a document with time mentions and no anchor. */
    static final String NO_ANCHOR_WARNING = "no publication date: values that need one are left underspecified (XXXX)";

    private Dateline(Builder b) {
        this.window = b.window;
        this.overlap = b.overlap;
        this.config = b.copy();
        this.language = b.language == null ? "en" : b.language;
        this.languageGiven = b.language != null;
        Set<String> kinds = b.only == null ? null
                : b.only.stream().map(MentionKind::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        GrammarLoader loader = new GrammarLoader();
        this.languageWarning = b.builtIn ? Languages.load(loader, language, kinds) : null;
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
        this.window = base.window;
        this.overlap = base.overlap;
        this.language = base.language;
        this.languageGiven = base.languageGiven;
        this.languageWarning = base.languageWarning;
        this.config = base.config.copy().policy(policy);
    }

    /** The language this engine reads (a BCP 47 primary tag: {@code en}, {@code de}). */
    public String language() {
        return language;
    }

    /** Whether the language was set on the builder (an option), rather than left to the default. */
    public boolean languageGiven() {
        return languageGiven;
    }

    /**
     * The same engine for another language: its grammar folder (or the language-neutral rules
     * and CLDR data when it has none), built once and kept. {@code tag} is a BCP 47 tag
     * ({@code de-AT}, {@code fr}) or a locale id ({@code de_DE}).
     */
    public Dateline forLanguage(String tag) {
        String lang = Languages.primary(tag);
        if (lang == null || lang.equals(language)) {
            return this;
        }
        return siblings.computeIfAbsent(lang, l -> config.copy().language(l).build());
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
        if (windowed(text)) {
            MentionWindows w = windows(text, anchor);
            List<Mention> all = new ArrayList<>();
            while (w.hasNext()) {
                all.addAll(w.next());
            }
            return new DocumentResult(source, anchor, all, w.warnings(), languageChoice());
        }
        io.dateline.input.StoryLines.Masked story = maskFurniture(TextNormalizer.fold(text));
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
        if (languageWarning != null) {
            warnings.add(languageWarning);
        }
        if (anchor == null && kept.stream().anyMatch(m -> m.kind().equals("time"))) {
            warnings.add(0, NO_ANCHOR_WARNING);
        }
        return new DocumentResult(source, anchor, kept, warnings, languageChoice());
    }

    /**
     * The folded text with the lines that are no part of the story (adverts, navigation, share
     * prompts: the {@code boilerplate} lexicon) blanked, length for length, and a warning for each.
     */
    io.dateline.input.StoryLines.Masked maskFurniture(String folded) {
        return io.dateline.input.StoryLines.mask(folded, furnitureCues());
    }

    /** As {@link #maskFurniture}, without the masked copy: the furniture lines' ranges and warnings. */
    io.dateline.input.StoryLines.Masked furnitureLines(String folded) {
        return io.dateline.input.StoryLines.lines(folded, furnitureCues());
    }

    /** The cue phrases of lines that are no part of the story (lexicon {@code boilerplate}), or null. */
    private java.util.function.Function<List<String>, String> furnitureCues() {
        io.dateline.grammar.Lexicon furniture = grammar.lexicon("boilerplate");
        return furniture == null ? null : furniture::lookupWords;
    }

    /** The language this engine reads, as a result reports it when nothing else chose it. */
    LanguageChoice languageChoice() {
        return new LanguageChoice(language, languageGiven ? "option" : "default", null);
    }

    /** The warning every result of this engine carries (a language without a grammar), or null. */
    String languageWarning() {
        return languageWarning;
    }

    /**
     * Whether {@link #process} takes this text in windows ({@link MentionWindows}): when it is
     * longer than one window and its overlap.
     */
    public boolean windowed(String text) {
        return text.length() > (long) window + overlap;
    }

    /**
     * The mentions of a text window by window, with the same mentions, offsets and warnings as
     * {@link #process} gives, for writers that stream a long document's mentions.
     */
    public MentionWindows windows(String text, Anchor anchor) {
        Objects.requireNonNull(text, "text");
        return new MentionWindows(this, text, anchor, window, overlap);
    }

    boolean keeps(Mention m) {
        return only == null || only.contains(m.kind());
    }

    void dispatch(Match m, DocumentContext ctx, List<Mention> out) {
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
        private int window = MentionWindows.DEFAULT_WINDOW;
        private int overlap = MentionWindows.DEFAULT_OVERLAP;

        /**
         * How long documents are cut ({@link MentionWindows}): at most {@code chars} UTF-16 units
         * reported by each window, read with {@code overlap} units of context on either side.
         * The defaults suit every use; tests force small windows to check that they change nothing.
         */
        public Builder windows(int chars, int overlap) {
            if (chars < 16 || overlap < 0) {
                throw new IllegalArgumentException("a window must be at least 16 characters and its overlap not negative");
            }
            this.window = chars;
            this.overlap = overlap;
            return this;
        }

        private String language;

        private Builder copy() {
            Builder c = new Builder();
            c.policy = policy;
            c.grammarDirs.addAll(grammarDirs);
            c.extraDimensions.addAll(extraDimensions);
            c.builtIn = builtIn;
            c.only = only;
            c.language = language;
            c.window = window;
            c.overlap = overlap;
            return c;
        }

        /**
         * The language to read (BCP 47 tag or locale id: {@code de}, {@code fr-CA}, {@code es_ES}):
         * its folder {@code grammars/<lang>} over the language-neutral rules and the CLDR data of
         * that language; English (the default) reads {@code grammars/en}.
         */
        public Builder language(String tag) {
            String l = Languages.primary(tag);
            if (tag != null && l == null) {
                throw new IllegalArgumentException("not a language tag: '" + tag + "'");
            }
            this.language = l;
            return this;
        }

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

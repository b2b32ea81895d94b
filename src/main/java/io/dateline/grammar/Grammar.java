package io.dateline.grammar;

import io.dateline.text.Token;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled set of rules. Immutable and thread-safe: {@link #scan} keeps its state on the
 * stack of the calling thread.
 *
 * <p>Building one compiles the patterns ({@link PatternCompiler}) and indexes the rules by what
 * can trigger them ({@link TriggerIndex}); {@link Scanner} runs the scan, {@link Attempt} tries
 * one rule at one position, and {@link Selection} chooses the mentions to report.
 */
public final class Grammar {

    /**
     * A token longer than this many code points is never given to a regular expression: what a
     * regex costs is bounded by the token, whatever the text.
     */
    public static final int MAX_REGEX_TOKEN = 256;
    /** At most this many items in a pattern (checked at load). */
    public static final int MAX_ITEMS = 16;
    /** At most this many optional items in a pattern (each may double the ways a rule is tried). */
    public static final int MAX_OPTIONAL = 8;
    /**
     * The character reads a regex of a user grammar (not a built-in one) may make on one token;
     * past them it does not match, so that a pattern that backtracks catastrophically is bounded.
     */
    public static final int USER_REGEX_READS = 100_000;

    private final Map<String, Lexicon> lexicons;
    private final List<Rule> rules;
    private final Scanner scanner;
    private final FrameVocabulary vocabulary;

    Grammar(Map<String, Lexicon> lexicons, List<Rule> rules, FrameVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.lexicons = Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
        this.rules = List.copyOf(rules);
        Numbering words = new Numbering();
        Numbering kinds = PatternCompiler.kinds(rules);
        PatternCompiler compiler = new PatternCompiler(words, kinds);
        Item[][] programs = compiler.compile(rules);
        TriggerIndex index = new TriggerIndex(rules, words, kinds);
        this.scanner = new Scanner(rules, words, kinds, programs, compiler.regexSlots(), index);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The kinds and fields the rules were checked against. */
    public FrameVocabulary vocabulary() {
        return vocabulary;
    }

    public Lexicon lexicon(String name) {
        return lexicons.get(name);
    }

    public Map<String, Lexicon> lexicons() {
        return lexicons;
    }

    /** Every match of every rule, in no particular order (the chart). */
    public List<Match> scan(List<Token> tokens) {
        return scanner.scan(tokens);
    }

    /**
     * Chooses the mentions to report: the longest first, then the higher priority, a user's rule
     * before a built-in one, the later stage, the earlier rule; a mention overlapping one already chosen is dropped. Kinds that
     * start with {@code _} are internal (pieces for other rules) and are never chosen, except
     * {@code _block}, which is chosen like any other and then hidden: that is how a negative
     * rule ("AC-130", "Section 427") keeps other rules off a span.
     */
    public static List<Match> select(List<Match> chart, List<Token> tokens) {
        return Selection.select(chart, tokens);
    }
}

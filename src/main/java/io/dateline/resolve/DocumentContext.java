package io.dateline.resolve;

import io.dateline.grammar.Match;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import io.dateline.text.Sentences;
import io.dateline.text.Token;
import io.dateline.text.WorkCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the resolvers of one document share: the text, its tokens, the anchor and policy, and
 * the narrative reference (the day of the last time resolved so far, for "the next day").
 * One per document and per thread; never shared.
 */
public final class DocumentContext {

    private final String text;
    private final List<Token> tokens;
    private final Anchor anchor;
    private final Policy policy;
    private final int[] cpIndex; // UTF-16 index -> code-point index, null when they are the same
    private final int cpBase; // code points of the document before this text (a window of a long document)
    private Sentences sentences;
    private StoryReference story = StoryReference.NONE;
    private final List<String> warnings = new ArrayList<>();
    /** Work counted while resolving, added to {@link WorkCounter} once per document by {@link #flushWork}. */
    private final long[] work = new long[WorkCounter.Kind.values().length];
    private Nested nested = (m, out) -> { };

    /** Resolves a match by the dimension that handles its kind (see {@link #resolveNested}). */
    @FunctionalInterface
    public interface Nested {
        void resolve(Match match, List<Mention> out);
    }

    /** The document-level warnings collected so far, in order. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public DocumentContext(String text, List<Token> tokens, Anchor anchor, Policy policy) {
        this(text, tokens, anchor, policy, 0);
    }

    /**
     * The context of one window of a long document: {@code text} starts {@code cpBase} code
     * points into the document, so offsets ({@link #cp}) are the document's.
     */
    public DocumentContext(String text, List<Token> tokens, Anchor anchor, Policy policy, int cpBase) {
        this.text = text;
        this.tokens = tokens;
        this.anchor = anchor;
        this.policy = policy;
        this.cpIndex = codePointIndex(text);
        this.cpBase = cpBase;
    }

    /** How many document-level warnings there are so far. */
    public int warningCount() {
        return warnings.size();
    }

    /** Forgets the warnings after the first {@code n} (those of a mention another window reports). */
    public void dropWarningsAfter(int n) {
        warnings.subList(n, warnings.size()).clear();
    }

    private static int[] codePointIndex(String s) {
        boolean surrogates = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return null;
        }
        int[] idx = new int[s.length() + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i++) {
            idx[i] = cp;
            if (!(Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))) {
                cp++;
            }
        }
        idx[s.length()] = cp;
        return idx;
    }

    /** Code-point offset of a UTF-16 index. */
    public int cp(int utf16) {
        return cpBase + (cpIndex == null ? utf16 : cpIndex[utf16]);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Anchor anchor() {
        return anchor;
    }

    public Policy policy() {
        return policy;
    }

    public Sentences sentences() {
        if (sentences == null) {
            sentences = Sentences.of(text);
        }
        return sentences;
    }

    /** The times the story has set so far (carried from window to window of a long document). */
    public StoryReference story() {
        return story;
    }

    /** Goes on from the reference an earlier window of the same document reached. */
    public void continueStory(StoryReference s) {
        this.story = s == null ? StoryReference.NONE : s;
    }

    /** The day of the last time resolved so far in this document, or null. */
    public LocalDate event() {
        return story.event();
    }

    public void setEvent(LocalDate day) {
        story = story.withEvent(day);
    }

    /** The first day of the last date (of any size) resolved so far, or null. */
    public LocalDate lastPoint() {
        return story.lastPoint();
    }

    public void setLastPoint(LocalDate d, io.dateline.value.Granularity g) {
        story = story.withLastPoint(d, g);
    }

    /** The first day of the last quarter mentioned so far, or null. */
    public LocalDate storyQuarter() {
        return story.storyQuarter();
    }

    public void setStoryQuarter(LocalDate q) {
        story = story.withStoryQuarter(q);
    }

    /** Counts {@code n} units of work of {@code kind} for this document (see {@link WorkCounter}). */
    public void count(WorkCounter.Kind kind, long n) {
        work[kind.ordinal()] += n;
    }

    /** Adds the document's counted work to the current thread's {@link WorkCounter}, once. */
    public void flushWork() {
        for (WorkCounter.Kind k : WorkCounter.Kind.values()) {
            if (work[k.ordinal()] != 0) {
                WorkCounter.add(k, work[k.ordinal()]);
                work[k.ordinal()] = 0;
            }
        }
    }

    public void warn(String w) {
        warnings.add(w);
    }

    /** Sets how {@link #resolveNested} dispatches (the document's dimensions). */
    public void setNested(Nested n) {
        this.nested = n;
    }

    /**
     * Resolves a match one dimension found inside one of its own (the date kept by a figure
     * rule in "the Oct. 7 Hamas attack") by the dimension that handles its kind, so that no
     * dimension holds a second copy of another.
     */
    public void resolveNested(Match m, List<Mention> out) {
        nested.resolve(m, out);
    }
}

package io.dateline;

import io.dateline.grammar.Grammar;
import io.dateline.grammar.Match;
import io.dateline.resolve.DocumentContext;
import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * The mentions of a long document, one window at a time, so that what the analysis holds
 * (tokens, the chart of matches) is bounded by the window, not by the document.
 *
 * <p>The document is cut into consecutive <em>kept</em> parts of at most {@code window} UTF-16
 * units, each ending at a paragraph break where there is one in its second half (else a line
 * end, a sentence end, a space). Each part is analysed with {@code overlap} units of the text
 * on either side (cut at a space), so a rule sees the words around a mention as in one pass; a
 * window reports exactly the mentions that start in its kept part, so none is found twice and
 * none is cut. The narrative state ("the next day" after the last date) is carried from one
 * window to the next as it stood where the next window's text begins, and a window's
 * document-level warnings are those of the mentions it reports. Offsets are code points of the
 * whole document.
 *
 * <p>A thread interrupted while it takes the windows (work cancelled at a time limit) gets a
 * {@link CancellationException} from the next window instead of finishing the document.
 *
 * <p>Not thread-safe: one iterator per document, consumed by one thread. After the last window,
 * {@link #warnings()} holds the document-level warnings, as {@link Dateline#process} gives them.
 */
public final class MentionWindows implements Iterator<List<Mention>> {

    /** The default size of a window's kept part, in UTF-16 units: about 128 K characters. */
    public static final int DEFAULT_WINDOW = 128 * 1024;

    /** The default context on either side of a window, in UTF-16 units. */
    public static final int DEFAULT_OVERLAP = 4096;

    /** How far a window's outer edge moves to reach a space. */
    private static final int EDGE_SEARCH = 256;

    private final Dateline dateline;
    private final String text;
    private final Anchor anchor;
    private final int window;
    private final int overlap;
    private final List<String> warnings = new ArrayList<>();
    private int keepStart;
    private io.dateline.resolve.StoryReference carried;
    private boolean sawTime;
    private long count;
    // a code-point count of text[0, cpAtIndex) that only moves forward
    private int cpAtIndex;
    private int cpAt;

    MentionWindows(Dateline dateline, String text, Anchor anchor, int window, int overlap) {
        this.dateline = dateline;
        this.text = text;
        // folded and with the page's furniture blanked once for the whole text, as one pass does
        // (both keep the length, so the windows cut it where they cut the text)
        // only the masked lines' ranges are kept, not a second copy of the whole text
        io.dateline.input.StoryLines.Masked found = dateline.furnitureLines(TextNormalizer.fold(text));
        this.storyWarnings = found.warnings();
        this.story = new io.dateline.input.StoryLines.Masked("", storyWarnings, found.lines());
        this.anchor = anchor;
        this.window = window;
        this.overlap = overlap;
    }

    private boolean started;
    /** Which lines of the text are furniture, blanked in each window as one pass blanks them. */
    private final io.dateline.input.StoryLines.Masked story;
    private final List<String> storyWarnings;

    @Override
    public boolean hasNext() {
        return !started || keepStart < text.length();
    }

    @Override
    public List<Mention> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (started && Thread.currentThread().isInterrupted()) {
            // the work was cancelled (the service's time limit): the next windows would be wasted
            throw new CancellationException("cancelled between two windows of a long document");
        }
        int n = text.length();
        int ks = keepStart;
        int ke = ks + window >= n ? n : cut(text, ks + window / 2, ks + window);
        int cs = contextStart(ks);
        int ce = ke == n ? n : contextEnd(ke);
        int nextCs = ke == n ? n : contextStart(ke);
        int base = codePoints(cs);
        int keepFrom = base + text.codePointCount(cs, ks);
        int keepTo = keepFrom + text.codePointCount(ks, ke);

        String w = text.substring(cs, ce);
        List<Token> tokens = Tokenizer.tokenize(story.maskWindow(TextNormalizer.fold(w), cs));
        List<Match> chosen = Grammar.select(dateline.grammar().scan(tokens), tokens);
        DocumentContext ctx = new DocumentContext(w, tokens, anchor, dateline.policy(), base);
        ctx.setNested((m, o) -> dateline.dispatch(m, ctx, o));
        if (carried != null) {
            ctx.continueStory(carried);
        }
        List<Mention> out = new ArrayList<>();
        io.dateline.resolve.StoryReference next = null;
        for (Match m : chosen) {
            int at = cs + tokens.get(m.start()).start();
            if (next == null && at >= nextCs) {
                next = ctx.story();
            }
            int before = ctx.warningCount();
            dateline.dispatch(m, ctx, out);
            if (at < ks || at >= ke) {
                ctx.dropWarningsAfter(before);
            }
        }
        ctx.flushWork();
        carried = next != null ? next : ctx.story();
        warnings.addAll(ctx.warnings());
        List<Mention> kept = new ArrayList<>();
        for (Mention m : out) {
            if (m.start() >= keepFrom && m.start() < keepTo && dateline.keeps(m)) {
                kept.add(m);
                sawTime |= m.kind().equals("time");
            }
        }
        count += kept.size();
        keepStart = ke;
        started = true;
        return kept;
    }

    /** How many mentions the windows so far gave. */
    public long count() {
        return count;
    }

    /** The document-level warnings, complete once every window has been taken. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(storyWarnings);
        all.addAll(warnings);
        if (dateline.languageWarning() != null) {
            all.add(dateline.languageWarning());
        }
        if (anchor == null && sawTime) {
            all.add(0, Dateline.NO_ANCHOR_WARNING);
        }
        return all;
    }

    /** The code points of {@code text[0, index)}, counted from the last index asked for. */
    private int codePoints(int index) {
        cpAt += index >= cpAtIndex ? text.codePointCount(cpAtIndex, index) : -text.codePointCount(index, cpAtIndex);
        cpAtIndex = index;
        return cpAt;
    }

    private int contextStart(int keep) {
        if (keep <= overlap) {
            return 0;
        }
        int p = keep - overlap;
        int limit = Math.min(keep, p + EDGE_SEARCH);
        for (int i = p; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(p)) ? p + 1 : p;
    }

    private int contextEnd(int keep) {
        int n = text.length();
        if (keep + overlap >= n) {
            return n;
        }
        int p = keep + overlap;
        int limit = Math.max(keep, p - EDGE_SEARCH);
        for (int i = p; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(p)) ? p + 1 : p;
    }

    /**
     * Where to end a kept part between {@code lo} and {@code hi}: after the last paragraph
     * break, else the last line end, else the last sentence end, else the last space, else at
     * {@code hi} (never inside a surrogate pair).
     */
    static int cut(String t, int lo, int hi) {
        for (int i = hi - 1; i > lo; i--) {
            if (t.charAt(i) == '\n' && blankLineBefore(t, i, lo)) {
                return i + 1;
            }
        }
        int nl = t.lastIndexOf('\n', hi - 1);
        if (nl > lo) {
            return nl + 1;
        }
        for (int i = hi - 1; i > lo; i--) {
            char c = t.charAt(i);
            if (c == ' ' && (t.charAt(i - 1) == '.' || t.charAt(i - 1) == '!' || t.charAt(i - 1) == '?')) {
                return i + 1;
            }
        }
        for (int i = hi - 1; i > lo; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(t.charAt(hi)) ? hi + 1 : hi;
    }

    /** Whether the line that ends at {@code nl} holds only spaces and follows another line end. */
    private static boolean blankLineBefore(String t, int nl, int lo) {
        for (int i = nl - 1; i > lo; i--) {
            char c = t.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return false;
    }
}

package io.dateline.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Lines of a plain-text page that are no part of the story: adverts ("Final hours! Save up to
 * 60% OFF"), navigation ("Back to top", "Related Articles"), share and subscribe prompts
 * ("Leave a Reply", "Your email address will not be published"). A line is one when it is
 * short (at most {@link #MAX_WORDS} words) and one of the cue phrases of the language's
 * lexicon {@code boilerplate} starts within its first {@link #CUE_REACH} words (VALUE: advert,
 * navigation, share or subscribe). Such lines are masked with spaces, so no mention is read
 * from them while every offset stays the same, and a warning names each.
 */
public final class StoryLines {

    /** Longer lines are taken for story text. */
    public static final int MAX_WORDS = 14;
    /** How far into a line its cue may start. */
    public static final int CUE_REACH = 3;
    /** Longest cue phrase, in words. */
    private static final int CUE_WORDS = 4;
    /** At most this many lines are named in warnings; the rest are counted. */
    private static final int MAX_NAMED = 8;

    /**
     * The text with the lines that are no part of the story masked, and what was masked.
     * {@code lines} holds the masked lines' UTF-16 ranges, start and end (exclusive) in turn.
     */
    public record Masked(String text, List<String> warnings, int[] lines) {

        public Masked(String text, List<String> warnings) {
            this(text, warnings, new int[0]);
        }

        /** Blanks, in {@code window} (which starts at {@code from} in the text), what is masked in the text. */
        public String maskWindow(String window, int from) {
            if (lines.length == 0) {
                return window;
            }
            StringBuilder out = null;
            int to = from + window.length();
            for (int k = 0; k < lines.length; k += 2) {
                int s = Math.max(lines[k], from);
                int e = Math.min(lines[k + 1], to);
                for (int i = s; i < e; i++) {
                    if (!Character.isWhitespace(window.charAt(i - from))) {
                        if (out == null) {
                            out = new StringBuilder(window);
                        }
                        out.setCharAt(i - from, ' ');
                    }
                }
            }
            return out == null ? window : out.toString();
        }
    }

    private StoryLines() {
    }

    /**
     * Masks the boilerplate lines of {@code text}; {@code cues} gives the kind of a cue phrase
     * (lower-cased words), or null. The result has the same length, unit for unit.
     */
    public static Masked mask(String text, Function<List<String>, String> cues) {
        return scan(text, cues, true);
    }

    /**
     * As {@link #mask}, but leaves the text as it is: only the masked lines' ranges and the
     * warnings (for a long document masked window by window, {@link Masked#maskWindow}).
     */
    public static Masked lines(String text, Function<List<String>, String> cues) {
        return scan(text, cues, false);
    }

    private static Masked scan(String text, Function<List<String>, String> cues, boolean masking) {
        if (cues == null || text.indexOf('\n') < 0) {
            return new Masked(text, List.of()); // one line: a sentence, never a page's furniture
        }
        StringBuilder out = null;
        List<String> warnings = new ArrayList<>();
        int masked = 0;
        List<Integer> ranges = new ArrayList<>();
        int lineNo = 1;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            // a long line is a paragraph of the story: told without copying it out
            String line = fewWords(text, start, end) ? text.substring(start, end) : null;
            String kind = line == null ? null : kind(line, cues);
            if (kind != null) {
                if (out == null && masking) {
                    out = new StringBuilder(text);
                }
                for (int i = start; masking && i < end; i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        out.setCharAt(i, ' ');
                    }
                }
                masked++;
                ranges.add(start);
                ranges.add(end);
                if (masked <= MAX_NAMED) {
                    String shown = line.strip();
                    if (shown.codePointCount(0, shown.length()) > 60) {
                        shown = shown.substring(0, shown.offsetByCodePoints(0, 60)) + "\u2026";
                    }
                    warnings.add("line " + lineNo + " is no part of the story (" + kind + "), no figures or times read from it: '"
                            + shown + "'");
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            lineNo++;
        }
        if (masked > MAX_NAMED) {
            warnings.add((masked - MAX_NAMED) + " more lines are no part of the story");
        }
        return new Masked(out == null ? text : out.toString(), List.copyOf(warnings),
                ranges.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Whether a line has at most {@link #MAX_WORDS} words, counted as {@link #kind} splits them
     * (runs between white space and the separators below), stopping as soon as there are more.
     */
    static boolean fewWords(String line) {
        return fewWords(line, 0, line.length());
    }

    /** {@link #fewWords(String)} of {@code text[from, to)}. */
    static boolean fewWords(String line, int from, int to) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            boolean sep = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || "!?.,:;\"'()[]|\u2013\u2014-".indexOf(c) >= 0;
            if (!sep && !in && ++words > MAX_WORDS) {
                return false;
            }
            in = !sep;
        }
        return true;
    }

    /** The kind of boilerplate a line is, or null. */
    static String kind(String line, Function<List<String>, String> cues) {
        if (!fewWords(line)) {
            return null; // a paragraph of the story: not split at all (the common case, kept cheap)
        }
        List<String> words = new ArrayList<>();
        for (String w : line.toLowerCase(Locale.ROOT).split("[\\s!?.,:;\"'()\\[\\]|\u2013\u2014-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return null;
        }
        for (int i = 0; i < Math.min(CUE_REACH, words.size()); i++) {
            for (int n = Math.min(CUE_WORDS, words.size() - i); n >= 1; n--) {
                String k = cues.apply(words.subList(i, i + n));
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }
}

package io.dateline.text;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts units of work (tokens visited, rule attempts, tense-cue look-ups ...) so that tests
 * can check that the work grows linearly with the input, whatever the machine is doing.
 *
 * <p>Counting is off unless a thread runs inside {@link #measure(Runnable)}; then each
 * {@link #add} adds to that thread's counts. Hot loops add once per stage or document with a
 * local total, not once per step. Nothing is counted, and no state is kept, outside
 * {@code measure}.
 */
public final class WorkCounter {

    /** What is counted. */
    public enum Kind {
        /** A token position visited by a scan. */
        TOKEN,
        /** A rule tried at a position. */
        RULE_ATTEMPT,
        /** A token looked at while searching for a tense cue. */
        CUE_LOOKUP,
        /** A character handed to a regular expression. */
        REGEX_CHARS,
        /** A step back over earlier mentions (narrative references, pairing). */
        LOOKBACK,
        /** A character or byte of input read or extracted. */
        INPUT
    }

    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

    private WorkCounter() {
    }

    /** Adds {@code n} units of {@code kind} when the current thread is being measured. */
    public static void add(Kind kind, long n) {
        long[] c = CURRENT.get();
        if (c != null) {
            c[kind.ordinal()] += n;
        }
    }

    /** Whether the current thread is being measured (to skip building counts at all). */
    public static boolean counting() {
        return CURRENT.get() != null;
    }

    /** Runs {@code work} on this thread and returns what it counted. Not reentrant. */
    public static Map<Kind, Long> measure(Runnable work) {
        long[] c = new long[Kind.values().length];
        long[] before = CURRENT.get();
        CURRENT.set(c);
        try {
            work.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
        Map<Kind, Long> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, c[k.ordinal()]);
        }
        return out;
    }
}

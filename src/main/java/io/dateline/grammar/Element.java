package io.dateline.grammar;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One item of a rule's pattern. */
sealed interface Element permits Element.Behind, Element.Literal, Element.LexRef, Element.MentionRef, Element.TokenRegex {

    /** May be skipped ({@code x?}). */
    boolean optional();

    /** Zero-width: the pattern fails if this item matches here ({@code !x}). */
    boolean negated();

    /** Capture name, or null. */
    String alias();

    /**
     * Zero-width, first items only: the token just before the match must ({@code <=x}) or must
     * not ({@code <!x}) match {@code x}.
     */
    record Behind(Element inner, boolean must) implements Element {
        @Override
        public boolean optional() {
            return false;
        }

        @Override
        public boolean negated() {
            return true; // consumes nothing and never triggers a rule
        }

        @Override
        public String alias() {
            return null;
        }
    }

    /** Literal words: {@code on}, {@code a|an}, {@code "May"} (quoted: case-sensitive). */
    record Literal(Set<String> words, boolean caseSensitive, boolean optional, boolean negated,
                   String alias) implements Element {
    }

    /**
     * A lexicon: {@code {weekday}}, {@code {month@m2}}; {@code {month}^} also wants a capital letter
     * ("May" the month, not "may" the verb). Captures the mapped value.
     */
    record LexRef(Lexicon lexicon, boolean capital, boolean optional, boolean negated, String alias)
            implements Element {
    }

    /**
     * A mention an earlier rule produced: {@code <date>}, {@code <date|time@t>}; {@code <date:day|weekday@d>}
     * also wants one of the fields (a date at day level).
     */
    record MentionRef(Set<String> categories, Set<String> requireAny, boolean optional, boolean negated,
                      String alias) implements Element {

        /** Whether a mention's frame has one of the required fields (any frame, when none are required). */
        boolean accepts(Frame f) {
            if (requireAny.isEmpty()) {
                return true;
            }
            for (String k : requireAny) {
                if (f.has(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A regular expression over one token's text, anchored at both ends: {@code /(?<h>\d{1,2})h/}.
     * Named groups are captured under their names. Only tried on tokens of at most
     * {@link Grammar#MAX_REGEX_TOKEN} code points, so it cannot make the scan super-linear; a
     * {@code budgeted} one (from a user grammar) also stops after {@link Grammar#USER_REGEX_READS}
     * character reads.
     */
    record TokenRegex(Pattern pattern, List<String> groups, boolean digitFirst, String requiredLiteral,
                      boolean requiresDigit, List<RegexNeeds.CharSet> needs, boolean optional, boolean negated,
                      String alias, boolean budgeted) implements Element {

        /**
         * A cheap necessary condition: false means the regex cannot match this token.
         * {@code lo} and {@code hi} are the token's ASCII characters as bits
         * ({@link RegexNeeds#textBits}), worked out once per token.
         */
        boolean mayMatch(io.dateline.text.Token t, long lo, long hi) {
            return mayMatchTraits(lo, hi, t.hasDigit(), t.isDigitStart()) && mayMatchText(t);
        }

        /** The part of {@link #mayMatch} that looks at the token's characters as bits and its digits. */
        boolean mayMatchTraits(long lo, long hi, boolean hasDigit, boolean digitStart) {
            if ((requiresDigit && !hasDigit) || (digitFirst && !digitStart)) {
                return false;
            }
            for (int k = 0; k < needs.size(); k++) {
                if (!needs.get(k).meets(lo, hi)) {
                    return false;
                }
            }
            return true;
        }

        /** The part of {@link #mayMatch} that looks at the token's text: its length, a required literal. */
        boolean mayMatchText(io.dateline.text.Token t) {
            return !tooLong(t.text()) && (requiredLiteral == null || t.lower().contains(requiredLiteral));
        }

        /** Whether a token is longer than {@link Grammar#MAX_REGEX_TOKEN} code points (never given to a regex). */
        static boolean tooLong(String text) {
            return text.length() > Grammar.MAX_REGEX_TOKEN
                    && text.codePointCount(0, text.length()) > Grammar.MAX_REGEX_TOKEN;
        }
    }
}

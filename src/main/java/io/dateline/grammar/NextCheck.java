package io.dateline.grammar;

import static io.dateline.grammar.IdSets.hasKind;
import static io.dateline.grammar.IdSets.hasWord;

import io.dateline.text.Token;

/** {@link NextToken} over ids: what the scan asks of the token after a trigger word. */
final class NextCheck {
    static final NextCheck ANY = new NextCheck(null, null, null, null);

    final int[] via;
    final int[] words;
    final long[] kinds;
    final Element.TokenRegex regex;

    NextCheck(int[] via, int[] words, long[] kinds, Element.TokenRegex regex) {
        this.via = via;
        this.words = words;
        this.kinds = kinds;
        this.regex = regex;
    }

    /**
     * @param word     the id of the word that triggered the rule here
     * @param nextId   the id of the following token (-1 if unknown or at the end)
     * @param next     the following token, or null at the end
     * @param nextCell the mentions that start at the following token, or null
     * @param nextLo   the following token's characters as bits ({@link RegexNeeds#textBits})
     * @param nextHi   the same, for characters 64-127
     */
    boolean admits(int word, int nextId, Token next, Cell nextCell, long nextLo, long nextHi) {
        if (via != null && !hasWord(via, word)) {
            return true; // triggered another way: no opinion
        }
        if (words != null) {
            return hasWord(words, nextId);
        }
        if (regex != null) {
            return next != null && regex.mayMatch(next, nextLo, nextHi);
        }
        if (kinds != null) {
            if (nextCell == null) {
                return false;
            }
            for (int k = 0; k < nextCell.size; k++) {
                if (hasKind(kinds, nextCell.kinds[k])) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}

package io.dateline.grammar;

import java.util.Arrays;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Sets of word ids (sorted arrays) and of kind ids (bit masks), as the compiled patterns keep them. */
final class IdSets {

    private IdSets() {
    }

    /** The sorted ids of words (null for null). */
    static int[] wordIds(Set<String> words, ToIntFunction<String> wordId) {
        return words == null ? null : words.stream().mapToInt(wordId).sorted().toArray();
    }

    /** A bit set of kind ids. */
    static long[] kindMask(Set<String> kinds, Numbering kindIds) {
        long[] mask = new long[(kindIds.size() + 63) / 64];
        for (String k : kinds) {
            int id = kindIds.find(k);
            mask[id >>> 6] |= 1L << id;
        }
        return mask;
    }

    static boolean hasKind(long[] mask, int kind) {
        return kind >= 0 && (mask[kind >>> 6] & (1L << kind)) != 0;
    }

    /** Whether a sorted array of word ids holds {@code id} (never for -1, an unknown word). */
    static boolean hasWord(int[] sorted, int id) {
        if (id < 0) {
            return false;
        }
        if (sorted.length <= 8) {
            for (int w : sorted) {
                if (w == id) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(sorted, id) >= 0;
    }
}

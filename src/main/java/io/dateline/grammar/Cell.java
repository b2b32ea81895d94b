package io.dateline.grammar;

import java.util.Arrays;

/** The mentions found so far that start at one token, with their kind ids, in the order found. */
final class Cell {
    Match[] matches = new Match[2];
    int[] kinds = new int[2];
    int size;

    void add(Match m, int kind) {
        if (size == matches.length) {
            matches = Arrays.copyOf(matches, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        matches[size] = m;
        kinds[size++] = kind;
    }
}

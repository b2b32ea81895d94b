package io.dateline.grammar;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers for strings (the lower-case words rules compare tokens with; the mention kinds), given
 * in the order they are first seen. Numbers are only given while a grammar is built; a scan only
 * looks them up, so a built grammar's numbering is read-only and safe to share.
 */
final class Numbering {

    private final Map<String, Integer> ids = new HashMap<>();

    /** The number of {@code s}, numbering it if it is new (only while the grammar is built). */
    int id(String s) {
        return ids.computeIfAbsent(s, k -> ids.size());
    }

    /** The number of {@code s}, or -1 when it has none. */
    int find(String s) {
        Integer id = ids.get(s);
        return id == null ? -1 : id;
    }

    int size() {
        return ids.size();
    }
}

package io.dateline.grammar;

import io.dateline.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named word list mapping forms (one or more tokens, compared lower-case) to values, kept as
 * a trie over tokens so that "a couple of" and "mid" are looked up in one walk.
 */
public final class Lexicon {

    private final String name;
    private final Node root = new Node();
    private int size;

    Lexicon(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    /** Adds a form given as its lower-cased tokens. Returns false if it was already there. */
    boolean add(List<String> tokens, String value) {
        Node n = root;
        for (String t : tokens) {
            n = n.children.computeIfAbsent(t, k -> new Node());
        }
        if (n.value != null) {
            return false;
        }
        n.value = value;
        size++;
        return true;
    }

    /** Whether {@code first} is a whole one-token form. */
    boolean hasOneTokenForm(String first) {
        Node n = root.children.get(first);
        return n != null && n.value != null;
    }

    /** The second tokens of the forms that start with {@code first}. */
    java.util.Set<String> secondTokens(String first) {
        Node n = root.children.get(first);
        return n == null ? java.util.Set.of() : n.children.keySet();
    }

    /** Whether every form is one token. */
    boolean singleTokenForms() {
        for (Node c : root.children.values()) {
            if (!c.children.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** First tokens of all forms: the words a rule starting with this lexicon is triggered by. */
    java.util.Set<String> firstTokens() {
        return root.children.keySet();
    }

    /** The one-token forms and their values (a copy). */
    public Map<String, String> oneTokenForms() {
        Map<String, String> out = new HashMap<>();
        root.children.forEach((w, n) -> {
            if (n.value != null) {
                out.put(w, n.value);
            }
        });
        return out;
    }

    /** Value of a form given as its lower-cased tokens (one or more), or null. */
    public String lookupWords(List<String> lowerTokens) {
        Node n = root;
        for (String t : lowerTokens) {
            n = n.children.get(t);
            if (n == null) {
                return null;
            }
        }
        return n.value;
    }

    /** Value of a one-token form, or null. */
    public String lookup(String lower) {
        Node n = root.children.get(lower);
        return n == null ? null : n.value;
    }

    /**
     * A snapshot of the trie with every token replaced by its number in a grammar's vocabulary
     * ({@code idOf}), for the scan: a step is then an int lookup instead of a string hash.
     */
    ById byId(java.util.function.ToIntFunction<String> idOf) {
        return ById.of(root, idOf);
    }

    /** The trie over word ids; immutable. */
    static final class ById {
        private final IntTable<ById> children;
        private final String value;

        private ById(IntTable<ById> children, String value) {
            this.children = children;
            this.value = value;
        }

        private static ById of(Node n, java.util.function.ToIntFunction<String> idOf) {
            Map<Integer, ById> kids = new HashMap<>();
            n.children.forEach((w, c) -> kids.put(idOf.applyAsInt(w), of(c, idOf)));
            return new ById(IntTable.of(kids), n.value);
        }

        /**
         * Writes the end (exclusive) and value of up to {@code ends.length} forms starting at
         * {@code pos} into the arrays, shortest first; returns how many. {@code ids[i]} is the
         * word id of token i (-1 for a word the grammar does not know). A form does not go on
         * into a word that follows the previous word without a space.
         */
        int matchAt(List<Token> tokens, int[] ids, int pos, int[] ends, String[] values) {
            ById n = this;
            int count = 0;
            for (int i = pos; i < tokens.size() && count < ends.length; i++) {
                if (i > pos) {
                    Token t = tokens.get(i);
                    if (!t.spaceBefore() && t.isWord() && tokens.get(i - 1).isWord()) {
                        break;
                    }
                }
                n = n.children.get(ids[i]);
                if (n == null) {
                    break;
                }
                if (n.value != null) {
                    ends[count] = i + 1;
                    values[count++] = n.value;
                }
            }
            return count;
        }
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        String value;
    }
}

package io.dateline.grammar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The frame vocabulary: the kinds a rule may emit, which dimension resolves each, and the fields
 * a rule may set for it. Read from {@code .frames} files ({@code grammars/vocabulary.frames},
 * and any in a user's grammar folder):
 *
 * <pre>
 * kind date time          # kind NAME DIMENSION (internal for a piece other rules build on)
 *   year month day ...    # the fields a rule may set
 * </pre>
 *
 * Declaring a kind again adds fields to it. The loader checks every rule against it, so that
 * a misspelled field ({@code wekday=3}) or kind fails at load with {@code file:line} instead of
 * quietly at run time.
 */
public final class FrameVocabulary {

    /** The built-in vocabulary, on the classpath. */
    public static final String BUILT_IN = "grammars/vocabulary.frames";

    /** The dimension name of a kind that is a piece for other rules and never reported. */
    public static final String INTERNAL = "internal";

    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, Set<String>> fields = new LinkedHashMap<>();
    private final Map<String, String> dimensions = new LinkedHashMap<>();

    /** Adds the declarations of one {@code .frames} file. */
    void read(String file, String text) {
        Statements.read(file, text, "a 'kind' statement", (head, line, body, lines) -> {
            if (!head[0].equals("kind")) {
                throw new GrammarException(file, line, "expected 'kind NAME DIMENSION', found '" + head[0] + "'");
            }
            if (head.length != 3 || !LexiconParser.NAME.matcher(head[1]).matches() || !FIELD.matcher(head[2]).matches()) {
                throw new GrammarException(file, line, "write 'kind NAME DIMENSION' (DIMENSION: time, quantity, internal ...)");
            }
            String kind = head[1];
            String dim = head[2];
            if (kind.startsWith("_") != dim.equals(INTERNAL)) {
                throw new GrammarException(file, line, "a kind whose name starts with '_' is internal, and only such a kind");
            }
            String before = dimensions.putIfAbsent(kind, dim);
            if (before != null && !before.equals(dim)) {
                throw new GrammarException(file, line, "kind " + kind + " is already resolved by dimension " + before);
            }
            Set<String> fs = fields.computeIfAbsent(kind, k -> new LinkedHashSet<>());
            for (int k = 0; k < body.size(); k++) {
                for (String f : body.get(k).split("\\s+")) {
                    if (!FIELD.matcher(f).matches()) {
                        throw new GrammarException(file, lines.get(k), "bad field name '" + f + "' (lower-case letters, digits, _)");
                    }
                    fs.add(f);
                }
            }
        });
    }

    /** Every declared kind, in declaration order. */
    public Set<String> kinds() {
        return Collections.unmodifiableSet(dimensions.keySet());
    }

    /** The dimension that resolves {@code kind} ({@link #INTERNAL} for a piece), or null for an unknown kind. */
    public String dimension(String kind) {
        return dimensions.get(kind);
    }

    /** The fields a rule may set for {@code kind} (besides {@code kind}); empty for an unknown kind. */
    public Set<String> fields(String kind) {
        Set<String> fs = fields.get(kind);
        return fs == null ? Set.of() : Collections.unmodifiableSet(fs);
    }

    boolean knows(String kind) {
        return dimensions.containsKey(kind);
    }

    boolean allows(String kind, String field) {
        return field.equals("kind") || fields(kind).contains(field);
    }

    /** A copy, so that a grammar keeps the vocabulary it was checked against. */
    FrameVocabulary copy() {
        FrameVocabulary v = new FrameVocabulary();
        fields.forEach((k, fs) -> v.fields.put(k, new LinkedHashSet<>(fs)));
        v.dimensions.putAll(dimensions);
        return v;
    }

    // ------------------------------------------------------------------ checks of rules

    /** Fails unless {@code kind} is declared. */
    void checkKind(String file, int line, String kind) {
        if (!knows(kind)) {
            throw new GrammarException(file, line, "unknown kind '" + kind + "' (declared: " + String.join(", ", publicKinds())
                    + " and internal pieces; a new kind is declared in a .frames file, see grammars/README.md)");
        }
    }

    /** Fails unless every field a rule's emit line sets is declared for every kind the rule produces. */
    void checkEmits(String file, int line, List<Rule.Emit> emits, Set<String> kinds, Map<String, Set<String>> captures) {
        for (String k : kinds) {
            checkKind(file, line, k);
        }
        for (Rule.Emit e : emits) {
            if (e.copyAll()) {
                continue;
            }
            for (String k : kinds) {
                if (!allows(k, e.key())) {
                    throw new GrammarException(file, line, "unknown field '" + e.key() + "' for kind " + k);
                }
            }
            if (e.field() != null) {
                checkRead(file, line, e.field(), captures.get(e.capture()));
            }
        }
    }

    /**
     * Fails when {@code field} is read from a mention of {@code kinds} ({@code $d.field},
     * {@code <date:field>}) and none of them declares it. Nothing is checked for a string capture.
     */
    void checkRead(String file, int line, String field, Set<String> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return;
        }
        for (String k : kinds) {
            if (allows(k, field)) {
                return;
            }
        }
        throw new GrammarException(file, line, "unknown field '" + field + "' for kind " + String.join("|", kinds));
    }

    private List<String> publicKinds() {
        List<String> out = new ArrayList<>();
        dimensions.forEach((k, d) -> {
            if (!d.equals(INTERNAL)) {
                out.add(k);
            }
        });
        return out;
    }
}

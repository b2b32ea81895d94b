package io.dateline.grammar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a rule's {@code emit} line: {@code key=value}, {@code key=$capture}, {@code key=$capture.field}, {@code +$capture}. */
final class EmitParser {

    private EmitParser() {
    }

    /** What an emit line sets, and the kinds the rule can produce. */
    record Emits(List<Rule.Emit> emits, Set<String> categories) {
    }

    /**
     * @param captures what the pattern captures: name to the kinds of a captured mention (empty for a string)
     */
    static Emits parse(String file, int emitLine, String emit, Map<String, Set<String>> captures) {
        List<Rule.Emit> emits = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        for (String a : emit.split("\\s+")) {
            if (a.startsWith("+$")) {
                String cap = a.substring(2);
                Set<String> cats = captures.get(cap);
                if (cats == null || cats.isEmpty()) {
                    throw new GrammarException(file, emitLine, "'+$" + cap + "' must name a captured mention");
                }
                emits.add(new Rule.Emit(null, null, cap, null, true));
                if (categories.isEmpty()) {
                    categories.addAll(cats);
                }
                continue;
            }
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new GrammarException(file, emitLine, "emit item must read key=value or +$capture, found '" + a + "'");
            }
            String key = a.substring(0, eq);
            String val = a.substring(eq + 1);
            if (val.startsWith("$")) {
                String ref = val.substring(1);
                String cap = ref;
                String field = null;
                int dot = ref.indexOf('.');
                if (dot > 0) {
                    cap = ref.substring(0, dot);
                    field = ref.substring(dot + 1);
                }
                if (!captures.containsKey(cap)) {
                    throw new GrammarException(file, emitLine, "'$" + cap + "' is not captured by the pattern (captures: "
                            + captures.keySet() + ")");
                }
                emits.add(new Rule.Emit(key, null, cap, field, false));
            } else {
                emits.add(new Rule.Emit(key, val, null, null, false));
                if (key.equals("kind")) {
                    categories.clear();
                    categories.add(val);
                }
            }
        }
        if (categories.isEmpty()) {
            throw new GrammarException(file, emitLine, "emit must set kind=... or copy a mention with +$x");
        }
        return new Emits(List.copyOf(emits), categories);
    }
}

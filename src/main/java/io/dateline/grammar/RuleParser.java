package io.dateline.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code rule ID} statements: the {@code match}, {@code emit}, {@code priority} and
 * {@code note} lines, the pattern's items, its {@code [ ]} extent and the stage it runs in.
 */
final class RuleParser {

    private final ElementParser elements;
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> ruleIds = new HashSet<>();
    /** category -> highest stage of a rule producing it so far. */
    private final Map<String, Integer> producedStage = new HashMap<>();

    private final FrameVocabulary vocabulary;

    RuleParser(Map<String, Lexicon> lexicons, FrameVocabulary vocabulary) {
        this.elements = new ElementParser(lexicons);
        this.vocabulary = vocabulary;
    }

    /** The rules read so far, in load order. */
    List<Rule> rules() {
        return rules;
    }

    private List<Element> elements(String file, int line, String spec, boolean builtIn) {
        return elements.parse(file, line, spec, builtIn);
    }

    /** Reads one rule statement; {@code builtIn} for the grammar shipped in the jar. */
    void parse(String file, int line, String[] head, List<String> body, List<Integer> lines, boolean builtIn) {
        if (head.length != 2 || !LexiconParser.NAME.matcher(head[1]).matches()) {
            throw new GrammarException(file, line, "write 'rule ID' (letters, digits, _ and .)");
        }
        String id = head[1];
        if (!ruleIds.add(id)) {
            throw new GrammarException(file, line, "rule id '" + id + "' is used twice");
        }
        String match = null;
        String emit = null;
        int matchLine = line;
        int emitLine = line;
        int priority = 0;
        for (int k = 0; k < body.size(); k++) {
            String l = body.get(k);
            String kw = l.split("\\s+", 2)[0];
            String rest = l.length() > kw.length() ? l.substring(kw.length()).strip() : "";
            switch (kw) {
                case "match" -> {
                    match = rest;
                    matchLine = lines.get(k);
                }
                case "emit" -> {
                    emit = rest;
                    emitLine = lines.get(k);
                }
                case "priority" -> {
                    try {
                        priority = Integer.parseInt(rest);
                    } catch (NumberFormatException e) {
                        throw new GrammarException(file, lines.get(k), "priority must be an integer");
                    }
                }
                case "note" -> {
                    // free text for people
                }
                default -> throw new GrammarException(file, lines.get(k),
                        "unknown rule line '" + kw + "' (expected match, emit, priority or note)");
            }
        }
        if (match == null || match.isEmpty()) {
            throw new GrammarException(file, line, "rule " + id + " has no 'match' line");
        }
        if (emit == null || emit.isEmpty()) {
            throw new GrammarException(file, line, "rule " + id + " has no 'emit' line");
        }
        List<Element> elements = new ArrayList<>();
        int coreFrom = -1;
        int coreTo = -1;
        Map<String, Set<String>> captures = new LinkedHashMap<>(); // name -> categories (empty for strings)
        for (String spec : match.split("\\s+")) {
            if (spec.equals("[")) {
                if (coreFrom >= 0) {
                    throw new GrammarException(file, matchLine, "only one [ ] extent per rule");
                }
                coreFrom = elements.size();
                continue;
            }
            if (spec.equals("]")) {
                if (coreFrom < 0 || coreTo >= 0) {
                    throw new GrammarException(file, matchLine, "']' without '['");
                }
                coreTo = elements.size();
                continue;
            }
            for (Element e : elements(file, matchLine, spec, builtIn)) {
                elements.add(e);
                registerCaptures(e, captures);
            }
        }
        if (coreFrom >= 0 && coreTo < 0) {
            throw new GrammarException(file, matchLine, "'[' without ']'");
        }
        if (coreFrom < 0) {
            coreFrom = 0;
            coreTo = elements.size();
        }
        for (int k = 0; k < elements.size(); k++) {
            if (elements.get(k) instanceof Element.Behind && k > 0 && !(elements.get(k - 1) instanceof Element.Behind)) {
                throw new GrammarException(file, matchLine, "look-behind items (<!x, <=x) must come first");
            }
        }
        if (elements.size() > Grammar.MAX_ITEMS) {
            throw new GrammarException(file, matchLine, "the pattern has " + elements.size() + " items; at most "
                    + Grammar.MAX_ITEMS + " are allowed (split the rule, or build it from smaller rules)");
        }
        long optional = elements.stream().filter(Element::optional).count();
        if (optional > Grammar.MAX_OPTIONAL) {
            throw new GrammarException(file, matchLine, "the pattern has " + optional + " optional items; at most "
                    + Grammar.MAX_OPTIONAL + " are allowed (use a lexicon, or build it from smaller rules)");
        }
        if (elements.stream().allMatch(e -> e.optional() || e.negated())) {
            throw new GrammarException(file, matchLine, "the pattern must have an item that is neither optional nor negated");
        }
        // stage: after every earlier producer of what it references
        int stage = 0;
        for (Element e : elements) {
            if (e instanceof Element.MentionRef m) {
                int best = -1;
                for (String c : m.categories()) {
                    Integer s = producedStage.get(c);
                    if (s != null) {
                        best = Math.max(best, s);
                    }
                }
                if (best < 0) {
                    throw new GrammarException(file, matchLine, "no earlier rule produces " + m.categories()
                            + " (a rule only sees mentions of rules loaded before it)");
                }
                stage = Math.max(stage, best + 1);
                for (String f : m.requireAny()) {
                    vocabulary.checkRead(file, matchLine, f, m.categories());
                }
            }
        }
        EmitParser.Emits emits = EmitParser.parse(file, emitLine, emit, captures);
        vocabulary.checkEmits(file, emitLine, emits.emits(), emits.categories(), captures);
        Rule r = new Rule(id, file, line, rules.size(), List.copyOf(elements), coreFrom, coreTo,
                emits.emits(), Set.copyOf(emits.categories()), stage, priority, builtIn);
        rules.add(r);
        for (String c : emits.categories()) {
            producedStage.merge(c, stage, Math::max);
        }
    }

    private static void registerCaptures(Element e, Map<String, Set<String>> captures) {
        if (e instanceof Element.LexRef l) {
            captures.put(e.alias() != null ? e.alias() : l.lexicon().name(), Set.of());
        } else if (e instanceof Element.MentionRef m) {
            if (e.alias() != null) {
                captures.put(e.alias(), m.categories());
            } else if (m.categories().size() == 1) {
                captures.put(m.categories().iterator().next(), m.categories());
            }
        } else if (e instanceof Element.TokenRegex r) {
            r.groups().forEach(g -> captures.put(g, Set.of()));
            if (e.alias() != null) {
                captures.put(e.alias(), Set.of());
            }
        } else if (e.alias() != null) {
            captures.put(e.alias(), Set.of());
        }
    }
}

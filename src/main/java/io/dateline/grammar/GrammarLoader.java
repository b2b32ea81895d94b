package io.dateline.grammar;

import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads {@code .rules} files into a {@link Grammar}. The format (documented in
 * {@code grammars/README.md}):
 *
 * <pre>
 * # comment
 * lexicon weekday
 *   1: monday | mon | mon.
 *
 * rule time.weekday.rel
 *   match {rel} [ {weekday} ]
 *   emit  kind=date weekday=$weekday rel=$rel
 *   priority 1
 * </pre>
 *
 * Statements start in column 0; their lines are indented. Files load in path order (name
 * them {@code 10-numbers.rules}, {@code 20-time.rules}); a rule sees the mentions of rules
 * loaded before it. Every error names {@code file:line}.
 */
public final class GrammarLoader {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> ruleIds = new HashSet<>();
    /** category -> highest stage of a rule producing it so far. */
    private final Map<String, Integer> producedStage = new HashMap<>();

    /** Loads every {@code *.rules} file under each directory, directories in the order given. */
    public static Grammar loadDirectories(List<Path> dirs) {
        GrammarLoader loader = new GrammarLoader();
        for (Path dir : dirs) {
            loader.addDirectory(dir);
        }
        return loader.build();
    }

    public GrammarLoader addDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new GrammarException(dir.toString(), 0, "not a grammar directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
        } catch (IOException e) {
            throw new GrammarException(dir.toString(), 0, "cannot list: " + e.getMessage());
        }
        for (Path f : files) {
            try {
                addSource(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new GrammarException(f.toString(), 0, "cannot read: " + e.getMessage());
            }
        }
        return this;
    }

    /** Loads every grammar file listed in {@code index} from the classpath. */
    public GrammarLoader addClasspath(String index) {
        return addClasspath(index, null);
    }

    /**
     * Loads the grammar files listed in {@code index} (one {@code FILE [KIND]} a line) from the
     * classpath. A file tagged with a kind ({@code 50-quantities.rules quantity}) is loaded only
     * when {@code kinds} is null or holds that kind: "--only time" then scans fewer rules.
     */
    public GrammarLoader addClasspath(String index, java.util.Set<String> kinds) {
        List<String> lines = readResource(index, index).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        String base = index.substring(0, index.lastIndexOf('/') + 1);
        for (String l : lines) {
            String[] p = l.split("\\s+");
            if (p.length > 1 && kinds != null && !kinds.contains(p[1])) {
                continue;
            }
            addSource(p[0], readResource(base + p[0], p[0]));
        }
        return this;
    }

    private static String readResource(String path, String shown) {
        try (InputStream in = GrammarLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new GrammarException(shown, 0, "resource not found: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GrammarException(shown, 0, "cannot read: " + e.getMessage());
        }
    }

    public Grammar build() {
        return new Grammar(lexicons, rules);
    }

    /** Parses one file's text. */
    public GrammarLoader addSource(String file, String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String raw = stripComment(lines[i]);
            if (raw.isBlank()) {
                i++;
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0))) {
                throw new GrammarException(file, i + 1, "indented line outside a lexicon or rule: '" + raw.strip() + "'");
            }
            String[] head = raw.strip().split("\\s+");
            int startLine = i + 1;
            List<String> body = new ArrayList<>();
            List<Integer> bodyLines = new ArrayList<>();
            i++;
            while (i < lines.length) {
                String l = stripComment(lines[i]);
                if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
                    break;
                }
                if (!l.isBlank()) {
                    body.add(l.strip());
                    bodyLines.add(i + 1);
                }
                i++;
            }
            switch (head[0]) {
                case "lexicon" -> parseLexicon(file, startLine, head, body, bodyLines);
                case "rule" -> parseRule(file, startLine, head, body, bodyLines);
                default -> throw new GrammarException(file, startLine,
                        "expected 'lexicon NAME' or 'rule ID', found '" + head[0] + "'");
            }
        }
        return this;
    }

    private static String stripComment(String line) {
        // '#' starts a comment unless it sits inside a /regex/
        int slash = -1;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '/' && (k == 0 || line.charAt(k - 1) != '\\')) {
                slash = slash < 0 ? k : -1;
            } else if (c == '#' && slash < 0 && (k == 0 || Character.isWhitespace(line.charAt(k - 1)))) {
                return line.substring(0, k).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    private void parseLexicon(String file, int line, String[] head, List<String> body, List<Integer> lines) {
        if (head.length != 2 || !NAME.matcher(head[1]).matches()) {
            throw new GrammarException(file, line, "write 'lexicon NAME' (letters, digits, _ and .)");
        }
        Lexicon lex = lexicons.computeIfAbsent(head[1], Lexicon::new);
        for (int k = 0; k < body.size(); k++) {
            String l = body.get(k);
            int colon = l.indexOf(':');
            if (colon <= 0) {
                throw new GrammarException(file, lines.get(k), "lexicon entry must read 'VALUE: form | form'");
            }
            String value = l.substring(0, colon).strip();
            for (String form : l.substring(colon + 1).split("\\|")) {
                String f = form.strip();
                if (f.isEmpty()) {
                    throw new GrammarException(file, lines.get(k), "empty form in lexicon " + head[1]);
                }
                List<String> toks = Tokenizer.tokenize(TextNormalizer.fold(f)).stream().map(Token::lower).toList();
                if (!lex.add(toks, value)) {
                    throw new GrammarException(file, lines.get(k), "form '" + f + "' is already in lexicon " + head[1]);
                }
            }
        }
    }

    private void parseRule(String file, int line, String[] head, List<String> body, List<Integer> lines) {
        if (head.length != 2 || !NAME.matcher(head[1]).matches()) {
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
            for (Element e : parseElement(file, matchLine, spec)) {
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
            }
        }
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
        Rule r = new Rule(id, file, line, rules.size(), List.copyOf(elements), coreFrom, coreTo,
                List.copyOf(emits), Set.copyOf(categories), stage, priority);
        rules.add(r);
        for (String c : categories) {
            producedStage.merge(c, stage, Math::max);
        }
    }

    /**
     * Whether every token the regex can match starts with a digit: then the rule is only tried
     * at tokens that do (a trigger prefilter). Conservative: any doubt means no.
     */
    static boolean digitFirst(String re) {
        if (topLevelBar(re)) {
            return false;
        }
        return startsWithDigit(re);
    }

    /** Whether every string the regex matches starts with a digit (conservative). */
    private static boolean startsWithDigit(String r) {
        if (r.startsWith("\\d") || r.startsWith("[0-9]") || r.startsWith("[1-9]") || r.startsWith("[0-9")) {
            return true;
        }
        if (!r.isEmpty() && r.charAt(0) >= '0' && r.charAt(0) <= '9' && (r.length() == 1 || "?*{".indexOf(r.charAt(1)) < 0)) {
            return true; // a literal digit
        }
        if (!r.startsWith("(") || r.startsWith("(?=") || r.startsWith("(?!") || r.startsWith("(?<=") || r.startsWith("(?<!")) {
            return false;
        }
        // a group first: every alternative in it must start with a digit, and the group must not be optional
        int depth = 0;
        int close = -1;
        for (int k = 0; k < r.length(); k++) {
            char ch = r.charAt(k);
            if (ch == '\\') {
                k++;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                close = k;
                break;
            }
        }
        if (close < 0 || (close + 1 < r.length() && "?*{".indexOf(r.charAt(close + 1)) >= 0)) {
            return false;
        }
        String body = r.substring(1, close).replaceFirst("^(\\?<\\w+>|\\?:)", "");
        for (String alt : splitTopLevel(body)) {
            if (!startsWithDigit(alt)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitTopLevel(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < re.length(); k++) {
            char ch = re.charAt(k);
            if (ch == '\\') {
                k++;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '|' && depth == 0) {
                out.add(re.substring(from, k));
                from = k + 1;
            }
        }
        out.add(re.substring(from));
        return out;
    }

    /**
     * The longest run of literal characters at the top level of a regex that every match must
     * contain (lower-cased), or null. Conservative: runs inside groups, classes or before a
     * quantifier do not count, and a top-level '|' means none.
     */
    static String requiredLiteral(String re) {
        if (topLevelBar(re)) {
            return null;
        }
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int k = 0; k < re.length(); k++) {
            char ch = re.charAt(k);
            char next = k + 1 < re.length() ? re.charAt(k + 1) : 0;
            boolean literal = false;
            char lit = ch;
            if (inClass) {
                if (ch == '\\') {
                    k++;
                } else if (ch == ']') {
                    inClass = false;
                }
            } else if (ch == '\\') {
                if (next != 0 && "-.:/'&$".indexOf(next) >= 0 && depth == 0) {
                    literal = true;
                    lit = next;
                }
                k++;
                next = k + 1 < re.length() ? re.charAt(k + 1) : 0;
            } else if (ch == '[') {
                inClass = true;
            } else if (ch == '{') {
                int close = re.indexOf('}', k);
                k = close < 0 ? re.length() : close; // a quantifier's bounds are not text
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (depth == 0 && (Character.isLetterOrDigit(ch) || "-:/'&".indexOf(ch) >= 0)) {
                literal = true;
            }
            boolean quantified = next == '?' || next == '*' || next == '{' || next == '+';
            if (literal && !quantified) {
                run.append(Character.toLowerCase(lit));
            } else {
                if (run.length() > 0 && (best == null || run.length() > best.length())) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        if (run.length() > 0 && (best == null || run.length() > best.length())) {
            best = run.toString();
        }
        return best;
    }

    /** Whether every match holds a digit: a top-level {@code \\d} or {@code [0-9]} that is not optional. */
    static boolean requiresDigit(String re) {
        if (topLevelBar(re)) {
            return false;
        }
        int depth = 0;
        for (int k = 0; k < re.length(); k++) {
            char ch = re.charAt(k);
            if (ch == '\\' && k + 1 < re.length()) {
                if (re.charAt(k + 1) == 'd' && depth == 0) {
                    char after = k + 2 < re.length() ? re.charAt(k + 2) : 0;
                    if (after != '?' && after != '*' && !(after == '{' && re.startsWith("{0", k + 2))) {
                        return true;
                    }
                }
                k++;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == '[' && re.startsWith("[0-9]", k) && depth == 0) {
                char after = k + 5 < re.length() ? re.charAt(k + 5) : 0;
                if (after != '?' && after != '*') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean topLevelBar(String re) {
        return splitTopLevel(re).size() > 1;
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

    private List<Element> parseElement(String file, int line, String spec) {
        if ((spec.startsWith("<!") || spec.startsWith("<=")) && spec.length() > 2) {
            List<Element> inner = parseElement(file, line, spec.substring(2));
            if (inner.size() != 1 || inner.get(0).optional() || inner.get(0).negated() || inner.get(0) instanceof Element.MentionRef) {
                throw new GrammarException(file, line, "'" + spec + "': a look-behind takes one word, lexicon or /regex/");
            }
            return List.of(new Element.Behind(inner.get(0), spec.startsWith("<=")));
        }
        boolean negated = false;
        boolean optional = false;
        String s = spec;
        if (s.length() > 1 && s.startsWith("!")) {
            negated = true;
            s = s.substring(1);
        }
        if (s.length() > 1 && s.endsWith("?")) {
            optional = true;
            s = s.substring(0, s.length() - 1);
        }
        boolean capital = false;
        if (s.length() > 1 && s.endsWith("^") && s.startsWith("{")) {
            capital = true;
            s = s.substring(0, s.length() - 1);
        }
        if (negated && optional) {
            throw new GrammarException(file, line, "'" + spec + "' cannot be both negated and optional");
        }
        if (s.startsWith("{")) {
            int close = s.indexOf('}');
            if (close < 0 || close != s.length() - 1) {
                throw new GrammarException(file, line, "bad lexicon reference '" + spec + "' (write {name} or {name@alias})");
            }
            if (s.substring(1, close).split("@", 2)[0].contains(".") && !s.contains("@")) {
                throw new GrammarException(file, line, "lexicon '" + s.substring(1, close)
                        + "' has a dot in its name: give the capture a name, {" + s.substring(1, close) + "@name}");
            }
            String[] p = s.substring(1, close).split("@", 2);
            Lexicon lex = lexicons.get(p[0]);
            if (lex == null) {
                throw new GrammarException(file, line, "unknown lexicon '" + p[0] + "' (lexicons are defined before use)");
            }
            return List.of(new Element.LexRef(lex, capital, optional, negated, p.length > 1 ? p[1] : null));
        }
        if (s.startsWith("<") && s.length() > 2) {
            int close = s.indexOf('>');
            if (close != s.length() - 1) {
                throw new GrammarException(file, line, "bad mention reference '" + spec + "' (write <kind> or <kind|kind@alias>)");
            }
            String[] p = s.substring(1, close).split("@", 2);
            String[] kf = p[0].split(":", 2);
            Set<String> cats = new LinkedHashSet<>(List.of(kf[0].split("\\|")));
            Set<String> req = kf.length > 1 ? Set.of(kf[1].split("\\|")) : Set.of();
            return List.of(new Element.MentionRef(Set.copyOf(cats), req, optional, negated, p.length > 1 ? p[1] : null));
        }
        if (s.startsWith("/") && s.length() > 2) {
            int close = s.lastIndexOf('/');
            if (close == 0) {
                throw new GrammarException(file, line, "unterminated /regex/ '" + spec + "'");
            }
            String re = s.substring(1, close);
            String rest = s.substring(close + 1);
            String alias = null;
            if (rest.startsWith("@")) {
                alias = rest.substring(1);
            } else if (!rest.isEmpty()) {
                throw new GrammarException(file, line, "unexpected '" + rest + "' after /regex/");
            }
            Pattern p;
            try {
                p = Pattern.compile(re, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new GrammarException(file, line, "bad regex /" + re + "/: " + e.getDescription());
            }
            List<String> groups = new ArrayList<>();
            Matcher gm = GROUP_NAME.matcher(re);
            while (gm.find()) {
                groups.add(gm.group(1));
            }
            boolean digitFirst = digitFirst(re);
            return List.of(new Element.TokenRegex(p, List.copyOf(groups), digitFirst, requiredLiteral(re),
                    requiresDigit(re), RegexNeeds.of(re), optional, negated, alias));
        }
        // literals
        String alias = null;
        int at = s.lastIndexOf('@');
        if (at > 0) {
            alias = s.substring(at + 1);
            s = s.substring(0, at);
        }
        boolean caseSensitive = false;
        Set<String> words = new LinkedHashSet<>();
        List<String> multi = null;
        for (String w : s.split("\\|")) {
            String word = w;
            if (word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"")) {
                caseSensitive = true;
                word = word.substring(1, word.length() - 1);
            }
            if (word.isEmpty()) {
                throw new GrammarException(file, line, "empty literal in '" + spec + "'");
            }
            List<Token> toks = Tokenizer.tokenize(TextNormalizer.fold(word));
            if (toks.size() != 1 && !word.equals("'s")) { // 's is one token after a word
                if (s.contains("|") || caseSensitive) {
                    throw new GrammarException(file, line, "'" + word + "' is several tokens; split it or use a lexicon");
                }
                multi = toks.stream().map(Token::text).toList();
            }
            words.add(caseSensitive ? word : word.toLowerCase(Locale.ROOT));
        }
        if (multi != null) {
            if (optional || negated || alias != null) {
                throw new GrammarException(file, line, "'" + s + "' is several tokens; write them as separate items");
            }
            List<Element> seq = new ArrayList<>();
            for (String t : multi) {
                seq.add(new Element.Literal(Set.of(t.toLowerCase(Locale.ROOT)), false, false, false, null));
            }
            return seq;
        }
        return List.of(new Element.Literal(Set.copyOf(words), caseSensitive, optional, negated, alias));
    }
}

package io.dateline.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    private final RuleParser ruleParser = new RuleParser(lexicons);

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
        return new Grammar(lexicons, ruleParser.rules());
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
                case "lexicon" -> LexiconParser.parse(file, startLine, head, body, bodyLines, lexicons);
                case "rule" -> ruleParser.parse(file, startLine, head, body, bodyLines);
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
}

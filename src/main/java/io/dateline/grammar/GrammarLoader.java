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
    private final FrameVocabulary vocabulary = new FrameVocabulary();
    private final RuleParser ruleParser = new RuleParser(lexicons, vocabulary);

    /** A loader that knows the built-in frame vocabulary ({@link FrameVocabulary#BUILT_IN}) and no rules yet. */
    public GrammarLoader() {
        vocabulary.read(FrameVocabulary.BUILT_IN, readResource(FrameVocabulary.BUILT_IN, FrameVocabulary.BUILT_IN));
    }

    /** Loads every {@code *.rules} file under each directory, directories in the order given. */
    public static Grammar loadDirectories(List<Path> dirs) {
        GrammarLoader loader = new GrammarLoader();
        for (Path dir : dirs) {
            loader.addDirectory(dir);
        }
        return loader.build();
    }

    public GrammarLoader addDirectory(Path dir) {
        if (!Files.exists(dir)) {
            throw new GrammarException(dir.toString(), 0, "no such folder (a grammar is a folder of .rules files)");
        }
        if (!Files.isDirectory(dir)) {
            throw new GrammarException(dir.toString(), 0, "not a folder (a grammar is a folder of .rules files)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rules") || p.toString().endsWith(".frames")).sorted().toList();
        } catch (IOException e) {
            throw new GrammarException(dir.toString(), 0, "cannot list: " + e.getMessage());
        }
        // the folder's own kinds and fields first, then its rules in path order
        List<Path> ordered = new ArrayList<>(files.stream().filter(p -> p.toString().endsWith(".frames")).toList());
        ordered.addAll(files.stream().filter(p -> p.toString().endsWith(".rules")).toList());
        for (Path f : ordered) {
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".frames")) {
                    addVocabulary(f.toString(), text);
                } else {
                    addSource(f.toString(), text);
                }
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
            addSource(p[0], readResource(base + p[0], p[0]), true);
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
        return new Grammar(lexicons, ruleParser.rules(), vocabulary.copy());
    }

    /** Adds the kinds and fields of one {@code .frames} file (see {@link FrameVocabulary}) for the rules read after it. */
    public GrammarLoader addVocabulary(String file, String text) {
        vocabulary.read(file, text);
        return this;
    }

    /** Parses one file's text (a user's grammar: its regexes get a read budget, see {@link Grammar#USER_REGEX_READS}). */
    public GrammarLoader addSource(String file, String text) {
        return addSource(file, text, false);
    }

    private GrammarLoader addSource(String file, String text, boolean builtIn) {
        Statements.read(file, text, "a lexicon or rule", (head, startLine, body, bodyLines) -> {
            switch (head[0]) {
                case "lexicon" -> LexiconParser.parse(file, startLine, head, body, bodyLines, lexicons);
                case "rule" -> ruleParser.parse(file, startLine, head, body, bodyLines, builtIn);
                default -> throw new GrammarException(file, startLine,
                        "expected 'lexicon NAME' or 'rule ID', found '" + head[0] + "'");
            }
        });
        return this;
    }
}

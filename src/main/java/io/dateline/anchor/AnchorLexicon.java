package io.dateline.anchor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists of {@code grammars/<lang>/anchor.lexicon} (lexicon syntax of the rule files:
 * {@code lexicon NAME} then indented {@code VALUE: form | form} lines). Package-private;
 * loaded once.
 */
final class AnchorLexicon {

    /** The English list shipped in the jar. */
    static final String ENGLISH = "grammars/en/anchor.lexicon";

    private final Map<String, Map<String, String>> lexicons;

    private AnchorLexicon(Map<String, Map<String, String>> lexicons) {
        this.lexicons = lexicons;
    }

    private static final class Holder {
        static final AnchorLexicon EN = load(ENGLISH);
    }

    static AnchorLexicon english() {
        return Holder.EN;
    }

    static AnchorLexicon load(String resource) {
        try (InputStream in = AnchorLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnchorLexicon parse(List<String> lines, String name) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (body.isBlank()) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            if (!Character.isWhitespace(body.charAt(0))) {
                String[] w = body.split("\\s+");
                if (w.length != 2 || !w[0].equals("lexicon")) {
                    throw new IllegalArgumentException(where + "expected 'lexicon NAME'");
                }
                current = new LinkedHashMap<>();
                out.put(w[1], current);
                continue;
            }
            int colon = body.indexOf(':');
            if (current == null || colon < 0) {
                throw new IllegalArgumentException(where + "expected 'VALUE: form | form' inside a lexicon");
            }
            String value = body.substring(0, colon).strip();
            for (String f : body.substring(colon + 1).split("\\|")) {
                String form = f.strip().toLowerCase(Locale.ROOT);
                if (!form.matches("[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)*")) {
                    throw new IllegalArgumentException(where + "a form is letters (and single spaces): '" + f.strip() + "'");
                }
                current.put(form, value);
            }
        }
        return new AnchorLexicon(out);
    }

    /** True when the file holds the lexicon. */
    boolean has(String lexicon) {
        return lexicons.containsKey(lexicon);
    }

    /** form → value of a lexicon. */
    Map<String, String> forms(String lexicon) {
        Map<String, String> m = lexicons.get(lexicon);
        if (m == null) {
            throw new IllegalStateException("no lexicon '" + lexicon + "' in the anchor lexicon");
        }
        return m;
    }

    /**
     * A regular expression (no groups) matching any form of the lexicon, longest first, with
     * inner spaces matching any run of white space.
     */
    String alternation(String lexicon) {
        List<String> forms = new ArrayList<>(forms(lexicon).keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < forms.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(forms.get(i).replace(" ", "\\s+"));
        }
        return sb.append(')').toString();
    }

    /**
     * The languages that bring {@code grammars/<lang>/anchor.lexicon} on the class path, in the
     * order of ISO 639 codes: adding a language folder is all it takes.
     */
    static List<String> languages() {
        List<String> out = new ArrayList<>();
        for (String lang : java.util.Locale.getISOLanguages()) {
            try (InputStream probe = AnchorLexicon.class.getClassLoader().getResourceAsStream(resource(lang))) {
                if (probe != null) {
                    out.add(lang);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    /** The class-path resource of a language's anchor lexicon. */
    static String resource(String lang) {
        return "grammars/" + lang + "/anchor.lexicon";
    }
}

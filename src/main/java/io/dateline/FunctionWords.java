package io.dateline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The quick check before the language detector: the share of a text's words that are the
 * commonest function words of each language Dateline has a folder for ({@code
 * grammars/LANGUAGES}, each folder's {@code function-words.txt}). English news is a quarter to
 * a third such words in its first thousand characters; a German, French or Spanish text is a small fraction of English ones. When
 * English is plainly the text's language, the detector (and its models, seconds to load) is
 * never needed; any other text, or one the check cannot call, goes to the detector as before.
 * The words are data in each language's folder; nothing here names a language but the default.
 */
final class FunctionWords {

    /** The least share of English function words for the check to call a text English. */
    static final double MIN_SHARE = 0.15;

    /** How many times the next language's share English must reach. */
    static final double MIN_RATIO = 3.0;

    /** The fewest words the check looks at: below that, the detector decides. */
    static final int MIN_WORDS = 6;

    private static final Map<String, Set<String>> WORDS = load();

    private FunctionWords() {
    }

    /** English when the text's function words say so plainly; else null (ask the detector). */
    static LanguageChoice plainlyEnglish(String prefix) {
        Set<String> en = WORDS.get("en");
        if (en == null) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        int i = 0;
        int n = prefix.length();
        while (i < n) {
            int c = prefix.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(prefix.codePointAt(i))) {
                i += Character.charCount(prefix.codePointAt(i));
            }
            String w = prefix.substring(start, i).toLowerCase(Locale.ROOT);
            words++;
            for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    counts.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        double english = counts.getOrDefault("en", 0) / (double) words;
        double other = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals("en")) {
                other = Math.max(other, e.getValue() / (double) words);
            }
        }
        if (english >= MIN_SHARE && english >= MIN_RATIO * other) {
            // the same measure the detector reports: the margin over the runner-up
            double margin = 1 - other / english;
            return new LanguageChoice("en", "detected", Math.round(margin * 1000) / 1000.0);
        }
        return null;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String lang : lines("grammars/LANGUAGES")) {
            List<String> ws = lines("grammars/" + lang + "/function-words.txt");
            if (!ws.isEmpty()) {
                out.put(lang, Set.copyOf(new HashSet<>(ws)));
            }
        }
        return Map.copyOf(out);
    }

    /** The non-blank, non-comment lines of a built-in resource, lower-cased; none when it is absent. */
    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = FunctionWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
        return out;
    }
}

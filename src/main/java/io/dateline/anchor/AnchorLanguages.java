package io.dateline.anchor;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of datelines and bylines in the languages other than English that bring a
 * {@code grammars/<lang>/anchor.lexicon}: their month and weekday names in every form CLDR
 * gives through ICU4J (wide and abbreviated, format and standalone; with and without the dot
 * and the accents), and lexicons merged from every language's file (time joiners "um", "à",
 * "a las"). Those languages write a day before its month ("3. Juni", "8 février", "12 de
 * mayo"), so these names are only read after a day. A language is a folder: nothing here
 * names one. Package-private; built once.
 */
final class AnchorLanguages {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final class Holder {
        static final AnchorLanguages ALL = load();
    }

    /** Languages with an anchor lexicon, English first. */
    private final List<String> languages;
    /** Lexicons of every language's anchor lexicon, merged. */
    private final Map<String, Map<String, String>> merged;
    /** Month form (lower case, no dot) → month, of the languages other than English. */
    private final Map<String, Integer> months;
    /** Weekday forms of the languages other than English. */
    private final Set<String> weekdays;

    private AnchorLanguages(List<String> languages, Map<String, Map<String, String>> merged,
                            Map<String, Integer> months, Set<String> weekdays) {
        this.languages = languages;
        this.merged = merged;
        this.months = months;
        this.weekdays = weekdays;
    }

    static AnchorLanguages all() {
        return Holder.ALL;
    }

    private static AnchorLanguages load() {
        List<String> langs = new ArrayList<>(AnchorLexicon.languages());
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        langs.sort(Comparator.comparing(l -> !l.equals("en")));
        Map<String, Integer> months = new LinkedHashMap<>();
        Set<String> weekdays = new LinkedHashSet<>();
        for (String lang : langs) {
            AnchorLexicon lex = lang.equals("en") ? AnchorLexicon.english() : AnchorLexicon.load(AnchorLexicon.resource(lang));
            for (String name : new String[] {"anchor.time.joiner", "anchor.time.after", "anchor.time.hour"}) {
                if (lex.has(name)) {
                    lex.forms(name).forEach((f, v) -> merged.computeIfAbsent(name, k -> new LinkedHashMap<>()).putIfAbsent(f, v));
                }
            }
            if (lang.equals("en")) {
                continue;
            }
            DateFormatSymbols sym = DateFormatSymbols.getInstance(new ULocale(lang));
            for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = sym.getMonths(ctx, width);
                    for (int i = 0; i < Math.min(12, names.length); i++) {
                        for (String f : forms(names[i])) {
                            months.putIfAbsent(f, i + 1);
                        }
                    }
                    for (String day : sym.getWeekdays(ctx, width)) {
                        for (String f : forms(day)) {
                            weekdays.add(f);
                        }
                    }
                }
            }
        }
        return new AnchorLanguages(List.copyOf(langs), merged, months, weekdays);
    }

    /** A CLDR name as matched: lower case, no final dot; also without its accents. */
    private static List<String> forms(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        String f = Normalizer2.getNFCInstance().normalize(name.strip().toLowerCase(Locale.ROOT));
        while (f.endsWith(".")) {
            f = f.substring(0, f.length() - 1);
        }
        if (f.length() < 3 || !f.codePoints().allMatch(Character::isLetter)) {
            return out;
        }
        out.add(f);
        String bare = MARKS.matcher(NFD.normalize(f)).replaceAll("");
        if (!bare.equals(f)) {
            out.add(bare);
        }
        return out;
    }

    /** The month a name of one of these languages gives, or null. */
    Integer month(String word) {
        String w = Normalizer2.getNFCInstance().normalize(word.strip().toLowerCase(Locale.ROOT));
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return months.get(w);
    }

    /** Regex (no groups) of the month names, longest first; a dot may follow. */
    String monthAlternation() {
        return alternation(months.keySet()) + "(?![\\p{L}\\p{M}])\\.?";
    }

    /** Regex (no groups) of the weekday names, longest first; a dot may follow. */
    String weekdayAlternation() {
        return alternation(weekdays) + "(?![\\p{L}\\p{M}])\\.?";
    }

    /** Regex (no groups) of a lexicon merged from every language's file, or a never-matching one. */
    String lexicon(String name) {
        Map<String, String> m = merged.get(name);
        return m == null || m.isEmpty() ? "(?!)" : alternation(m.keySet());
    }

    private static String alternation(Set<String> forms) {
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i > 0 ? "|" : "").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        return sb.append(')').toString();
    }

    /** Languages that bring an anchor lexicon, English first. */
    List<String> languages() {
        return languages;
    }
}

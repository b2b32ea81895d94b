package io.dateline.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels a page writes before a date ("Published", "Last updated on", "Veröffentlicht am",
 * "Dernière mise à jour", "Actualizado"): the {@code anchor.label} lexicon of every
 * {@code grammars/<lang>/anchor.lexicon} on the class path, so a language brings its labels in
 * its own folder. Also the words joining the ends of a date range. Package-private.
 */
final class DateLabels {

    /** What a label says of the date after it. */
    enum Says { PUBLISHED, UPDATED, DATE }

    private static final class Holder {
        static final DateLabels ALL = load();
    }

    private final Map<String, Says> forms;
    private final Pattern prefix;
    private final Pattern rangeEnd;

    private DateLabels(Map<String, Says> forms, List<String> joiners) {
        this.forms = forms;
        List<String> sorted = new ArrayList<>(forms.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String f : sorted) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
        }
        this.prefix = Pattern.compile("^[\\s\\p{Pd}|•·(\\[]*(?<label>" + alt + ")(?![\\p{L}\\p{M}])[ \\t]*[:：\\-–—]?[ \\t]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        StringBuilder j = new StringBuilder("[-–—]");
        for (String w : joiners) {
            j.append('|').append(Pattern.quote(w));
        }
        // a day (not a time's minutes), perhaps with its month, then a joiner just before the
        // date: "vom 24. April bis ", "14. - "
        this.rangeEnd = Pattern.compile("(?<![\\d:])\\d{1,2}[.º°]?(?:\\s+\\p{L}+\\.?)?\\s*(?:" + j + ")\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static DateLabels all() {
        return Holder.ALL;
    }

    private static DateLabels load() {
        Map<String, Says> forms = new LinkedHashMap<>();
        List<String> joiners = new ArrayList<>();
        for (String lang : AnchorLexicon.languages()) {
            String resource = AnchorLexicon.resource(lang);
            AnchorLexicon lex = AnchorLexicon.load(resource);
            if (lex.has("anchor.label")) {
                for (Map.Entry<String, String> e : lex.forms("anchor.label").entrySet()) {
                    Says says;
                    try {
                        says = Says.valueOf(e.getValue().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException bad) {
                        throw new IllegalArgumentException(resource + ": anchor.label value '" + e.getValue()
                                + "' is not one of published, updated, date");
                    }
                    forms.putIfAbsent(e.getKey(), says);
                }
            }
            if (lex.has("anchor.range.joiner")) {
                joiners.addAll(lex.forms("anchor.range.joiner").keySet());
            }
        }
        return new DateLabels(forms, joiners);
    }

    /** The label a text starts with, or null. */
    Label at(String text) {
        Matcher m = prefix.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String label = m.group("label");
        return new Label(label, forms.get(label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")), m.end());
    }

    /** True when the text before a date ends with the start of a range ("vom 24. April bis "). */
    boolean closesRange(String before) {
        String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
        return rangeEnd.matcher(tail).find();
    }

    /** Label alternatives for one kind, for a larger pattern (no groups). */
    String alternation(Says... kinds) {
        List<String> sorted = new ArrayList<>();
        for (Map.Entry<String, Says> e : forms.entrySet()) {
            if (List.of(kinds).contains(e.getValue())) {
                sorted.add(e.getKey());
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            alt.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        return alt.append(')').toString();
    }

    /**
     * A label found at the start of a text.
     *
     * @param text as written
     * @param says what it says of the date
     * @param end  where the date may start
     */
    record Label(String text, Says says, int end) {
    }
}

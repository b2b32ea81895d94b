package io.dateline.grammar;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Date rules written from a locale's own CLDR date patterns: the long, medium and full
 * patterns ("d. MMMM y", "d 'de' MMMM 'de' y", "EEEE d MMMM y") become patterns over tokens
 * with the month and weekday lexicons of {@link CldrLexicons}, also without their year and
 * without their day; the short pattern ("dd.MM.yy", "dd/MM/y") gives the numeric date in the
 * locale's order. Nothing here knows a language: the same code serves every CLDR locale.
 */
public final class CldrDateRules {

    private static final Pattern FIELD = Pattern.compile("'([^']*)'|([A-Za-z])\\2*|(\\s+)|(.)");

    private CldrDateRules() {
    }

    /** Rule statements for {@code locale}, ids {@code cldr.date.*}. */
    public static String source(ULocale locale) {
        StringBuilder out = new StringBuilder("# generated from the CLDR date patterns of " + locale + "\n");
        Map<String, String> rules = new LinkedHashMap<>();
        for (int style : new int[] {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM}) {
            List<String> items = items(pattern(locale, style));
            if (items == null) {
                continue;
            }
            put(rules, items);
            put(rules, without(items, "weekday", false));
            put(rules, without(items, "year", true));
            put(rules, without(without(items, "weekday", false), "year", true));
            put(rules, without(without(items, "weekday", false), "day", false));
        }
        int k = 0;
        for (Map.Entry<String, String> e : rules.entrySet()) {
            if (!e.getKey().contains("{cldr.month")) {
                continue;
            }
            out.append("rule cldr.date.pattern").append(++k).append('\n')
                    .append("  match ").append(e.getKey()).append('\n')
                    .append("  emit  kind=date ").append(e.getValue()).append("\n\n");
        }
        String shortRegex = numeric(pattern(locale, DateFormat.SHORT));
        if (shortRegex != null) {
            out.append("rule cldr.date.numeric\n  match /").append(shortRegex.replace("YEAR", "(?<year>\\d{4})"))
                    .append("/\n  emit  kind=date year=$year month=$month day=$day\n\n");
            out.append("rule cldr.date.numeric2\n  match /").append(shortRegex.replace("YEAR", "(?<year2>\\d{2})"))
                    .append("/\n  emit  kind=date year2=$year2 month=$month day=$day\n\n");
            String noYear = withoutYear(shortRegex, locale);
            if (noYear != null) {
                out.append("rule cldr.date.numeric.noyear\n  match /").append(noYear)
                        .append("/\n  emit  kind=date month=$month day=$day\n\n");
            }
        }
        return out.toString();
    }

    private static void put(Map<String, String> rules, List<String> items) {
        if (items == null) {
            return;
        }
        String match = String.join(" ", items);
        StringBuilder emit = new StringBuilder();
        for (String f : new String[] {"year", "month", "day", "weekday"}) {
            if (match.contains("<" + f + ">") || match.contains("@" + f + "}")) {
                emit.append(f).append("=$").append(f).append(' ');
            }
        }
        rules.putIfAbsent(match, emit.toString().strip());
    }

    /**
     * The day and month of the short pattern without the year ("22.04", "29/2"), with day and
     * month in their ranges; null when the separator is the locale's decimal separator (a
     * "3.5" would then be a number).
     */
    static String withoutYear(String regex, ULocale locale) {
        String r = regex.replaceAll("\\\\.YEAR|YEAR\\\\.", "");
        if (r.contains("YEAR") || r.indexOf("(?<day>") < 0 || r.indexOf("(?<month>") < 0) {
            return null;
        }
        String sep = String.valueOf(com.ibm.icu.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
        if (r.contains("\\" + sep)) {
            return null;
        }
        return r.replace("(?<day>\\d{1,2})", "(?<day>0?[1-9]|[12]\\d|3[01])")
                .replace("(?<month>\\d{1,2})", "(?<month>0?[1-9]|1[0-2])");
    }

    static String pattern(ULocale locale, int style) {
        DateFormat f = DateFormat.getDateInstance(style, locale);
        return f instanceof SimpleDateFormat s ? s.toPattern() : null;
    }

    /** The pattern as rule items, or null when it holds a field the rules do not read (an era). */
    static List<String> items(String pattern) {
        if (pattern == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = FIELD.matcher(pattern);
        while (m.find()) {
            if (m.group(1) != null) {
                for (String w : m.group(1).strip().split("\\s+")) {
                    if (!w.isEmpty() && w.codePoints().allMatch(Character::isLetter)) {
                        out.add(w.toLowerCase(Locale.ROOT) + "?");
                    }
                }
            } else if (m.group(2) != null) {
                String f = m.group();
                char c = f.charAt(0);
                switch (c) {
                    case 'd' -> out.add("/(?<day>\\d{1,2})(?:er|º|°|o)?/");
                    case 'y' -> out.add("/(?<year>\\d{4})/");
                    case 'M', 'L' -> out.add(f.length() >= 3 ? "{cldr.month@month}" : "/(?<month>\\d{1,2})/");
                    case 'E', 'c' -> out.add("{cldr.weekday@weekday}");
                    default -> {
                        return null;
                    }
                }
            } else if (m.group(4) != null) {
                String p = m.group(4);
                if (p.equals(",") || p.equals(".")) {
                    out.add(p + "?");
                }
            }
        }
        return out;
    }

    /**
     * The items without one field, together with the words and punctuation that join it to its
     * neighbour ({@code before}: those in front of it, else those after it); null when absent.
     */
    static List<String> without(List<String> items, String field, boolean before) {
        if (items == null) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).contains("<" + field + ">") || items.get(i).contains("@" + field + "}")) {
                at = i;
            }
        }
        if (at < 0) {
            return field.equals("weekday") ? items : null;
        }
        List<String> out = new ArrayList<>(items);
        out.remove(at);
        if (before) {
            while (at > 0 && out.get(at - 1).endsWith("?")) {
                out.remove(--at);
            }
        } else {
            while (at < out.size() && out.get(at).endsWith("?") && !out.get(at).startsWith("{")) {
                out.remove(at);
            }
        }
        if (at == 0 || !before) {
            while (!out.isEmpty() && out.get(0).endsWith("?") && !out.get(0).startsWith("{")) {
                out.remove(0);
            }
        }
        return out;
    }

    /** One-token regex of the short pattern ("dd.MM.yy" to {@code \d{1,2}\.\d{1,2}\.YEAR}), or null. */
    static String numeric(String pattern) {
        if (pattern == null) {
            return null;
        }
        StringBuilder re = new StringBuilder();
        java.util.regex.Matcher m = FIELD.matcher(pattern);
        int fields = 0;
        while (m.find()) {
            if (m.group(2) != null) {
                switch (m.group().charAt(0)) {
                    case 'd' -> re.append("(?<day>\\d{1,2})");
                    case 'M' -> re.append("(?<month>\\d{1,2})");
                    case 'y' -> re.append("YEAR");
                    default -> {
                        return null;
                    }
                }
                fields++;
            } else if (m.group(4) != null) {
                re.append('\\').append(m.group(4));
            } else {
                return null;
            }
        }
        return fields == 3 ? re.toString() : null;
    }
}

package io.dateline.grammar;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CLDR word lists of one language, read from ICU4J at load and written out as lexicon
 * statements (the syntax of the {@code .rules} files), so the language-neutral floor rules
 * ({@code grammars/cldr}) and a language's own folder use them like any lexicon. Every name
 * starts with {@code cldr.}; the values are those the English lexicons use (months 1-12,
 * weekdays 1 = Monday, offsets in days, unit names, {@code MO AF EV NI} for parts of day).
 * The date rules that follow the locale's own patterns are in {@link CldrDateRules}.
 */
public final class CldrLexicons {

    /** The ICU4J version the data comes from (its CLDR release is {@code ICU_VERSION}'s). */
    public static final String ICU_VERSION = VersionInfo.ICU_VERSION.toString();

    /** What no text ever holds: the one form of a lexicon CLDR has nothing for. */
    static final String NEVER = "zzcldrnone";

    private CldrLexicons() {
    }

    /** Lexicon statements for {@code locale}: {@code cldr.month}, {@code cldr.weekday}, ... */
    public static String source(ULocale locale) {
        StringBuilder out = new StringBuilder("# generated from CLDR (ICU4J " + ICU_VERSION + ") for " + locale + "\n");
        DateFormatSymbols s = DateFormatSymbols.getInstance(locale);
        Map<String, Set<String>> month = new LinkedHashMap<>();
        Map<String, Set<String>> monthWide = new LinkedHashMap<>();
        for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] wide = s.getMonths(ctx, DateFormatSymbols.WIDE);
            String[] abbr = s.getMonths(ctx, DateFormatSymbols.ABBREVIATED);
            for (int m = 0; m < 12; m++) {
                add(monthWide, String.valueOf(m + 1), wide[m]);
                add(month, String.valueOf(m + 1), wide[m]);
                addAbbreviation(month, String.valueOf(m + 1), abbr[m]);
            }
        }
        Map<String, Set<String>> weekday = new LinkedHashMap<>();
        Map<String, Set<String>> weekdayAbbr = new LinkedHashMap<>();
        for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] wide = s.getWeekdays(ctx, DateFormatSymbols.WIDE);
            String[] abbr = s.getWeekdays(ctx, DateFormatSymbols.ABBREVIATED);
            for (int d = 1; d <= 7; d++) {
                String v = String.valueOf(d == 1 ? 7 : d - 1);
                add(weekday, v, wide[d]);
                addAbbreviation(weekdayAbbr, v, abbr[d]);
            }
        }
        lexicon(out, "cldr.month", month);
        lexicon(out, "cldr.month.wide", monthWide);
        lexicon(out, "cldr.weekday", weekday);
        lexicon(out, "cldr.weekday.abbr", weekdayAbbr);
        relative(out, locale);
        lexicon(out, "cldr.pod", dayPeriods(locale));
        lexicon(out, "cldr.num", spelledNumbers(locale));
        lexicon(out, "cldr.unit", unitNames(locale));
        return out.toString();
    }

    private static void relative(StringBuilder out, ULocale locale) {
        RelativeDateTimeFormatter f = RelativeDateTimeFormatter.getInstance(locale);
        Map<String, Set<String>> days = new LinkedHashMap<>();
        Direction[] dirs = {Direction.LAST_2, Direction.LAST, Direction.THIS, Direction.NEXT, Direction.NEXT_2};
        for (int k = 0; k < dirs.length; k++) {
            add(days, String.valueOf(k - 2), f.format(dirs[k], AbsoluteUnit.DAY));
        }
        lexicon(out, "cldr.reldays", days);
        Map<String, Set<String>> now = new LinkedHashMap<>();
        add(now, "PRESENT_REF", f.format(Direction.PLAIN, AbsoluteUnit.NOW));
        lexicon(out, "cldr.now", now);
        AbsoluteUnit[] wd = {AbsoluteUnit.MONDAY, AbsoluteUnit.TUESDAY, AbsoluteUnit.WEDNESDAY, AbsoluteUnit.THURSDAY,
                AbsoluteUnit.FRIDAY, AbsoluteUnit.SATURDAY, AbsoluteUnit.SUNDAY};
        Map<String, AbsoluteUnit> periods = new LinkedHashMap<>();
        periods.put("week", AbsoluteUnit.WEEK);
        periods.put("month", AbsoluteUnit.MONTH);
        periods.put("quarter", AbsoluteUnit.QUARTER);
        periods.put("year", AbsoluteUnit.YEAR);
        for (Direction d : new Direction[] {Direction.LAST, Direction.THIS, Direction.NEXT}) {
            String rel = d.name().toLowerCase(Locale.ROOT);
            Map<String, Set<String>> w = new LinkedHashMap<>();
            for (int k = 0; k < 7; k++) {
                add(w, String.valueOf(k + 1), f.format(d, wd[k]));
            }
            lexicon(out, "cldr.relweekday." + rel, w);
            Map<String, Set<String>> p = new LinkedHashMap<>();
            periods.forEach((unit, u) -> add(p, unit, f.format(d, u)));
            lexicon(out, "cldr.relperiod." + rel, p);
        }
        // "vor 3 Tagen", "il y a 3 jours", "hace 3 días": the words around the number
        Map<String, RelativeUnit> units = new LinkedHashMap<>();
        units.put("minute", RelativeUnit.MINUTES);
        units.put("hour", RelativeUnit.HOURS);
        units.put("day", RelativeUnit.DAYS);
        units.put("week", RelativeUnit.WEEKS);
        units.put("month", RelativeUnit.MONTHS);
        units.put("year", RelativeUnit.YEARS);
        for (Direction d : new Direction[] {Direction.LAST, Direction.NEXT}) {
            String name = d == Direction.LAST ? "cldr.ago" : "cldr.hence";
            Map<String, Set<String>> pre = new LinkedHashMap<>();
            Map<String, Set<String>> post = new LinkedHashMap<>();
            Map<String, Set<String>> postOnly = new LinkedHashMap<>();
            units.forEach((unit, u) -> {
                for (int n : new int[] {1, 2, 3, 5, 11, 21}) {
                    String t = f.format(n, d, u);
                    String num = String.valueOf(n);
                    int at = t.indexOf(num);
                    if (at < 0) {
                        continue;
                    }
                    String before = t.substring(0, at).strip();
                    String after = t.substring(at + num.length()).strip();
                    if (before.isEmpty()) {
                        add(postOnly, unit, after);
                    } else {
                        add(pre, "x", before);
                        add(post, unit, after);
                    }
                }
            });
            lexicon(out, name + ".pre", pre);
            lexicon(out, name + ".post", post);
            lexicon(out, name + ".postonly", postOnly);
        }
    }

    /** CLDR's flexible day periods ("abends", "du soir", "de la tarde") at hours that stand for each part of day. */
    private static Map<String, Set<String>> dayPeriods(ULocale locale) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        int[] hours = {7, 9, 10, 14, 16, 19, 20, 23, 2};
        String[] pods = {"MO", "MO", "MO", "AF", "AF", "EV", "EV", "NI", "NI"};
        for (String p : new String[] {"BBBB", "B"}) {
            SimpleDateFormat f = new SimpleDateFormat(p, locale);
            for (int k = 0; k < hours.length; k++) {
                java.util.Calendar c = new java.util.GregorianCalendar(2024, 0, 1, hours[k], 0);
                String t = f.format(c.getTime());
                if (!t.isBlank() && !t.chars().anyMatch(Character::isDigit) && !claimed(out, t)) {
                    add(out, pods[k], t);
                }
            }
        }
        return out;
    }

    private static boolean claimed(Map<String, Set<String>> lex, String form) {
        String f = io.dateline.text.TextNormalizer.fold(form.strip()).toLowerCase(Locale.ROOT).strip();
        return lex.values().stream().anyMatch(s -> s.contains(f));
    }

    /** 0..100 spelled out by every cardinal rule set of the locale's RuleBasedNumberFormat. */
    private static Map<String, Set<String>> spelledNumbers(ULocale locale) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (String set : f.getRuleSetNames()) {
            if (!set.startsWith("%spellout-cardinal") && !set.equals("%spellout-numbering")) {
                continue;
            }
            f.setDefaultRuleSet(set);
            for (int n = 1; n <= 100; n++) {
                String t = f.format(n);
                if (!claimed(out, t)) {
                    add(out, String.valueOf(n), t);
                }
            }
        }
        return out;
    }

    /** Names of the time units, singular and plural, from CLDR's unit data ("Tag", "Tagen", "jours", "días"). */
    private static Map<String, Set<String>> unitNames(ULocale locale) {
        Map<String, MeasureUnit> units = new LinkedHashMap<>();
        units.put("second", MeasureUnit.SECOND);
        units.put("minute", MeasureUnit.MINUTE);
        units.put("hour", MeasureUnit.HOUR);
        units.put("day", MeasureUnit.DAY);
        units.put("week", MeasureUnit.WEEK);
        units.put("month", MeasureUnit.MONTH);
        units.put("year", MeasureUnit.YEAR);
        units.put("century", MeasureUnit.CENTURY);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        MeasureFormat f = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
        units.forEach((name, u) -> {
            for (int n : new int[] {1, 2, 3, 5, 11, 21}) {
                String t = f.format(new Measure(n, u));
                String num = String.valueOf(n);
                int at = t.indexOf(num);
                if (at >= 0) {
                    String rest = (t.substring(0, at) + " " + t.substring(at + num.length())).strip();
                    if (!claimed(out, rest)) {
                        add(out, name, rest);
                    }
                }
            }
        });
        return out;
    }

    private static void addAbbreviation(Map<String, Set<String>> lex, String value, String abbr) {
        String a = abbr.strip();
        Set<String> known = lex.getOrDefault(value, Set.of());
        if (known.contains(a.toLowerCase(Locale.ROOT))) {
            return; // "Juni" is the whole name: no "Juni." to take a sentence's full stop
        }
        if (a.endsWith(".")) {
            add(lex, value, a);
        } else if (a.length() >= 3) {
            add(lex, value, a + ".");
        }
    }

    private static void add(Map<String, Set<String>> lex, String value, String form) {
        if (form == null) {
            return;
        }
        String f = io.dateline.text.TextNormalizer.fold(form.strip().replace("\u00ad", "").replace('|', ' ').replace('#', ' ')).toLowerCase(Locale.ROOT).strip();
        if (!f.isEmpty() && f.codePoints().anyMatch(Character::isLetter)) {
            Set<String> forms = lex.computeIfAbsent(value, k -> new LinkedHashSet<>());
            forms.add(f);
            // the same word typed without its accents ("fevrier", "marz"), as text often is
            String plain = java.text.Normalizer.normalize(f, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            forms.add(plain);
        }
    }

    private static void lexicon(StringBuilder out, String name, Map<String, Set<String>> lex) {
        out.append("lexicon ").append(name).append('\n');
        Set<String> seen = new LinkedHashSet<>();
        boolean any = false;
        for (Map.Entry<String, Set<String>> e : lex.entrySet()) {
            Set<String> forms = new LinkedHashSet<>();
            for (String f : e.getValue()) {
                if (seen.add(f)) {
                    forms.add(f);
                }
            }
            if (!forms.isEmpty()) {
                out.append("  ").append(e.getKey()).append(": ").append(String.join(" | ", forms)).append('\n');
                any = true;
            }
        }
        if (!any) {
            out.append("  none: ").append(NEVER).append('\n');
        }
        out.append('\n');
    }
}

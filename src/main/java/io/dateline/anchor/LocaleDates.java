package io.dateline.anchor;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a short visible text of any language: month names in every form
 * CLDR gives (wide, abbreviated, format and standalone, so genitive forms too) from ICU4J for
 * the page's language, else from all locales; numeric dates in the order the page's locale
 * writes them (a dot means day first; {@code /} and {@code -} month first only for en-US and
 * the few locales that write so); native digits. Thread-safe; tables built once per language.
 * Package-private.
 */
final class LocaleDates {

    /** A date found, with the part of the text it was read from. */
    record Found(LocalDate date, String matched, String how, int start) {
    }

    private static final Map<String, Boolean> MONTH_FIRST = new ConcurrentHashMap<>();

    private static final String JOINER = AnchorLexicon.english().alternation("anchor.date.joiner");
    private static final String SUFFIX = AnchorLexicon.english().alternation("anchor.day.suffix");

    private static final Pattern YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:" + SUFFIX + ")?\\.?\\s*(?:" + JOINER
            + "\\s+)?(\\p{L}[\\p{L}\\p{M}]+)\\.?,?\\s*(?:" + JOINER + "\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(\\p{L}[\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2})(?:" + SUFFIX
            + ")?\\.?,?\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "7. 3. 2021": day and month each closed by a dot, a space after it. */
    private static final Pattern DOTS_SPACED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
    /** "Mar 072015": a two-digit day glued to the year. */
    private static final Pattern DAY_GLUED = Pattern.compile("(?<![\\p{L}])(\\p{L}[\\p{L}\\p{M}]+)\\.?\\s+(\\d{2})((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Sep 12 18:05 2022": the time of day between the day and the year. */
    private static final Pattern TIME_BEFORE_YEAR = Pattern.compile("(?<![\\p{L}])(\\p{L}[\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2})\\s+"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "24 نيسان / أبريل 2020": a month written in two names (two calendars' names, one month). */
    private static final Pattern TWO_NAMES = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\s*(\\p{L}[\\p{L}\\p{M}]+)\\s*/\\s*"
            + "(\\p{L}[\\p{L}\\p{M}]+)\\s*((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Map<String, Integer>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static final class All {
        static final Map<String, Integer> MONTHS = buildAll();
    }

    private LocaleDates() {
    }

    /** Native digits (Arabic-Indic, Devanagari, full-width...) as ASCII digits; other text kept. */
    static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp > 127 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * The first date in {@code text}.
     *
     * @param language the page's language tag, or null (then every locale's month names are tried
     *                 and numeric dates are read day first unless only month first makes a date)
     */
    static Found find(String text, String language) {
        String t = NFC.normalize(asciiDigits(text));
        String lang = language == null ? null : language.toLowerCase(Locale.ROOT).replace('_', '-');
        Found best = null;
        Matcher m = YMD.matcher(t);
        if (m.find()) {
            best = keep(best, make(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    "year-month-day"));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(2), lang);
            if (month != null) {
                best = keep(best, make(m, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), "day, month name, year"));
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(1), lang);
            if (month != null) {
                best = keep(best, make(m, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), "month name, day, year"));
                break;
            }
        }
        m = NUMERIC.matcher(t);
        while (m.find() && (best == null || m.start() < best.start())) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String ys = m.group(4);
            boolean yearLike = ys.length() == 4 || m.group(3).length() == 2 && Integer.parseInt(ys) <= 39;
            if (yearLike) {
                int y = ys.length() == 2 ? 2000 + Integer.parseInt(ys) : Integer.parseInt(ys);
                boolean monthFirst = !m.group(2).equals(".") && lang != null && monthFirst(lang);
                Found f = monthFirst ? make(m, y, a, b, "month first (" + lang + ")") : make(m, y, b, a, "day first");
                if (f == null) {
                    f = monthFirst ? make(m, y, b, a, "day first (only it makes a date)")
                            : make(m, y, a, b, "month first (only it makes a date)");
                }
                if (f != null) {
                    best = keep(best, f);
                    break;
                }
            }
        }
        best = lessCommon(t, lang, best);
        if (!t.chars().allMatch(c -> c < 128)) {
            for (CldrPattern cp : Lettered.ALL) {
                Matcher lm = cp.regex().matcher(t);
                if (lm.find() && (best == null || lm.start() < best.start())) {
                    int y = Integer.parseInt(lm.group(cp.order().indexOf('y') + 1));
                    int mo = Integer.parseInt(lm.group(cp.order().indexOf('M') + 1));
                    int d = Integer.parseInt(lm.group(cp.order().indexOf('d') + 1));
                    best = keep(best, make(lm, y, mo, d, "CLDR pattern " + cp.order()));
                }
            }
        }
        return best;
    }

    /** Forms the main patterns miss: spaced dots, a day glued to the year, a time before the year, two month names. */
    private static Found lessCommon(String t, String lang, Found best) {
        Matcher m = DOTS_SPACED.matcher(t);
        if (m.find()) {
            best = keep(best, make(m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    "day first, spaced dots"));
        }
        for (Pattern p : new Pattern[] {DAY_GLUED, TIME_BEFORE_YEAR}) {
            m = p.matcher(t);
            while (m.find()) {
                Integer month = month(m.group(1), lang);
                if (month != null) {
                    best = keep(best, make(m, Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)),
                            p == DAY_GLUED ? "month name, day glued to the year" : "month name, day, time, year"));
                    break;
                }
            }
        }
        m = TWO_NAMES.matcher(t);
        while (m.find()) {
            Integer a = month(m.group(2), lang);
            Integer b = month(m.group(3), lang);
            Integer month = a != null && (b == null || b.equals(a)) ? a : b != null && a == null ? b : null;
            if (month != null) {
                best = keep(best, make(m, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(1)), "day, two month names, year"));
                break;
            }
        }
        return best;
    }

    /** The one that starts first in the text. */
    /**
     * True when the locale's short numeric date pattern in CLDR puts the month before the day
     * (en-US {@code M/d/yy}; en-GB {@code dd/MM/y}, de {@code dd.MM.yy} do not).
     */
    static boolean monthFirst(String language) {
        return MONTH_FIRST.computeIfAbsent(language, l -> {
            String p = pattern(ULocale.forLanguageTag(l), com.ibm.icu.text.DateFormat.SHORT);
            int mi = p.indexOf('M');
            int di = p.indexOf('d');
            int yi = p.indexOf('y');
            return mi >= 0 && di >= 0 && mi < di && (yi < 0 || yi > mi);
        });
    }

    /** A CLDR date pattern with its quoted literals removed. */
    private static String pattern(ULocale loc, int style) {
        com.ibm.icu.text.DateFormat f = com.ibm.icu.text.DateFormat.getDateInstance(style, loc);
        String p = f instanceof com.ibm.icu.text.SimpleDateFormat sdf ? sdf.toPattern() : "";
        return p.replaceAll("'[^']*'", "");
    }

    /**
     * Numeric date patterns whose literals are letters (y年M月d日, y년 M월 d일, d. M. y. г.), from
     * the long and medium CLDR patterns of every locale, as regular expressions with the groups
     * in the pattern's order (y, M, d as letters in {@link CldrPattern#order}).
     */
    record CldrPattern(Pattern regex, String order) {
    }

    private static final class Lettered {
        static final List<CldrPattern> ALL = buildLettered();
    }

    private static List<CldrPattern> buildLettered() {
        java.util.LinkedHashMap<String, CldrPattern> out = new java.util.LinkedHashMap<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (ULocale loc : ULocale.getAvailableLocales()) {
            if (!done.add(loc.getLanguage())) {
                continue;
            }
            for (int style : new int[] {com.ibm.icu.text.DateFormat.LONG, com.ibm.icu.text.DateFormat.MEDIUM}) {
                String p = com.ibm.icu.text.DateFormat.getDateInstance(style, new ULocale(loc.getLanguage()))
                        instanceof com.ibm.icu.text.SimpleDateFormat sdf ? sdf.toPattern() : "";
                if (p.contains("MMM") || p.contains("E") || p.contains("G") || !p.matches(".*y.*") || !p.matches(".*M.*")
                        || !p.matches(".*d.*")) {
                    continue;
                }
                StringBuilder re = new StringBuilder("(?<!\\d)");
                StringBuilder order = new StringBuilder();
                boolean letters = false;
                for (int i = 0; i < p.length(); ) {
                    char c = p.charAt(i);
                    int j = i;
                    while (j < p.length() && p.charAt(j) == c) {
                        j++;
                    }
                    if (c == 'y' || c == 'M' || c == 'd') {
                        re.append(c == 'y' ? "((?:19|20)\\d{2})" : "(\\d{1,2})");
                        order.append(c);
                    } else if (c == '\'') {
                        j = p.indexOf('\'', i + 1) < 0 ? p.length() : p.indexOf('\'', i + 1) + 1;
                        String lit = p.substring(i + 1, Math.max(i + 1, j - 1));
                        letters |= lit.codePoints().anyMatch(Character::isLetter);
                        re.append(Pattern.quote(lit));
                    } else if (Character.isWhitespace(c)) {
                        re.append("\\s*");
                    } else {
                        letters |= Character.isLetter(c);
                        re.append(Pattern.quote(p.substring(i, j))).append("\\s*");
                    }
                    i = j;
                }
                if (letters && order.length() == 3) {
                    out.putIfAbsent(re.toString(), new CldrPattern(Pattern.compile(re.toString()), order.toString()));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static Found keep(Found best, Found f) {
        if (f == null) {
            return best;
        }
        return best == null || f.start() < best.start() ? f : best;
    }

    private static Found make(Matcher m, int y, int mo, int d, String how) {
        if (mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
            return null;
        }
        return new Found(LocalDate.of(y, mo, d), m.group(), how, m.start());
    }

    /** The month a word names in the language (or in any locale), or null. */
    static Integer month(String word, String language) {
        String w = key(word);
        if (language != null) {
            String base = language.split("-")[0];
            Integer m = BY_LANGUAGE.computeIfAbsent(base, LocaleDates::build).get(w);
            if (m != null) {
                return m;
            }
        }
        Integer m = All.MONTHS.get(w);
        return m == null || m < 0 ? null : m;
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Map<String, Integer> build(String language) {
        Map<String, Integer> out = new HashMap<>();
        add(out, new ULocale(language), false);
        return out;
    }

    private static void add(Map<String, Integer> out, ULocale loc, boolean markConflicts) {
        DateFormatSymbols sym = DateFormatSymbols.getInstance(loc);
        for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] names = sym.getMonths(ctx, width);
                for (int i = 0; i < Math.min(12, names.length); i++) {
                    String k = key(NFC.normalize(names[i]));
                    if (k.length() < 3 || !k.codePoints().allMatch(Character::isLetter)) {
                        continue;
                    }
                    // the first language to name it keeps it (the most used ones are added first)
                    out.putIfAbsent(k, i + 1);
                }
            }
        }
    }

    private static Map<String, Integer> buildAll() {
        Map<String, Integer> out = new HashMap<>();
        for (String lang : List.of("en", "de", "fr", "es", "it", "pt", "nl")) {
            add(out, new ULocale(lang), true);
        }
        java.util.Set<String> done = new java.util.HashSet<>();
        for (ULocale loc : ULocale.getAvailableLocales()) {
            if (done.add(loc.getLanguage())) {
                add(out, new ULocale(loc.getLanguage()), true);
            }
        }
        return out;
    }
}

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
import java.util.Set;
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

    /** Languages whose numeric dates put the month first with / or -. */
    private static final Set<String> MONTH_FIRST = Set.of("en-us", "en-ph", "fil", "en-ca", "en-us-posix", "en-as",
            "en-gu", "en-pr", "en-um", "en-vi", "en-fm", "en-mh", "en-pw");

    private static final String JOINER = AnchorLexicon.english().alternation("anchor.date.joiner");
    private static final String SUFFIX = AnchorLexicon.english().alternation("anchor.day.suffix");

    private static final Pattern YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:" + SUFFIX + ")?\\.?\\s*(?:" + JOINER
            + "\\s+)?(\\p{L}[\\p{L}\\p{M}]+)\\.?,?\\s*(?:" + JOINER + "\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(\\p{L}[\\p{L}\\p{M}]+)\\.?\\s+(\\d{1,2})(?:" + SUFFIX
            + ")?\\.?,?\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
                boolean monthFirst = !m.group(2).equals(".") && lang != null && (MONTH_FIRST.contains(lang) || lang.equals("en"));
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
        return best;
    }

    /** The one that starts first in the text. */
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

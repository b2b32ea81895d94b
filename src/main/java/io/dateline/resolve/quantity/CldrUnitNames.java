package io.dateline.resolve.quantity;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of units and currencies in one language, from ICU4J's CLDR data: every form a
 * {@link MeasureUnit} takes under {@link NumberFormatter}'s full, short and narrow unit widths,
 * in every plural category of the language ("kilometer", "kilometers", "km"), and every name
 * of a {@link Currency} (display name, plural names, symbol: "euro", "euros", "€"). Built once per
 * locale and cached; immutable. For English the grammar's lexicons ({@code unit.measure},
 * {@code cur.name}) are checked against it; other languages (issue 20) read their unit and
 * currency words from it and add what CLDR lacks in their own lexicon.
 *
 * <p>Forms are lower-cased in the locale's root sense, with no-break and narrow spaces made
 * plain spaces. A form that names two units or two currencies keeps the first met (units in
 * ICU's order; currencies by ISO code), so the maps are reproducible.
 */
public final class CldrUnitNames {

    /** The CLDR unit types read: measurements that news writes, not durations (the time grammar's). */
    static final Set<String> TYPES = Set.of("length", "mass", "area", "volume", "speed", "temperature", "digital",
            "power", "energy", "frequency", "pressure", "consumption", "electric", "angle", "concentr");

    private static final Map<Locale, CldrUnitNames> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, String> units;
    private final Map<String, String> currencies;

    private CldrUnitNames(Locale locale) {
        this.locale = locale;
        this.units = Map.copyOf(readUnits(locale));
        this.currencies = Map.copyOf(readCurrencies(locale));
    }

    /** The names for a locale (cached). */
    public static CldrUnitNames of(Locale locale) {
        return CACHE.computeIfAbsent(locale, CldrUnitNames::new);
    }

    /** The ICU version the names come from ("79.1"). */
    public static String icuVersion() {
        VersionInfo v = VersionInfo.ICU_VERSION;
        return v.getMajor() + "." + v.getMinor();
    }

    public Locale locale() {
        return locale;
    }

    /** Written form (lower-cased) → CLDR unit id "type-subtype" ("length-kilometer"). */
    public Map<String, String> units() {
        return units;
    }

    /** Written form (lower-cased) → ISO 4217 code. */
    public Map<String, String> currencies() {
        return currencies;
    }

    /** The CLDR unit id of a written form, or null. */
    public String unit(String form) {
        return units.get(key(form));
    }

    /** The ISO 4217 code of a written currency name or symbol, or null. */
    public String currency(String form) {
        return currencies.get(key(form));
    }

    /** Every form of one CLDR unit id ("length-mile" → mile, miles, mi), sorted. */
    public Set<String> formsOf(String unitId) {
        Set<String> out = new TreeSet<>();
        units.forEach((f, id) -> {
            if (id.equals(unitId)) {
                out.add(f);
            }
        });
        return out;
    }

    private String key(String form) {
        return form == null ? null : tidy(form, locale);
    }

    private static Map<String, String> readUnits(Locale locale) {
        Map<String, String> out = new HashMap<>();
        ULocale ul = ULocale.forLocale(locale);
        double[] samples = samples(ul);
        NumberFormatter.UnitWidth[] widths = {NumberFormatter.UnitWidth.FULL_NAME, NumberFormatter.UnitWidth.SHORT,
                NumberFormatter.UnitWidth.NARROW};
        LocalizedNumberFormatter plain = NumberFormatter.withLocale(ul);
        for (String type : new TreeSet<>(MeasureUnit.getAvailableTypes())) {
            if (!TYPES.contains(type)) {
                continue;
            }
            Collection<MeasureUnit> us = MeasureUnit.getAvailable(type);
            for (MeasureUnit u : us) {
                String id = type + "-" + u.getSubtype();
                for (NumberFormatter.UnitWidth w : widths) {
                    LocalizedNumberFormatter f = NumberFormatter.withLocale(ul).unit(u).unitWidth(w);
                    for (double n : samples) {
                        String form = strip(f.format(n).toString(), plain.format(n).toString());
                        if (form != null) {
                            out.putIfAbsent(tidy(form, locale), id);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> readCurrencies(Locale locale) {
        Map<String, String> out = new HashMap<>();
        ULocale ul = ULocale.forLocale(locale);
        PluralRules rules = PluralRules.forLocale(ul);
        Set<String> codes = new TreeSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            codes.add(c.getCurrencyCode());
        }
        for (String code : codes) {
            Currency c = Currency.getInstance(code);
            put(out, c.getName(ul, Currency.LONG_NAME, null), code, locale);
            for (String kw : new TreeSet<>(rules.getKeywords())) {
                put(out, c.getName(ul, Currency.PLURAL_LONG_NAME, kw, null), code, locale);
            }
            String sym = c.getSymbol(ul);
            if (!sym.equals(code)) {
                put(out, sym, code, locale);
            }
        }
        return out;
    }

    private static void put(Map<String, String> out, String name, String code, Locale locale) {
        if (name != null && !name.isBlank()) {
            out.putIfAbsent(tidy(name, locale), code);
        }
    }

    /** One number in each plural category of the language (1, 2, 5, 1.5, a million ...). */
    private static double[] samples(ULocale ul) {
        PluralRules rules = PluralRules.forLocale(ul);
        double[] candidates = {1, 2, 3, 5, 11, 21, 1.5, 1000000};
        Map<String, Double> byKeyword = new HashMap<>();
        for (double d : candidates) {
            byKeyword.putIfAbsent(rules.select(d), d);
        }
        return byKeyword.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The unit part of "5 kilometers" given the number "5"; null when the number is not found. */
    private static String strip(String formatted, String number) {
        int i = formatted.indexOf(number);
        if (i < 0) {
            return null;
        }
        String rest = (formatted.substring(0, i) + " " + formatted.substring(i + number.length())).strip();
        return rest.isEmpty() ? null : rest;
    }

    private static String tidy(String s, Locale locale) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip().toLowerCase(locale);
    }
}

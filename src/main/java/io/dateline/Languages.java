package io.dateline;

import com.ibm.icu.util.ULocale;
import io.dateline.grammar.CldrDateRules;
import io.dateline.grammar.CldrLexicons;
import io.dateline.grammar.GrammarLoader;
import java.util.Locale;
import java.util.Set;

/**
 * Which grammar reads a language. English reads {@code grammars/en}; every other language reads
 * what CLDR (through ICU4J) knows of it, written out as lexicons and date rules, then the
 * language-neutral rules of {@code grammars/cldr}, then its own folder {@code grammars/<lang>}
 * when there is one. A language without a folder is
 * never read with the English rules.
 */
public final class Languages {

    private Languages() {
    }

    /** The primary language of a BCP 47 tag or locale id ({@code de_DE}, {@code fr-CA}), lower case; null when none. */
    public static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        if (!t.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return null;
        }
        String l = ULocale.forLanguageTag(t).getLanguage().toLowerCase(Locale.ROOT);
        return l.isEmpty() ? null : l;
    }

    /** Whether {@code grammars/<lang>} is built in. */
    public static boolean hasGrammar(String lang) {
        return lang.equals("en") || Languages.class.getClassLoader().getResource("grammars/" + lang + "/INDEX") != null;
    }

    /** Loads the built-in grammar of {@code lang}; returns the warning to give with every result, or null. */
    static String load(GrammarLoader loader, String lang, Set<String> kinds) {
        if (lang.equals("en")) {
            loader.addClasspath(Dateline.BUILT_IN_INDEX, kinds);
            return null;
        }
        ULocale locale = new ULocale(lang);
        loader.addBuiltInSource("cldr:" + lang + ":lexicons", CldrLexicons.source(locale));
        loader.addBuiltInSource("cldr:" + lang + ":dates", CldrDateRules.source(locale));
        loader.addClasspath("grammars/cldr/INDEX", kinds);
        if (hasGrammar(lang)) {
            loader.addClasspath("grammars/" + lang + "/INDEX", kinds);
            return null;
        }
        return "no grammar for language '" + lang + "': read with the language-neutral rules and CLDR data only";
    }
}

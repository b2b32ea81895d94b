package io.dateline.input;

import org.jsoup.parser.Parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TimeML file: the text inside {@code <TEXT>} with every tag removed and entities
 * decoded, and the value of the creation-time TIMEX3 (the DCT). A regular-expression reader
 * rather than an XML parser on purpose: TimeML files in the wild are not always well formed,
 * and the text must come out byte-for-byte as written between the tags.
 */
final class TimeMlExtractor {

    static final String OFFSETS_NOTE = "offsets refer to the text inside <TEXT> with tags removed and entities decoded";

    private static final Pattern TEXT = Pattern.compile("<TEXT\\b[^>]*>(.*?)</TEXT\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern DCT = Pattern.compile("<DCT\\b[^>]*>(.*?)</DCT\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("\\bvalue\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CREATION = Pattern.compile("functionInDocument\\s*=\\s*\"CREATION_TIME\"");

    record Extracted(String text, String dct, String error) {
    }

    private TimeMlExtractor() {
    }

    static Extracted extract(String xml) {
        Matcher m = TEXT.matcher(xml);
        if (!m.find()) {
            return new Extracted(null, null, "no <TEXT> element in TimeML");
        }
        String inner = TAG.matcher(m.group(1)).replaceAll("");
        String text = Parser.unescapeEntities(inner, false);
        return new Extracted(text, findDct(xml), null);
    }

    private static String findDct(String xml) {
        Matcher dct = DCT.matcher(xml);
        if (dct.find()) {
            String v = valueOf(dct.group(1));
            if (v != null) {
                return v;
            }
        }
        Matcher t = TIMEX.matcher(xml);
        while (t.find()) {
            if (CREATION.matcher(t.group()).find()) {
                Matcher v = VALUE.matcher(t.group());
                if (v.find()) {
                    return v.group(1);
                }
            }
        }
        return null;
    }

    private static String valueOf(String fragment) {
        Matcher t = TIMEX.matcher(fragment);
        if (t.find()) {
            Matcher v = VALUE.matcher(t.group());
            if (v.find() && !v.group(1).isBlank()) {
                return v.group(1).strip();
            }
        }
        return null;
    }
}

package io.dateline;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects a document's language with Lingua, among all the languages it knows, on a bounded
 * prefix of the text. The detector (and its models) is built on first use only: a run whose
 * documents all say their language, or that is given {@code --lang}, never loads it.
 */
public final class LanguageDetection {

    /** How much of the text is read: enough for a confident guess, bounded whatever the document. */
    public static final int PREFIX = 1000;

    /** Below this share of the detector's confidence, the text is not said to be in any language. */
    public static final double MIN_CONFIDENCE = 0.5;

    private LanguageDetection() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
    }

    /** The language of {@code text}, or null when the detector cannot tell. */
    public static LanguageChoice detect(String text) {
        String prefix = text.length() <= PREFIX ? text : text.substring(0, PREFIX);
        if (prefix.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(prefix);
        double total = values.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            Language l = e.getKey();
            if (l == Language.UNKNOWN) {
                continue;
            }
            String tag = l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
            double conf = total > 0 ? e.getValue() / total : 0;
            if (conf < MIN_CONFIDENCE) {
                return null; // too close to call: the default (English) rather than a guess
            }
            return new LanguageChoice(tag, "detected", Math.round(conf * 1000) / 1000.0);
        }
        return null;
    }
}

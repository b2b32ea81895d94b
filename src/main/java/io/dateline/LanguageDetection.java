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
 * documents all say their language, or that is given {@code --lang}, never loads it, and a text
 * whose function words plainly say English ({@link FunctionWords}) is called English without it.
 */
public final class LanguageDetection {

    /** How much of the text is read: enough for a confident guess, bounded whatever the document. */
    public static final int PREFIX = 1000;

    /** Texts with fewer letters than this are not detected: a few words fit too many languages. */
    public static final int MIN_LETTERS = 40;

    /** Below this margin over the runner-up, the text is not said to be in any language. */
    public static final double MIN_CONFIDENCE = 0.1;

    private LanguageDetection() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
    }

    /** The language of {@code text}, or null when the detector cannot tell. */
    public static LanguageChoice detect(String text) {
        String prefix = text.length() <= PREFIX ? text : text.substring(0, PREFIX);
        if (prefix.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null; // "on Monday" is too short to tell: the default (English)
        }
        // plainly English (most news Dateline reads): no need to load the detector's models
        LanguageChoice quick = FunctionWords.plainlyEnglish(prefix);
        if (quick != null) {
            return quick;
        }
        SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(prefix);
        // Lingua 1.2 gives the likeliest language 1.0 and the others relative to it: the
        // confidence reported is the margin over the runner-up, 1 - second / best
        Map.Entry<Language, Double> best = null;
        double second = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (e.getKey() == Language.UNKNOWN) {
                continue;
            }
            if (best == null || e.getValue() > best.getValue()) {
                second = best == null ? second : Math.max(second, best.getValue());
                best = e;
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        if (best != null && best.getValue() > 0) {
            double conf = 1 - second / best.getValue();
            if (conf >= MIN_CONFIDENCE) {
                String tag = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
                return new LanguageChoice(tag, "detected", Math.round(conf * 1000) / 1000.0);
            }
            // too close to call: the default (English) rather than a guess
        }
        return null;
    }
}

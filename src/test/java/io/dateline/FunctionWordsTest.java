package io.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The quick check that calls a plainly English text English before the detector is needed. */
class FunctionWordsTest {

    @Test
    void englishNewsIsCalledEnglish() {
        String t = "Crews worked through the night to restore power after the storm, which knocked down "
                + "lines across the county on Sunday. The utility said that most homes would have electricity "
                + "again by Tuesday, but it warned that repairs in the hills could take longer.";
        LanguageChoice c = FunctionWords.plainlyEnglish(t);
        assertNotNull(c);
        assertEquals("en", c.lang());
        assertEquals("detected", c.source());
    }

    @Test
    void otherLanguagesAreLeftToTheDetector() {
        assertNull(FunctionWords.plainlyEnglish("Die Feuerwehr war am Sonntag mit mehr als hundert Kräften im Einsatz, "
                + "nachdem ein Sturm in der Nacht zahlreiche Bäume auf die Straßen der Stadt geworfen hatte."));
        assertNull(FunctionWords.plainlyEnglish("Les pompiers sont intervenus dimanche dans le centre de la ville après "
                + "une tempête qui a renversé des arbres sur plusieurs routes pendant la nuit."));
        assertNull(FunctionWords.plainlyEnglish("Los bomberos trabajaron el domingo en el centro de la ciudad después de "
                + "que una tormenta derribara árboles sobre varias carreteras durante la noche."));
        assertNull(FunctionWords.plainlyEnglish("I vigili del fuoco sono intervenuti domenica nel centro della città dopo "
                + "che una tempesta aveva abbattuto alberi su diverse strade durante la notte."));
    }

    @Test
    void aFewWordsAreNotEnough() {
        assertNull(FunctionWords.plainlyEnglish("The storm hit on Sunday."));
    }
}

package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dateline.Dateline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Guards the scores on the TimeML development corpus: a grammar or resolver change that loses
 * accuracy fails the build. The floors sit just under what was measured (README, "Accuracy");
 * raise them when the scores rise. Skipped when ../shared/corpora is not there.
 */
class AccuracyTest {

    @Test
    void timemlScoresDoNotRegress() {
        Path dir = Path.of(System.getProperty("user.dir")).resolve("../shared/corpora/timeml").normalize();
        assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
        EvalReport r = Evaluation.run(dir, new DatelineAnnotator(Dateline.builder().only(io.dateline.value.MentionKind.TIME).build()));
        assertTrue(r.relaxed().f1() >= 0.935, "relaxed F1 " + r.relaxed().f1() + "\n" + r.toText(false));
        assertTrue(r.valueF1() >= 0.80, "value F1 " + r.valueF1() + "\n" + r.toText(false));
        double spelledF1 = r.relaxed().f1() * r.spelledAccuracy();
        assertTrue(spelledF1 >= 0.80, "value F1 on exact spellings " + spelledF1 + "\n" + r.toText(false));
        assertTrue(r.strict().f1() >= 0.84, "strict F1 " + r.strict().f1() + "\n" + r.toText(false));
    }
}

package io.dateline.anchor;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dateline.anchor.zone.TimeZones;
import io.dateline.fuzz.FuzzBytes;
import io.dateline.fuzz.Invariants;
import io.dateline.input.SourceDocument;
import io.dateline.output.JsonOutput;

/**
 * The anchor's date readers on one value (generalized UTF-8): as {@code --published}, as a
 * metadata value ({@link DateTimeReader#readValue}), as the start of a text (the dateline and
 * byline scanner), and through the lenient repairs of machine-written values
 * ({@link LenientValues}). A value is read or refused with a one-line reason; nothing throws;
 * a candidate found in the text has code-point offsets whose slice is its text; the anchor's
 * JSON parses; the same value reads the same twice. Saved inputs: {@code AnchorFuzzTestInputs/}.
 */
class AnchorFuzzTest {

    private static final AnchorDetector DETECTOR = new AnchorDetector();
    private static final DateTimeReader READER = new DateTimeReader(new NattyAdapter(), TimeZones.defaults());
    private static final DateTimeReader.Context NO_REFERENCE = new DateTimeReader.Context(null, null);
    private static final String MONTHS = "(?:" + AnchorLexicon.english().alternation("anchor.month") + ")";

    @FuzzTest
    void dateReaders(byte[] data) {
        String v = FuzzBytes.text(data);
        AnchorCandidate option = DETECTOR.readOption(v, AnchorRequest.none());
        candidate(option);
        if (!option.equals(DETECTOR.readOption(v, AnchorRequest.none()))) {
            throw new AssertionError("the same --published value read twice differently: " + option);
        }
        reading(READER.readValue(v, NO_REFERENCE), v);
        AnchorResult found = DETECTOR.detect(SourceDocument.ofText("fuzz", v));
        int length = v.codePointCount(0, v.length());
        for (AnchorCandidate c : found.candidates()) {
            candidate(c);
            if (c.start() != null) {
                if (!(0 <= c.start() && c.start() < c.end() && c.end() <= length)) {
                    throw new AssertionError("candidate span [" + c.start() + "," + c.end() + ") outside 0.." + length);
                }
                String slice = v.substring(v.offsetByCodePoints(0, c.start()), v.offsetByCodePoints(0, c.end()));
                if (!slice.equals(c.text())) {
                    throw new AssertionError("candidate text '" + c.text() + "' is not its slice '" + slice + "'");
                }
            }
        }
        found.allWarnings().forEach(Invariants::oneLine);
        if (found.anchor() != null) {
            Invariants.parses(JsonOutput.toLine(JsonOutput.anchor(found.anchor())));
        }
        if (!found.equals(DETECTOR.detect(SourceDocument.ofText("fuzz", v)))) {
            throw new AssertionError("the same text dated twice differently: " + found);
        }
    }

    @FuzzTest
    void lenientValues(byte[] data) {
        String v = FuzzBytes.text(data);
        LenientValues.Repaired r = LenientValues.repair(v, MONTHS);
        if (r == null) {
            return;
        }
        if (r.repair() != null) {
            Invariants.oneLine(r.repair(), v); // a note may quote the value, whatever it holds
        }
        if (!r.equals(LenientValues.repair(v, MONTHS))) {
            throw new AssertionError("the same value repaired twice differently: " + r);
        }
        reading(READER.readValue(r.value(), NO_REFERENCE), v);
    }

    private static void candidate(AnchorCandidate c) {
        if (c.rejection() != null) {
            Invariants.oneLine(c.rejection());
        }
        c.notes().forEach(Invariants::oneLine);
        if (c.anchor() != null) {
            Invariants.parses(JsonOutput.toLine(JsonOutput.anchor(c.anchor())));
        }
    }

    /** The reading's messages are one line each and carry no Java text but what {@code input} holds. */
    private static void reading(DateTimeReader.Reading r, String input) {
        if (r instanceof DateTimeReader.Failed f) {
            Invariants.oneLine(f.reason(), input);
        } else {
            ((DateTimeReader.Ok) r).warnings().forEach(w -> Invariants.oneLine(w, input));
        }
    }
}

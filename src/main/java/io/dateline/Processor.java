package io.dateline;

import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.anchor.AnchorResult;
import io.dateline.input.InputError;
import io.dateline.input.InputItem;
import io.dateline.input.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole job for one input item: find the document's anchor (option, metadata, dateline),
 * then find and resolve its mentions. Immutable and thread-safe; never throws for a bad
 * document (the error becomes the item's record).
 */
public final class Processor {

    private final Dateline dateline;
    private final AnchorDetector detector;
    private final AnchorRequest request;
    private final boolean detectLanguage;

    public Processor(Dateline dateline, AnchorDetector detector, AnchorRequest request) {
        this(dateline, detector, request, false);
    }

    /** @param detectLanguage read a document's language from its text when neither the user nor its input says it */
    public Processor(Dateline dateline, AnchorDetector detector, AnchorRequest request, boolean detectLanguage) {
        this.dateline = dateline;
        this.detector = detector;
        this.request = request;
        this.detectLanguage = detectLanguage;
    }

    /**
     * One input item through anchor detection and resolution. A bug of ours while processing a
     * document becomes an error record for it, in words; the other documents go on.
     */
    public Processed process(InputItem item) {
        try {
            return processOrThrow(item);
        } catch (RuntimeException e) {
            SourceDocument doc = (SourceDocument) item;
            // a bug of ours: the record says so in words, never with Java's exception text
            return Processed.failed(new InputError(doc.id(), doc.line(),
                    "internal error while processing this document (a bug in Dateline: please report it with the document)"));
        }
    }

    /**
     * As {@link #process}, but an internal failure is thrown rather than recorded, for callers
     * that log it for an operator (the HTTP service) before answering in words.
     */
    public Processed processOrThrow(InputItem item) {
        return run(item, false);
    }

    /**
     * As {@link #process}, but a document long enough to be taken in windows comes back
     * {@link Processed#streamed() streamed}: its anchor is found, its mentions are found as the
     * writer takes them, so that they are never all held at once (JSON Lines and TSV output).
     */
    public Processed processStreamed(InputItem item) {
        try {
            return run(item, true);
        } catch (RuntimeException e) {
            return process(item);
        }
    }

    private Processed run(InputItem item, boolean streamed) {
        if (item instanceof InputError e) {
            return Processed.failed(e);
        }
        SourceDocument doc = (SourceDocument) item;
        LanguageChoice lang = chooseLanguage(doc);
        // the anchor's numeric dates are read in the document's language's order ("08/02/2025"
        // in a French text is 8 February); English keeps its region rule (US or not)
        AnchorResult a = detector.detect(doc.lang() == null && !"en".equals(lang.lang()) && !"default".equals(lang.source())
                ? doc.withLang(lang.lang(), lang.source()) : doc, request);
        Dateline engine = dateline.forLanguage(lang.lang());
        if (streamed && engine.windowed(doc.text())) {
            List<String> warnings = new ArrayList<>(doc.warnings());
            warnings.addAll(a.warnings());
            return Processed.streamed(doc, a, new DocumentResult(doc.id(), a.anchor(), List.of(), warnings, lang),
                    engine.windows(doc.text(), a.anchor()));
        }
        DocumentResult r = engine.process(doc.id(), doc.text(), a.anchor());
        // reading the input first (a charset guessed), then detection (where it looked),
        // then the result's (what followed)
        List<String> warnings = new ArrayList<>(doc.warnings());
        warnings.addAll(a.warnings());
        warnings.addAll(r.warnings());
        return Processed.ok(doc, a, new DocumentResult(r.source(), r.anchor(), r.mentions(), warnings, lang));
    }

    /**
     * The user's option first, then what the input declares (a {@code lang} field, the page's
     * {@code <html lang>}), then the text itself (when detection is on), else English.
     */
    LanguageChoice chooseLanguage(SourceDocument doc) {
        if (dateline.languageGiven()) {
            return new LanguageChoice(dateline.language(), "option", null);
        }
        String declared = Languages.primary(doc.lang());
        if (declared != null) {
            return new LanguageChoice(declared, doc.langSource(), null);
        }
        if (detectLanguage) {
            LanguageChoice d = LanguageDetection.detect(doc.text());
            if (d != null) {
                return d;
            }
        }
        return new LanguageChoice("en", "default", null);
    }
}

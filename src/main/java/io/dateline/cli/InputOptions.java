package io.dateline.cli;

import io.dateline.anchor.AnchorCandidate;
import io.dateline.anchor.AnchorDetector;
import io.dateline.anchor.AnchorRequest;
import io.dateline.input.InputFormat;
import io.dateline.input.InputReader;
import io.dateline.anchor.zone.Region;
import io.dateline.anchor.zone.TimeZones;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Option;

/** Options about the inputs and their publication dates, shared by the commands that read articles. */
public final class InputOptions {

    @Option(names = "--published", paramLabel = "DATE", description = "The publication date for every document: ISO (2023-11-22, 2024-01-23T17:07-05:00), free form (\"Jan 23 2024 5:07pm ET\"), or 'now' (the only use of the system clock). Without it, Dateline reads metadata, then the dateline or byline.")
    String published;

    /** The values of --anchor-date, as written on the command line. */
    enum AnchorDate {
        published, displayed, modified
    }

    @Option(names = "--anchor-date", paramLabel = "WHICH", description = "Which date of a page is the anchor: ${COMPLETION-CANDIDATES}. published (default): the first-published date; displayed: the date the page shows a reader; modified: the last-modified date (each falls back to the published one).")
    AnchorDate anchorDate = AnchorDate.published;

    @Option(names = "--region", paramLabel = "REGION", description = "Region hint for ambiguous zone abbreviations (AST, IST, BST, CST): americas, europe, middle-east, africa, south-asia, east-asia, oceania; or a place of the dateline table, e.g. arizona (US-AZ), which also keeps MST all year.")
    String region;

    @Option(names = "--input-format", paramLabel = "FORMAT", completionCandidates = Choices.InputFormats.class,
            description = "Read every input as one of: ${COMPLETION-CANDIDATES} (default: by extension or content).")
    InputFormat inputFormat;

    @Option(names = "--glob", paramLabel = "GLOB", description = "Which files of a folder to read, e.g. '**/*.txt' (default: the known extensions).")
    String glob;

    @Option(names = "--max-document-bytes", paramLabel = "N", description = "The largest document read, in bytes: a file, or one JSON Lines line (default: ${DEFAULT-VALUE}, 4 MiB). A larger one gets an error record; the others go on.")
    long maxDocumentBytes = InputReader.DEFAULT_MAX_DOCUMENT_BYTES;

    /** The clock behind --published now; replaceable in tests. */
    Clock clock = Clock.systemDefaultZone();

    /** The reader; what it notices about folders (nothing to read, files skipped) goes to {@code err}. */
    InputReader reader(PrintWriter err, String who) {
        InputReader r = new InputReader().withMaxDocumentBytes(maxDocumentBytes)
                .withNotices(n -> {
                    err.println(who + ": warning: " + n);
                    err.flush();
                });
        if (inputFormat != null) {
            r = r.withFormat(inputFormat);
        }
        if (glob != null) {
            try {
                r = r.withGlob(glob);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--glob: " + e.getMessage(), e);
            }
        }
        return r;
    }

    /**
     * The anchor request. An unreadable --published is a usage error (exit 2, one line), raised
     * before any document is read: records resolved against other dates would be wrong.
     */
    AnchorRequest request(AnchorDetector detector, PrintWriter err, int[] code) {
        if (region != null && Region.fromId(region).isEmpty() && TimeZones.defaults().place(region).isEmpty()) {
            err.println("dateline: unknown --region '" + region + "'; ignored");
            code[0] = ExitCodes.BAD_INPUT;
            region = null;
        }
        AnchorRequest req = AnchorRequest.none().withClock(clock).withRegionHint(region)
                .withWant(AnchorRequest.Want.valueOf(anchorDate.name().toUpperCase(java.util.Locale.ROOT)));
        if (published != null) {
            AnchorCandidate c = detector.readOption(published, req.withPublished(published));
            if (!c.accepted()) {
                throw new IllegalArgumentException("cannot read --published '" + published + "': " + c.rejection());
            } else {
                req = req.withPublished(published);
            }
        }
        return req;
    }
}

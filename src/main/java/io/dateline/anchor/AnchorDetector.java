package io.dateline.anchor;

import io.dateline.anchor.zone.Region;
import io.dateline.anchor.zone.TimeZones;
import io.dateline.anchor.AnchorChoice.Pending;
import io.dateline.input.DateSignal;
import io.dateline.input.SourceDocument;
import io.dateline.value.Anchor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a document's anchor (its publication date or date-time).
 *
 * <p>Sources are tried in the request's order, by default: the user's option
 * ({@code --published}), the document's metadata, then the first lines of the text
 * ({@value DatelineScanner#MAX_LINES} non-empty lines, {@value DatelineScanner#MAX_CHARS}
 * characters). In the text, "Published …"/"Posted …" lines win over a dateline or a line
 * holding only a date, which win over a date in a "By …" line; "Updated …" times are reported as
 * candidates with role {@code updated} and used only when nothing else is found. The first
 * source that reads as a full date wins; every candidate is reported.
 *
 * <p>Repairs are reported in {@link Anchor#warnings()}, never silent: an hour such as
 * "13:32 PM" read as 13:32; a standard-time abbreviation written during daylight time (PST in
 * October) kept as written with the offset in force named; an ambiguous zone read by its
 * default; an unknown zone kept as local time; a year borrowed from another source.
 * Impossible dates (February 30, 13/45/2024) and dates without a year (no other source to
 * borrow one from) are rejected with a warning, and the next source is tried.
 *
 * <p>Never reads the system clock or the default time zone: only "now" uses the
 * {@link AnchorRequest#clock()} passed in; relative values ("yesterday", "3 days ago",
 * "Tuesday"), as an option or as metadata, are refused. Immutable and thread-safe.
 */
public final class AnchorDetector {

    private final TimeZones zones;
    private final DateTimeReader reader;
    private final PageSignalReader signals;
    private final AnchorChoice choice;

    /** A detector with the shipped zone table. */
    public AnchorDetector() {
        this(TimeZones.defaults(), new NattyAdapter());
    }

    public AnchorDetector(TimeZones zones, NattyAdapter natty) {
        this.zones = Objects.requireNonNull(zones, "zones");
        this.reader = new DateTimeReader(Objects.requireNonNull(natty, "natty"), zones);
        this.signals = new PageSignalReader(reader);
        this.choice = new AnchorChoice(reader);
    }

    /** Detects from the document alone: metadata, then text. */
    public AnchorResult detect(SourceDocument doc) {
        return detect(doc, AnchorRequest.none());
    }

    /** Detects with the caller's option, region hint, clock and source order. */
    public AnchorResult detect(SourceDocument doc, AnchorRequest request) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(request, "request");
        // The reference of relative and missing parts is never the clock: relative values are
        // refused, and only "now" reads request.clock() (see option()).
        List<String> warnings = new ArrayList<>();
        DatelineScanner.Scan scan = DatelineScanner.scan(doc.text());
        Where where = where(request, scan.places(), warnings);
        Region region = where.region();
        String language = doc.dateSignals() == null || doc.dateSignals().language() == null ? doc.lang()
                : doc.dateSignals().language();
        DateTimeReader.Context ctx = new DateTimeReader.Context(null, region,
                language == null ? null : language.toLowerCase(Locale.ROOT).replace('_', '-'));

        List<Pending> pending = new ArrayList<>();
        for (AnchorRequest.Stage stage : new LinkedHashSet<>(request.order())) {
            switch (stage) {
                case OPTION:
                    if (request.published() != null) {
                        pending.add(option(request.published(), request.clock(), ctx));
                    }
                    break;
                case METADATA:
                    if (!doc.dateSignals().signals().isEmpty()) {
                        for (DateSignal sig : doc.dateSignals().signals()) {
                            pending.add(new Pending(PageSignalReader.source(sig), PageSignalReader.role(sig), sig.raw(), null, null,
                                    signals.read(sig, ctx, doc.dateSignals().language()), "from " + sig.where(),
                                    PageSignalReader.tier(sig), stage));
                        }
                    } else if (doc.publishedHint() != null) {
                        String source = doc.metadataSource() != null && doc.metadataSource().startsWith("timeml:")
                                ? "dct" : "metadata";
                        String note = doc.metadataSource() == null ? null : "from " + doc.metadataSource();
                        pending.add(new Pending(source, AnchorCandidate.PUBLISHED, doc.publishedHint(), null, null,
                                reader.readValue(doc.publishedHint(), ctx), note, 1, stage));
                    }
                    break;
                case TEXT:
                    for (DatelineScanner.Found f : scan.found()) {
                        String text = doc.text();
                        int s = text.codePointCount(0, f.match().start());
                        int e = s + text.codePointCount(f.match().start(), f.match().end());
                        pending.add(new Pending(f.kind().source, f.kind().role, f.match().text(), s, e,
                                reader.readMatch(f.match(), ctx), f.note(), f.kind() == DatelineScanner.Kind.BYLINE ? 6 : 3, stage));
                    }
                    if (doc.format() == io.dateline.input.InputFormat.HTML) {
                        Pending last = PageSignalReader.textFallback(doc.text(), doc.dateSignals().language());
                        if (last != null) {
                            pending.add(last);
                        }
                    }
                    break;
                default:
                    throw new AssertionError(stage);
            }
        }
        return choice.choose(pending, where.region(), where.zone(), warnings, request.order(), request.want());
    }

    /**
     * Reads a {@code --published} value on its own, e.g. to validate it before reading any
     * document. The candidate is accepted or carries the reason it was rejected.
     */
    public AnchorCandidate readOption(String value, AnchorRequest request) {
        Objects.requireNonNull(request, "request");
        List<String> ignored = new ArrayList<>();
        Where where = where(request, List.of(), ignored);
        DateTimeReader.Context ctx = new DateTimeReader.Context(null, where.region());
        Pending p = option(value, request.clock(), ctx);
        AnchorResult r = choice.choose(List.of(p), where.region(), where.zone(), ignored,
                List.of(AnchorRequest.Stage.OPTION), AnchorRequest.Want.PUBLISHED);
        return r.candidates().get(0);
    }

    // ---------------------------------------------------------------- stages

    private Pending option(String value, Clock clock, DateTimeReader.Context ctx) {
        String v = value == null ? "" : value.strip();
        if (v.toLowerCase(Locale.ROOT).equals("now")) {
            if (clock == null) {
                return new Pending("now", AnchorCandidate.PUBLISHED, v, null, null,
                        new DateTimeReader.Failed("'now' needs a clock, and none was given"), null, 0, AnchorRequest.Stage.OPTION);
            }
            ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            return new Pending("now", AnchorCandidate.PUBLISHED, v, null, null,
                    new DateTimeReader.Ok(now.toLocalDate(), true, now.toLocalTime(), null, now.getOffset(), List.of()),
                    "from the clock, zone " + now.getZone().getId(), 0, AnchorRequest.Stage.OPTION);
        }
        return new Pending("option", AnchorCandidate.PUBLISHED, v, null, null, reader.readValue(v, ctx), null, 0, AnchorRequest.Stage.OPTION);
    }

    /**
     * Where the document was written, as far as zones care: the region deciding ambiguous
     * abbreviations, and the zone of the place when the place table gives one (Arizona).
     */
    private record Where(Region region, ZoneId zone) {
        static final Where NOWHERE = new Where(null, null);
    }

    /**
     * The region hint (a region name, or a place of the table such as "arizona" or "US-AZ",
     * which brings its zone) wins; otherwise the dateline's places decide when they agree. A
     * bare region hint keeps the zone of dateline places in that region.
     */
    private Where where(AnchorRequest request, List<String> places, List<String> warnings) {
        Where fromText = fromPlaces(places);
        if (request.regionHint() != null) {
            Optional<Region> r = Region.fromId(request.regionHint());
            if (r.isPresent()) {
                return new Where(r.get(), r.get() == fromText.region() ? fromText.zone() : null);
            }
            Optional<TimeZones.Place> place = zones.place(request.regionHint());
            if (place.isPresent()) {
                return new Where(place.get().region(), place.get().zone());
            }
            warnings.add("unknown region hint '" + request.regionHint() + "' ignored (known: " + Region.knownIds()
                    + ", or a place such as arizona)");
        }
        return fromText;
    }

    /** One region when all known places agree; their zone when every one of them gives the same. */
    private Where fromPlaces(List<String> names) {
        Set<Region> regions = new LinkedHashSet<>();
        Set<ZoneId> local = new LinkedHashSet<>();
        boolean someWithoutZone = false;
        for (String name : names) {
            Optional<TimeZones.Place> p = zones.place(name);
            if (p.isPresent()) {
                regions.add(p.get().region());
                if (p.get().zone() == null) {
                    someWithoutZone = true;
                } else {
                    local.add(p.get().zone());
                }
            }
        }
        if (regions.size() != 1) {
            return Where.NOWHERE;
        }
        return new Where(regions.iterator().next(), !someWithoutZone && local.size() == 1 ? local.iterator().next() : null);
    }
}

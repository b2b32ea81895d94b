package io.dateline.anchor;

import io.dateline.anchor.zone.Region;
import io.dateline.anchor.zone.TimeZones;
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

    /** A detector with the shipped zone table. */
    public AnchorDetector() {
        this(TimeZones.defaults(), new NattyAdapter());
    }

    public AnchorDetector(TimeZones zones, NattyAdapter natty) {
        this.zones = Objects.requireNonNull(zones, "zones");
        this.reader = new DateTimeReader(Objects.requireNonNull(natty, "natty"), zones);
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
        DateTimeReader.Context ctx = new DateTimeReader.Context(null, region);

        List<Pending> pending = new ArrayList<>();
        for (AnchorRequest.Stage stage : new LinkedHashSet<>(request.order())) {
            switch (stage) {
                case OPTION:
                    if (request.published() != null) {
                        pending.add(option(request.published(), request.clock(), ctx));
                    }
                    break;
                case METADATA:
                    if (doc.publishedHint() != null) {
                        String source = doc.metadataSource() != null && doc.metadataSource().startsWith("timeml:")
                                ? "dct" : "metadata";
                        String note = doc.metadataSource() == null ? null : "from " + doc.metadataSource();
                        pending.add(new Pending(source, AnchorCandidate.PUBLISHED, doc.publishedHint(), null, null,
                                reader.readValue(doc.publishedHint(), ctx), note));
                    }
                    break;
                case TEXT:
                    for (DatelineScanner.Found f : scan.found()) {
                        String text = doc.text();
                        int s = text.codePointCount(0, f.match().start());
                        int e = s + text.codePointCount(f.match().start(), f.match().end());
                        pending.add(new Pending(f.kind().source, f.kind().role, f.match().text(), s, e,
                                reader.readMatch(f.match(), ctx), f.note()));
                    }
                    break;
                default:
                    throw new AssertionError(stage);
            }
        }
        return choose(pending, where, warnings, request.order());
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
        AnchorResult r = choose(List.of(p), where, ignored, List.of(AnchorRequest.Stage.OPTION));
        return r.candidates().get(0);
    }

    // ---------------------------------------------------------------- stages

    /** A candidate before the year of a year-less date is settled. */
    private record Pending(String source, String role, String text, Integer start, Integer end,
                           DateTimeReader.Reading reading, String note) {
    }

    private Pending option(String value, Clock clock, DateTimeReader.Context ctx) {
        String v = value == null ? "" : value.strip();
        if (v.toLowerCase(Locale.ROOT).equals("now")) {
            if (clock == null) {
                return new Pending("now", AnchorCandidate.PUBLISHED, v, null, null,
                        new DateTimeReader.Failed("'now' needs a clock, and none was given"), null);
            }
            ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            return new Pending("now", AnchorCandidate.PUBLISHED, v, null, null,
                    new DateTimeReader.Ok(now.toLocalDate(), true, now.toLocalTime(), null, now.getOffset(), List.of()),
                    "from the clock, zone " + now.getZone().getId());
        }
        return new Pending("option", AnchorCandidate.PUBLISHED, v, null, null, reader.readValue(v, ctx), null);
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

    // ---------------------------------------------------------------- choice

    private AnchorResult choose(List<Pending> pending, Where where, List<String> warnings,
                                List<AnchorRequest.Stage> order) {
        // Full dates, for year-less ones to borrow from.
        List<Pending> full = new ArrayList<>();
        for (Pending p : pending) {
            if (p.reading() instanceof DateTimeReader.Ok && ((DateTimeReader.Ok) p.reading()).yearGiven()) {
                full.add(p);
            }
        }
        List<AnchorCandidate> candidates = new ArrayList<>();
        for (Pending p : pending) {
            List<String> notes = p.note() == null ? List.of() : List.of(p.note());
            DateTimeReader.Reading r = p.reading();
            if (r instanceof DateTimeReader.Ok && !((DateTimeReader.Ok) r).yearGiven()) {
                r = borrowYear(p, (DateTimeReader.Ok) r, full);
            }
            if (r instanceof DateTimeReader.Failed) {
                candidates.add(new AnchorCandidate(p.source(), p.role(), p.text(), p.start(), p.end(), null,
                        ((DateTimeReader.Failed) r).reason(), false, notes));
            } else {
                Anchor a = reader.anchor((DateTimeReader.Ok) r, p.source(), p.text(), p.start(), p.end(),
                        where.region(), where.zone());
                candidates.add(new AnchorCandidate(p.source(), p.role(), p.text(), p.start(), p.end(), a, null, false, notes));
            }
        }

        int chosen = -1;
        for (int i = 0; i < candidates.size(); i++) {
            AnchorCandidate c = candidates.get(i);
            if (c.accepted() && c.role().equals(AnchorCandidate.PUBLISHED)) {
                chosen = i;
                break;
            }
        }
        boolean updatedOnly = false;
        if (chosen < 0) {
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).accepted()) {
                    chosen = i;
                    updatedOnly = true;
                    break;
                }
            }
        }
        int limit = chosen < 0 ? candidates.size() : chosen;
        for (int i = 0; i < limit; i++) {
            AnchorCandidate c = candidates.get(i);
            if (!c.accepted() && !(updatedOnly && c.role().equals(AnchorCandidate.UPDATED))) {
                warnings.add(label(c) + " rejected: " + c.rejection() + "; trying the next source");
            }
        }
        if (chosen < 0) {
            warnings.add("no publication date found (looked at: " + looked(order) + ")");
            return new AnchorResult(null, candidates, warnings);
        }
        AnchorCandidate winner = candidates.get(chosen).asChosen();
        candidates.set(chosen, winner);
        if (updatedOnly) {
            warnings.add("only an update time was found; " + label(winner) + " used as the anchor");
        }
        if (winner.source().equals("metadata") || winner.source().equals("dct")) {
            for (AnchorCandidate c : candidates) {
                if (c.accepted() && !c.chosen() && c.role().equals(AnchorCandidate.PUBLISHED)
                        && (c.source().equals("dateline") || c.source().equals("byline"))
                        && !c.anchor().date().equals(winner.anchor().date())) {
                    warnings.add(winner.source() + " gives " + winner.anchor().date() + " but " + label(c) + " gives "
                            + c.anchor().date() + "; " + winner.source() + " used");
                    break;
                }
            }
        }
        return new AnchorResult(winner.anchor(), candidates, warnings);
    }

    private static DateTimeReader.Reading borrowYear(Pending p, DateTimeReader.Ok ok, List<Pending> full) {
        for (Pending other : full) {
            if (other == p) {
                continue;
            }
            LocalDate ref = ((DateTimeReader.Ok) other.reading()).date();
            LocalDate best = null;
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                if (ok.date().getMonthValue() == 2 && ok.date().getDayOfMonth() == 29 && !java.time.Year.isLeap(y)) {
                    continue;
                }
                LocalDate d = LocalDate.of(y, ok.date().getMonth(), ok.date().getDayOfMonth());
                if (best == null || Math.abs(ChronoUnit.DAYS.between(d, ref)) < Math.abs(ChronoUnit.DAYS.between(best, ref))) {
                    best = d;
                }
            }
            if (best != null) {
                return ok.withYear(best.getYear(), "'" + p.text() + "' has no year; " + best.getYear()
                        + " taken from " + other.source() + " '" + other.text() + "'");
            }
        }
        return new DateTimeReader.Failed("'" + p.text() + "' has no year and no other source gives one");
    }

    private static String label(AnchorCandidate c) {
        String what = c.source().equals("option") ? "--published" : c.source();
        if (c.role().equals(AnchorCandidate.UPDATED)) {
            what += " (updated)";
        }
        return what + " '" + c.text() + "'";
    }

    private static String looked(List<AnchorRequest.Stage> order) {
        List<String> parts = new ArrayList<>();
        for (AnchorRequest.Stage s : new LinkedHashSet<>(order)) {
            switch (s) {
                case OPTION:
                    parts.add("--published");
                    break;
                case METADATA:
                    parts.add("metadata");
                    break;
                default:
                    parts.add("the first " + DatelineScanner.MAX_LINES + " lines");
            }
        }
        return String.join(", ", parts) + "; pass --published to set one";
    }
}

package io.dateline.anchor.zone;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves time zones as written in news text ("ET", "PST", "AST", "GMT+3", "+0530") to UTC
 * offsets, from a news-oriented table ({@code zones.tsv} next to this class; its header
 * documents the columns) plus ICU4J's English zone names for abbreviations the table lacks.
 *
 * <ul>
 * <li>Fixed abbreviations (EST, PST, CEST…) keep the offset they name. When the table gives a
 * check zone and that offset was not in force at the time written (PST in October), the
 * offset is kept as written and a warning names the one in force (PDT, -07:00).</li>
 * <li>Generic names (ET, PT, CT, MT, AT) take the offset in force on that date from the
 * java.time rules of their IANA zone.</li>
 * <li>Ambiguous abbreviations (AST, IST, BST, CST) are decided by a {@link Region} hint; without
 * one the table's default is used and a warning names the choice.</li>
 * <li>An unknown zone yields no offset and a warning; the caller keeps a local time.</li>
 * <li>A place that keeps its own clock within a zone family ({@code places.tsv}: Arizona,
 * America/Phoenix, is on Mountain Standard Time all year) replaces the family's zone when the
 * caller passes it as the local zone and both share a standard offset: MST in a PHOENIX
 * dateline in July is checked against America/Phoenix (no warning), MT there is -07:00.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeZones {

    /**
     * One row of the table.
     *
     * @param abbreviation upper case
     * @param region       null for a reading used everywhere
     * @param offset       the fixed offset, or null for a generic name
     * @param zone         the IANA zone of a generic name, or null
     * @param check        the zone to check a fixed offset against, or null
     * @param isDefault    the reading taken without a deciding hint
     * @param note         a description
     */
    public record Reading(String abbreviation, Region region, ZoneOffset offset, ZoneId zone, ZoneId check,
                          boolean isDefault, String note) {
        public boolean generic() {
            return zone != null;
        }
    }

    private static final Pattern NUMERIC = Pattern.compile(
            "(?i)(?:(?:GMT|UTC|UT)\\s*)?([+\\-\u2212])\\s*(\\d{1,2})(?::?(\\d{2}))?");

    /**
     * One row of the place table.
     *
     * @param region the region the place implies
     * @param zone   the IANA zone the place keeps its clocks by, when the table gives one
     *               (only where it differs from the zone its abbreviations are checked against,
     *               such as Arizona), else null
     */
    public record Place(Region region, ZoneId zone) {
    }

    private final Map<String, List<Reading>> readings;
    private final Map<String, Place> places;

    TimeZones(Map<String, List<Reading>> readings, Map<String, Place> places) {
        this.readings = readings;
        this.places = places;
    }

    private static final class Holder {
        static final TimeZones DEFAULT = loadResources();
    }

    /** The table shipped with Dateline (loaded once; immutable). */
    public static TimeZones defaults() {
        return Holder.DEFAULT;
    }

    private static TimeZones loadResources() {
        try (InputStream z = TimeZones.class.getResourceAsStream("zones.tsv");
             InputStream p = TimeZones.class.getResourceAsStream("places.tsv")) {
            if (z == null || p == null) {
                throw new IllegalStateException("zones.tsv or places.tsv missing next to " + TimeZones.class.getName());
            }
            return load(new InputStreamReader(z, StandardCharsets.UTF_8), "zones.tsv",
                    new InputStreamReader(p, StandardCharsets.UTF_8), "places.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a zone table and a place table in the format documented in {@code zones.tsv} and
     * {@code places.tsv}.
     *
     * @throws IllegalArgumentException for a malformed row, naming {@code file:line}
     */
    public static TimeZones load(Reader zones, String zonesName, Reader placeTable, String placesName)
            throws IOException {
        return ZoneTableLoader.load(zones, zonesName, placeTable, placesName);
    }

    /** The abbreviations in the table. */
    public Set<String> abbreviations() {
        return readings.keySet();
    }

    /** The table's readings of an abbreviation (empty when it is not in the table). */
    public List<Reading> readings(String abbreviation) {
        return readings.getOrDefault(abbreviation.strip().toUpperCase(Locale.ROOT), List.of());
    }

    /** True when the text is a zone this class can resolve (table, ICU or numeric offset). */
    public boolean isKnown(String zoneText) {
        String t = unwrap(zoneText);
        if (t.isEmpty()) {
            return false;
        }
        if (NUMERIC.matcher(t).matches()) {
            return true;
        }
        return !readings(t).isEmpty() || IcuZoneNames.match(t.toUpperCase(Locale.ROOT)) != null;
    }

    /**
     * The region a dateline place implies ("BAGHDAD" → middle-east), matched without regard to
     * case; see {@link #place(String)}.
     */
    public Optional<Region> regionOfPlace(String place) {
        return place(place).map(Place::region);
    }

    /**
     * A place of the table, matched without regard to case: "HAMILTON, Bermuda" is tried whole,
     * then by what follows the comma (a state: "TUCSON, Ariz." is in "ARIZ."), then by what
     * precedes it ("HAMILTON").
     */
    public Optional<Place> place(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String key = ZoneTableLoader.placeKey(place);
        Place p = places.get(key);
        if (p == null && key.contains(",")) {
            int comma = key.indexOf(',');
            p = places.get(key.substring(comma + 1).strip());
            if (p == null) {
                p = places.get(key.substring(0, comma).strip());
            }
        }
        return Optional.ofNullable(p);
    }

    /**
     * Resolves a zone as written at a wall-clock time.
     *
     * @param zoneText the zone as written
     * @param wall     the local date-time it qualifies
     * @param hint     the region deciding ambiguous abbreviations, or null
     */
    public ZoneResolution resolve(String zoneText, LocalDateTime wall, Region hint) {
        return resolve(zoneText, wall, hint, null);
    }

    /**
     * Resolves a zone as written at a wall-clock time, in a place whose own zone is known.
     *
     * @param zoneText the zone as written
     * @param wall     the local date-time it qualifies
     * @param hint     the region deciding ambiguous abbreviations, or null
     * @param local    the zone of the place the text was written in ({@link Place#zone()}), or
     *                 null. It replaces the zone of the abbreviation's reading (the check zone
     *                 of MST, the zone of MT) when both have the same standard offset then, so
     *                 that MST in Arizona in July is not taken for a slip; EST written in
     *                 Arizona is still checked against New York.
     */
    public ZoneResolution resolve(String zoneText, LocalDateTime wall, Region hint, ZoneId local) {
        Objects.requireNonNull(zoneText, "zoneText");
        Objects.requireNonNull(wall, "wall");
        String t = unwrap(zoneText);
        Matcher num = NUMERIC.matcher(t);
        if (num.matches()) {
            int sign = num.group(1).equals("+") ? 1 : -1;
            int h = Integer.parseInt(num.group(2));
            int m = num.group(3) == null ? 0 : Integer.parseInt(num.group(3));
            try {
                ZoneOffset o = ZoneOffset.ofHoursMinutes(sign * h, sign * m);
                return new ZoneResolution(zoneText, o, "UTC" + (o.getTotalSeconds() == 0 ? "" : o.getId()), List.of());
            } catch (DateTimeException e) {
                return unknown(zoneText, "offset out of range");
            }
        }
        String abbr = t.toUpperCase(Locale.ROOT);
        List<Reading> rows = readings.get(abbr);
        if (rows == null) {
            Reading icu = IcuZoneNames.match(abbr);
            if (icu == null) {
                return unknown(zoneText, null);
            }
            rows = List.of(icu);
        }
        List<String> warnings = new ArrayList<>();
        Reading r = choose(abbr, rows, hint, warnings);
        ZoneOffset offset;
        String note = r.note();
        if (r.generic()) {
            ZoneId zone = r.zone();
            if (sameStandardOffset(zone, local, wall)) {
                zone = local;
                note += "; as kept in " + local.getId();
            }
            offset = offsetIn(zone, wall, warnings);
        } else {
            offset = r.offset();
            if (r.check() != null) {
                ZoneId check = r.check();
                if (sameStandardOffset(check, local, wall)) {
                    check = local;
                    note += "; checked against " + local.getId();
                }
                List<ZoneOffset> valid = check.getRules().getValidOffsets(wall);
                if (!valid.contains(offset)) {
                    ZoneOffset inForce = valid.isEmpty()
                            ? check.getRules().getTransition(wall).getOffsetAfter() : valid.get(0);
                    warnings.add(abbr + " (" + text(offset) + ") was written for " + wall.toLocalDate()
                            + ", but " + nameInForce(r, inForce, wall) + " (" + text(inForce) + ") was in force in "
                            + check.getId() + " then; kept " + text(offset) + " as written");
                }
            }
        }
        return new ZoneResolution(zoneText, offset, note, warnings);
    }

    /** True when {@code local} is given and keeps the same standard offset as {@code zone} at {@code wall}. */
    private static boolean sameStandardOffset(ZoneId zone, ZoneId local, LocalDateTime wall) {
        if (local == null || local.equals(zone)) {
            return false;
        }
        java.time.Instant at = wall.atZone(zone).toInstant();
        return zone.getRules().getStandardOffset(at).equals(local.getRules().getStandardOffset(at));
    }

    /** An offset for messages: {@code +00:00} rather than {@code Z}. */
    static String text(ZoneOffset o) {
        return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }

    private static String unwrap(String zoneText) {
        String t = zoneText == null ? "" : zoneText.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static ZoneResolution unknown(String text, String why) {
        return new ZoneResolution(text, null, null, List.of("unknown time zone '" + unwrap(text) + "'"
                + (why == null ? "" : " (" + why + ")") + ": the time is kept as local time without offset"));
    }

    private static Reading choose(String abbr, List<Reading> rows, Region hint, List<String> warnings) {
        if (rows.size() == 1) {
            return rows.get(0);
        }
        Reading def = rows.stream().filter(Reading::isDefault).findFirst().orElse(rows.get(0));
        if (hint != null) {
            for (Reading r : rows) {
                if (r.region() == hint) {
                    return r;
                }
            }
            warnings.add(abbr + " has no reading for region " + hint.id() + "; read as " + describe(def));
            return def;
        }
        StringBuilder all = new StringBuilder();
        List<String> regions = new ArrayList<>();
        for (Reading r : rows) {
            if (all.length() > 0) {
                all.append(", ");
            }
            all.append(describe(r));
            if (r.region() != null) {
                regions.add(r.region().id());
            }
        }
        warnings.add(abbr + " is ambiguous (" + all + "); read as " + describe(def)
                + "; give a region hint (" + String.join(", ", regions) + ") to choose");
        return def;
    }

    private static String describe(Reading r) {
        return r.note().replaceAll("[;(].*$", "").strip() + " " + (r.generic() ? r.zone().getId() : text(r.offset()));
    }

    private static ZoneOffset offsetIn(ZoneId zone, LocalDateTime wall, List<String> warnings) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> valid = rules.getValidOffsets(wall);
        if (valid.size() == 1) {
            return valid.get(0);
        }
        ZoneOffsetTransition tr = rules.getTransition(wall);
        if (valid.isEmpty()) {
            warnings.add(wall + " does not exist in " + zone.getId() + " (clocks moved forward); used "
                    + text(tr.getOffsetAfter()));
            return tr.getOffsetAfter();
        }
        warnings.add(wall + " occurs twice in " + zone.getId() + " (clocks moved back); took the first, "
                + text(valid.get(0)));
        return valid.get(0);
    }

    /** The abbreviation of the offset in force, from the table, else ICU, else GMT / UTC±hh:mm. */
    private String nameInForce(Reading written, ZoneOffset inForce, LocalDateTime wall) {
        for (List<Reading> rows : readings.values()) {
            for (Reading r : rows) {
                if (written.check().equals(r.check()) && inForce.equals(r.offset())) {
                    return r.abbreviation();
                }
            }
        }
        String icu = IcuZoneNames.shortName(written.check(), inForce, wall);
        if (icu != null) {
            return icu;
        }
        return inForce.getTotalSeconds() == 0 ? "GMT" : "UTC" + text(inForce);
    }
}

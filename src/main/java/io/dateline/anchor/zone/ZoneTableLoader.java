package io.dateline.anchor.zone;

import io.dateline.anchor.zone.TimeZones.Place;
import io.dateline.anchor.zone.TimeZones.Reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code zones.tsv} and {@code places.tsv} into a {@link TimeZones}, checking every row. */
final class ZoneTableLoader {

    private ZoneTableLoader() {
    }

    /**
     * Loads a zone table and a place table in the format documented in {@code zones.tsv} and
     * {@code places.tsv}.
     *
     * @throws IllegalArgumentException for a malformed row, naming {@code file:line}
     */
    static TimeZones load(Reader zones, String zonesName, Reader placeTable, String placesName)
            throws IOException {
        Map<String, List<Reading>> byAbbr = new LinkedHashMap<>();
        Map<String, Integer> defaults = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : lines(zones)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = zonesName + ":" + lineNo + ": ";
            String[] c = line.split("\t", -1);
            if (c.length != 6) {
                throw new IllegalArgumentException(where + "expected 6 TAB-separated columns, found " + c.length);
            }
            String abbr = c[0].strip().toUpperCase(Locale.ROOT);
            if (!abbr.matches("[A-Z]{1,6}")) {
                throw new IllegalArgumentException(where + "abbreviation must be 1-6 letters: '" + c[0] + "'");
            }
            Region region = null;
            if (!c[1].strip().equals("*")) {
                region = Region.fromId(c[1]).orElseThrow(() -> new IllegalArgumentException(
                        where + "unknown region '" + c[1] + "' (known: *, " + Region.knownIds() + ")"));
            }
            ZoneOffset offset = null;
            ZoneId zone = null;
            String z = c[2].strip();
            try {
                if (z.startsWith("+") || z.startsWith("-")) {
                    offset = ZoneOffset.of(z);
                } else {
                    zone = ZoneId.of(z);
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(where + "bad offset or zone id '" + z + "': " + e.getMessage());
            }
            ZoneId check = null;
            String ch = c[3].strip();
            if (!ch.equals("-")) {
                if (offset == null) {
                    throw new IllegalArgumentException(where + "a check zone only makes sense for a fixed offset");
                }
                try {
                    check = ZoneId.of(ch);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException(where + "bad check zone '" + ch + "': " + e.getMessage());
                }
            }
            String def = c[4].strip().toLowerCase(Locale.ROOT);
            if (!def.equals("yes") && !def.equals("no")) {
                throw new IllegalArgumentException(where + "default must be yes or no: '" + c[4] + "'");
            }
            if (def.equals("yes")) {
                Integer previous = defaults.put(abbr, lineNo);
                if (previous != null) {
                    throw new IllegalArgumentException(where + abbr + " already has a default reading (line " + previous + ")");
                }
            }
            byAbbr.computeIfAbsent(abbr, k -> new ArrayList<>())
                    .add(new Reading(abbr, region, offset, zone, check, def.equals("yes"), c[5].strip()));
        }
        for (String abbr : byAbbr.keySet()) {
            if (!defaults.containsKey(abbr)) {
                throw new IllegalArgumentException(zonesName + ": " + abbr + " has no default reading (mark one row yes)");
            }
        }
        Map<String, Place> placeMap = new LinkedHashMap<>();
        lineNo = 0;
        for (String line : lines(placeTable)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = placesName + ":" + lineNo + ": ";
            String[] c = line.split("\t", -1);
            if (c.length != 2 && c.length != 3) {
                throw new IllegalArgumentException(where + "expected 2 or 3 TAB-separated columns, found " + c.length);
            }
            Region r = Region.fromId(c[1]).orElseThrow(() -> new IllegalArgumentException(
                    where + "unknown region '" + c[1] + "' (known: " + Region.knownIds() + ")"));
            ZoneId zone = null;
            if (c.length == 3 && !c[2].isBlank() && !c[2].strip().equals("-")) {
                try {
                    zone = ZoneId.of(c[2].strip());
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException(where + "bad zone id '" + c[2] + "': " + e.getMessage());
                }
            }
            placeMap.put(placeKey(c[0]), new Place(r, zone));
        }
        Map<String, List<Reading>> frozen = new LinkedHashMap<>();
        byAbbr.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new TimeZones(Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(placeMap));
    }

    private static List<String> lines(Reader r) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(r)) {
            String l;
            while ((l = br.readLine()) != null) {
                out.add(l);
            }
        }
        return out;
    }

    static String placeKey(String place) {
        return place.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

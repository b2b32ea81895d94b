package io.dateline.anchor.zone;

import io.dateline.anchor.zone.TimeZones.Reading;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.text.TimeZoneNames.NameType;
import com.ibm.icu.util.ULocale;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.EnumSet;

/** ICU4J's English time-zone names: the fallback for abbreviations {@code zones.tsv} lacks. */
final class IcuZoneNames {

    private IcuZoneNames() {
    }

    /** ICU's short English name of the offset in force in {@code zone} at {@code wall}, or null. */
    static String shortName(ZoneId zone, ZoneOffset inForce, LocalDateTime wall) {
        ZoneRules rules = zone.getRules();
        long millis = wall.toInstant(inForce).toEpochMilli();
        boolean dst = rules.isDaylightSavings(wall.toInstant(inForce));
        return TimeZoneNames.getInstance(ULocale.ENGLISH).getDisplayName(zone.getId(),
                dst ? NameType.SHORT_DAYLIGHT : NameType.SHORT_STANDARD, millis);
    }

    /** An abbreviation ICU knows in English (mostly North American names), as a table row. */
    static Reading match(String abbr) {
        if (!abbr.matches("[A-Z]{2,6}")) {
            return null;
        }
        TimeZoneNames names = TimeZoneNames.getInstance(ULocale.ENGLISH);
        Collection<TimeZoneNames.MatchInfo> found = names.find(abbr, 0,
                EnumSet.of(NameType.SHORT_STANDARD, NameType.SHORT_DAYLIGHT, NameType.SHORT_GENERIC));
        for (TimeZoneNames.MatchInfo m : found) {
            if (m.matchLength() != abbr.length()) {
                continue;
            }
            String id = m.tzID() != null ? m.tzID() : names.getReferenceZoneID(m.mzID(), "001");
            if (id == null) {
                continue;
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(id);
            } catch (DateTimeException e) {
                continue;
            }
            String note = "resolved with ICU as " + id;
            if (m.nameType() == NameType.SHORT_GENERIC) {
                return new Reading(abbr, null, null, zone, null, true, note);
            }
            ZoneOffset standard = zone.getRules().getStandardOffset(java.time.Instant.EPOCH.plus(Duration.ofDays(365L * 54)));
            ZoneOffset offset = m.nameType() == NameType.SHORT_DAYLIGHT
                    ? ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + 3600) : standard;
            return new Reading(abbr, null, offset, null, zone, true, note);
        }
        return null;
    }
}

package io.dateline.anchor.zone;

import java.util.Locale;
import java.util.Optional;

/**
 * World regions used to choose between readings of an ambiguous time zone abbreviation
 * (AST, IST, BST, CST). Given by the user as a hint, or implied by a dateline place.
 */
public enum Region {
    AMERICAS("americas"),
    EUROPE("europe"),
    MIDDLE_EAST("middle-east"),
    AFRICA("africa"),
    SOUTH_ASIA("south-asia"),
    EAST_ASIA("east-asia"),
    OCEANIA("oceania");

    private final String id;

    Region(String id) {
        this.id = id;
    }

    /** The lower-case, hyphenated name: {@code middle-east}. */
    public String id() {
        return id;
    }

    /**
     * Parses a region name, ignoring case, spaces, hyphens and underscores: {@code middle-east},
     * {@code Middle East}, {@code MIDDLE_EAST}, {@code mideast}.
     */
    public static Optional<Region> fromId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
        if (key.equals("mideast")) {
            return Optional.of(MIDDLE_EAST);
        }
        if (key.equals("america")) {
            return Optional.of(AMERICAS);
        }
        for (Region r : values()) {
            if (r.id.replace("-", "").equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** All ids, comma-separated, for messages. */
    public static String knownIds() {
        StringBuilder sb = new StringBuilder();
        for (Region r : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(r.id);
        }
        return sb.toString();
    }
}

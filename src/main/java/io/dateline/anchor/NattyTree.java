package io.dateline.anchor;

import org.antlr.runtime.tree.Tree;
import org.natty.DateGroup;
import org.natty.ParseLocation;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading Natty's parse trees and parse locations: part of {@link NattyAdapter}, the only
 * other class allowed to see Natty's types. Package-private.
 */
final class NattyTree {

    private NattyTree() {
    }

    static Tree find(Tree t, String name) {
        if (t == null) {
            return null;
        }
        if (name.equals(t.getText())) {
            return t;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            Tree r = find(t.getChild(i), name);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    static Integer intChild(Tree t, String name) {
        Tree n = find(t, name);
        if (n == null || n.getChildCount() == 0) {
            return null;
        }
        try {
            return Integer.parseInt(n.getChild(0).getText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String meridian(Tree explicitTime) {
        for (int i = 0; i < explicitTime.getChildCount(); i++) {
            String s = explicitTime.getChild(i).getText();
            if ("am".equals(s) || "pm".equals(s)) {
                return s;
            }
        }
        return null;
    }

    static String zoneToken(Tree explicitTime) {
        for (int i = 0; i < explicitTime.getChildCount(); i++) {
            Tree c = explicitTime.getChild(i);
            String s = c.getText();
            if (c.getChildCount() == 0 && !"am".equals(s) && !"pm".equals(s)) {
                return s;
            }
        }
        return null;
    }

    static boolean hasLocation(DateGroup g, String fragment) {
        Map<String, List<ParseLocation>> locs = g.getParseLocations();
        if (locs == null) {
            return true;
        }
        for (String k : locs.keySet()) {
            if (k.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    static List<ParseLocation> locations(DateGroup g, String rule) {
        Map<String, List<ParseLocation>> locs = g.getParseLocations();
        List<ParseLocation> l = locs == null ? null : locs.get(rule);
        return l == null ? List.of() : l;
    }

    /** Natty numbers weekdays 1 = Sunday … 7 = Saturday. */
    static DayOfWeek nattyDay(int n) {
        return DayOfWeek.SUNDAY.plus(n - 1L);
    }

    static String english(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

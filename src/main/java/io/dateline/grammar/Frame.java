package io.dateline.grammar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The anchor-free meaning a rule produced: named fields whose values are strings or nested
 * frames ("from" and "to" of a range). Immutable; the resolvers read it, the recognizer never
 * looks at a clock or an anchor.
 */
public final class Frame {

    public static final Frame EMPTY = new Frame(Map.of());

    private final Map<String, Object> fields;

    private Frame(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static Frame of(Map<String, Object> fields) {
        return new Frame(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    }

    public String get(String key) {
        Object v = fields.get(key);
        return v instanceof String s ? s : null;
    }

    public String get(String key, String dflt) {
        String v = get(key);
        return v == null ? dflt : v;
    }

    public Frame frame(String key) {
        Object v = fields.get(key);
        return v instanceof Frame f ? f : null;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public Integer integer(String key) {
        String v = get(key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.startsWith("+") ? v.substring(1) : v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String kind() {
        return get("kind", "");
    }

    public Map<String, Object> asMap() {
        return fields;
    }

    public Frame with(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(fields);
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
        return new Frame(Collections.unmodifiableMap(m));
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }
}

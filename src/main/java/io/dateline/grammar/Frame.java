package io.dateline.grammar;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The anchor-free meaning a rule produced: named fields whose values are strings or nested
 * frames ("from" and "to" of a range). Immutable; the resolvers read it, the recognizer never
 * looks at a clock or an anchor.
 *
 * <p>A frame has a handful of fields, so they are kept as two parallel arrays in insertion
 * order and looked up by a linear scan: cheaper to build (one per match) and to read than a
 * hash map. Strings cache their hash code, so the scan compares ints before it compares text.
 */
public final class Frame {

    public static final Frame EMPTY = new Frame(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private Frame(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    public static Frame of(Map<String, Object> fields) {
        Builder b = new Builder(fields.size());
        fields.forEach(b::put);
        return b.build();
    }

    private int indexOf(String key) {
        // strings cache their hash: comparing it first makes a miss cost one int compare a key
        int h = key.hashCode();
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            if (k == key || (k.hashCode() == h && k.equals(key))) {
                return i;
            }
        }
        return -1;
    }

    /** The value of a field (a string or a frame), or null. */
    public Object value(String key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    public String get(String key) {
        return value(key) instanceof String s ? s : null;
    }

    public String get(String key, String dflt) {
        String v = get(key);
        return v == null ? dflt : v;
    }

    public Frame frame(String key) {
        return value(key) instanceof Frame f ? f : null;
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
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

    /** The fields as an unmodifiable map view, in the order they were set. */
    public Map<String, Object> asMap() {
        return new View();
    }

    public Frame with(String key, Object value) {
        Builder b = new Builder(keys.length + 1);
        b.putAll(this);
        if (value == null) {
            b.remove(key);
        } else {
            b.put(key, value);
        }
        return b.build();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keys[i]).append('=').append(values[i]);
        }
        return sb.append('}').toString();
    }

    /** Equal when they have the same fields with equal values, in any order (as maps are). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Frame f) || f.keys.length != keys.length) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            int j = f.indexOf(keys[i]);
            if (j < 0 || !java.util.Objects.equals(values[i], f.values[j])) {
                return false;
            }
        }
        return true;
    }

    /** As {@link Map#hashCode()}. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keys.length; i++) {
            h += keys[i].hashCode() ^ java.util.Objects.hashCode(values[i]);
        }
        return h;
    }

    /**
     * Collects fields with map semantics: setting a key again replaces its value and keeps its
     * place.
     */
    static final class Builder {
        private String[] keys;
        private Object[] values;
        private int size;

        Builder(int capacity) {
            keys = new String[Math.max(4, capacity)];
            values = new Object[keys.length];
        }

        void put(String key, Object value) {
            int h = key.hashCode();
            for (int i = 0; i < size; i++) {
                if (keys[i] == key || (keys[i].hashCode() == h && keys[i].equals(key))) {
                    values[i] = value;
                    return;
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size++] = value;
        }

        void putAll(Frame f) {
            for (int i = 0; i < f.keys.length; i++) {
                put(f.keys[i], f.values[i]);
            }
        }

        void remove(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
                    System.arraycopy(values, i + 1, values, i, size - i - 1);
                    size--;
                    keys[size] = null;
                    values[size] = null;
                    return;
                }
            }
        }

        Frame build() {
            return size == 0 ? EMPTY : new Frame(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
        }
    }

    /** A read-only map over the arrays, iterated in insertion order. */
    private final class View extends AbstractMap<String, Object> {
        @Override
        public Object get(Object key) {
            return key instanceof String s ? value(s) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && has(s);
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return keys.length;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        int i;

                        @Override
                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (i >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, Object> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                            i++;
                            return e;
                        }
                    };
                }
            };
        }
    }
}

package io.dateline.grammar;

import java.util.Map;

/**
 * An immutable map from non-negative ints (word or kind ids) to values, by open addressing:
 * a lookup is a multiply, a mask and usually one comparison, without boxing.
 */
final class IntTable<V> {

    private static final IntTable<?> EMPTY = new IntTable<>(Map.of());

    private final int[] keys;
    private final Object[] values;
    private final int mask;

    private IntTable(Map<Integer, V> m) {
        int cap = 2;
        while (cap < m.size() * 2) {
            cap <<= 1;
        }
        keys = new int[cap];
        java.util.Arrays.fill(keys, -1);
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<Integer, V> e : m.entrySet()) {
            int k = e.getKey();
            if (k < 0) {
                throw new IllegalArgumentException("negative key " + k);
            }
            int i = slot(k);
            while (keys[i] >= 0) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = e.getValue();
        }
    }

    @SuppressWarnings("unchecked")
    static <V> IntTable<V> of(Map<Integer, V> m) {
        return m.isEmpty() ? (IntTable<V>) EMPTY : new IntTable<>(m);
    }

    private int slot(int k) {
        return (k * 0x9E3779B9 >>> 16) & mask;
    }

    /** The value for {@code key}, or null (always null for a negative key: an unknown word). */
    @SuppressWarnings("unchecked")
    V get(int key) {
        if (key < 0) {
            return null;
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k < 0) {
                return null;
            }
        }
    }
}

package io.dateline.resolve.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A figure being built, in the unit it was written in. Mutable; lives for one match. */
final class Draft {
    BigDecimal value;
    BigDecimal min;
    BigDecimal max;
    boolean minInc = true;
    boolean maxInc = true;
    boolean approx;
    String unitKey;
    Currencies.Resolved cur;
    String vague;
    String qualifier;
    boolean poundWord;
    boolean gluedTemperature;
    boolean skipFirst;
    /** The scale word the amount was written with ("five thousand", "$15 billion"), or null. */
    BigDecimal scale;
    final List<String> warnings = new ArrayList<>();
    final List<String> steps = new ArrayList<>();

    static Draft exact(BigDecimal v) {
        Draft f = new Draft();
        f.value = v;
        f.min = v;
        f.max = v;
        return f;
    }

    boolean hasUnit() {
        return unitKey != null || cur != null;
    }

    void takeUnit(Draft other) {
        if (!hasUnit()) {
            unitKey = other.unitKey;
            cur = other.cur;
            poundWord = other.poundWord;
        }
    }

    /**
     * "four to five thousand", "US $89 to $93 billion": when this lower end has no scale word
     * and the upper end has one, and the lower end is below the upper's number, the scale is
     * shared. Returns whether it was.
     */
    boolean shareScale(Draft hi) {
        if (scale != null || hi.scale == null || value == null || hi.value == null || min == null
                || min.compareTo(max == null ? min : max) != 0) {
            return false;
        }
        BigDecimal hiNumber = Numerals.divide(hi.value, hi.scale);
        if (value.signum() <= 0 || value.compareTo(hiNumber) >= 0) {
            return false;
        }
        value = value.multiply(hi.scale);
        min = value;
        max = value;
        scale = hi.scale;
        steps.add("scale of the upper end shared: " + Numerals.tidyExact(value).toPlainString());
        return true;
    }

    String dimension() {
        if (cur != null) {
            return "money";
        }
        UnitCatalog.Entry e = UnitCatalog.get(unitKey);
        return e == null ? "count" : e.dimension();
    }
}

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

    String dimension() {
        if (cur != null) {
            return "money";
        }
        UnitCatalog.Entry e = UnitCatalog.get(unitKey);
        return e == null ? "count" : e.dimension();
    }
}

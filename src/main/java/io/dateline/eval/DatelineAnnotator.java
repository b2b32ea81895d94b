package io.dateline.eval;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Mention;
import io.dateline.value.Anchor;
import io.dateline.value.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dateline seen through the evaluation's interface: the DCT's date is the anchor. */
public final class DatelineAnnotator implements TimexAnnotator {

    private final Dateline dateline;

    public DatelineAnnotator(Dateline dateline) {
        this.dateline = dateline;
    }

    @Override
    public List<SystemTimex> annotate(String text, String dct) {
        Anchor anchor = dct == null || dct.length() < 10 ? null : Anchor.ofDate(LocalDate.parse(dct.substring(0, 10)), "dct");
        DocumentResult r = dateline.process("tml", text, anchor);
        List<SystemTimex> out = new ArrayList<>();
        for (Mention m : r.mentions()) {
            if (m instanceof TimeMention t) {
                out.add(new SystemTimex(t.timexStart(), t.timexEnd(), t.value().type().name(), t.value().value(), t.value().mod()));
            }
        }
        return out;
    }
}

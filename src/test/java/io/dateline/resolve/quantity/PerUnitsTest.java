package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.output.JsonOutput;
import io.dateline.output.TsvOutput;
import io.dateline.value.QuantityMention;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units per unit: the denominator in {@code per}, in the value and in the JSON and TSV views. */
class PerUnitsTest {

    private static final Dateline D = Dateline.builder().build();

    private static List<QuantityMention> figures(String text) {
        DocumentResult r = D.process("t", text, null);
        return r.mentions().stream().filter(m -> m instanceof QuantityMention).map(m -> (QuantityMention) m).toList();
    }

    @Test
    void theNumeratorKeepsItsUnitAndPerHoldsTheDenominator() {
        QuantityMention q = figures("Copper traded at $8,950 per tonne on Friday.").get(0);
        assertEquals("USD", q.unit());
        assertNotNull(q.per());
        assertEquals("t", q.per().unit());
        assertEquals(0, new BigDecimal("1000").compareTo(q.per().si()), "a tonne is 1000 kg");
        assertEquals("kg", q.per().siUnit());
        assertEquals("per tonne", q.per().text());
    }

    @Test
    void timeUnitsAndNounsAfterAOrAn() {
        QuantityMention rent = figures("The flat rents for £1,400 a month.").get(0);
        assertEquals("month", rent.per().unit());
        assertEquals(0, new BigDecimal("2629800").compareTo(rent.per().si()));
        QuantityMention share = figures("The board declared a dividend of 12 cents a share.").get(0);
        assertEquals("share", share.per().unit());
        assertNull(share.per().si(), "a share has no SI unit");
    }

    @Test
    void anAmountInTheDenominatorAndNoneWhereThereIsNoDenominator() {
        QuantityMention rate = figures("Police logged 37 thefts per 100,000 people.").get(0);
        assertEquals("person", rate.per().unit());
        assertEquals(0, new BigDecimal("100000").compareTo(rate.per().amount()));
        assertNull(figures("Turnout reached 58 per cent.").get(0).per(), "per cent is a percentage");
        assertNull(figures("He bought 4 apples and a pear.").get(0).per());
    }

    @Test
    void jsonAndTsvShowIt() {
        DocumentResult r = D.process("t", "Milk was $4.10 a gallon.", null);
        String json = JsonOutput.mention(r.mentions().get(0), false).toString();
        assertTrue(json.contains("\"per\":{\"unit\":\"gal\""), json);
        StringWriter w = new StringWriter();
        try (PrintWriter out = new PrintWriter(w)) {
            TsvOutput.write(r, out);
        }
        assertTrue(w.toString().stripTrailing().endsWith("\tgal"), w.toString());
    }
}

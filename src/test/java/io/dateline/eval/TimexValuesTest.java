package io.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimexValuesTest {

    @Test
    void weekNumbersAreZeroPadded() {
        assertTrue(TimexValues.equivalent("2000-W7", "2000-W07"));
        assertTrue(TimexValues.equivalent("1998-W3-WE", "1998-W03-WE"));
        assertFalse(TimexValues.equivalent("2000-W7", "2000-W17"));
        assertEquals("2000-W07", TimexValues.canonical(" 2000-W7 "));
    }

    @Test
    void durationsCompareByTheirExactTotals() {
        assertTrue(TimexValues.equivalent("P1E", "P10Y"));
        assertTrue(TimexValues.equivalent("P3Q", "P9M"));
        assertTrue(TimexValues.equivalent("P2W", "P14D"));
        assertTrue(TimexValues.equivalent("PT90M", "PT1H30M"));
        assertTrue(TimexValues.equivalent("P1C", "P100Y"));
        assertTrue(TimexValues.equivalent("P1.5Y", "P18M"));
    }

    @Test
    void aDayIsNotTwentyFourHoursAndUnknownAmountsStayAsWritten() {
        assertFalse(TimexValues.equivalent("P1D", "PT24H"));
        assertFalse(TimexValues.equivalent("P1M", "PT1M"));
        assertFalse(TimexValues.equivalent("PXE", "PXC"));
        assertTrue(TimexValues.equivalent("PXY", "PXY"));
        assertEquals("PXY", TimexValues.canonical("PXY"));
    }

    @Test
    void otherValuesCompareAsTrimmedStrings() {
        assertTrue(TimexValues.equivalent("1998-10-23", " 1998-10-23"));
        assertFalse(TimexValues.equivalent("1998-10-23", "1998-10-23TNI"));
        assertTrue(TimexValues.equivalent(null, ""));
        assertFalse(TimexValues.equivalent("PRESENT_REF", "PAST_REF"));
    }
}

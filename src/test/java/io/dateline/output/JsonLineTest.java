package io.dateline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The records written without a mapper are the bytes the mapper writes. */
class JsonLineTest {

    @Test
    void everyPlainKindOfNodeIsWrittenAsTheMapperWritesIt() throws Exception {
        ObjectNode o = JsonOutput.object();
        o.put("text", "quote \" backslash \\ tab \t newline \n control \u0001 é 日本 \uD83D\uDE00 </script>");
        o.put("int", -42);
        o.put("long", 9_007_199_254_740_993L);
        o.put("big", new BigInteger("123456789012345678901234567890"));
        o.put("double", 0.1 + 0.2);
        o.put("small", 1.0e-9);
        o.put("whole", 3.0);
        o.put("nan", Double.NaN);
        o.put("float", 2.5f);
        o.put("decimal", new BigDecimal("1.2300E+5"));
        o.put("yes", true);
        o.putNull("nothing");
        o.putArray("empty");
        o.putObject("none");
        var a = o.putArray("list");
        a.add(1).add("two").addNull().addObject().put("deep", false);
        a.addArray().add(new BigDecimal("0.000001"));
        String expected = JsonOutput.mapper().writeValueAsString(o);
        assertEquals(expected, JsonLine.write(o));
        assertEquals(expected, JsonOutput.toLine(o));
    }

    @Test
    void aTreeWithAnotherKindOfNodeIsLeftToTheMapper() throws Exception {
        ObjectNode o = JsonOutput.object();
        o.putPOJO("pojo", java.util.List.of(1, 2));
        assertNull(JsonLine.write(o));
        assertEquals("{\"pojo\":[1,2]}", JsonOutput.toLine(o));
    }
}

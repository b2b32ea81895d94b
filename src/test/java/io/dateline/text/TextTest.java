package io.dateline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldKeepsLengthAndNormalizesLookalikes() {
        String in = "\u201CTuesday\u2019s\u201D \u2014 \u0663\u0660 km\u00A0";
        String out = TextNormalizer.fold(in);
        assertEquals(in.length(), out.length());
        assertEquals("\"Tuesday's\" - 30 km ", out);
    }

    @Test
    void tokensKeepNumbersAndCodesWhole() {
        List<String> t = Tokenizer.tokenize("At 13:32, 2,500 AC-130s flew; Tuesday's p.m. news (01/23/2024).")
                .stream().map(Token::text).toList();
        assertEquals(List.of("At", "13:32", ",", "2,500", "AC-130s", "flew", ";", "Tuesday", "'s", "p.m", ".", "news",
                "(", "01/23/2024", ")", "."), t);
        assertEquals(List.of("mid", "-", "October"), Tokenizer.tokenize("mid-October").stream().map(Token::text).toList());
        Token first = Tokenizer.tokenize("  x").get(0);
        assertTrue(first.spaceBefore());
        assertFalse(Tokenizer.tokenize("a,b").get(1).spaceBefore());
    }

    @Test
    void sentencesForwardAndBack() {
        String s = "Mr. Smith said so. The U.S. agreed on Tuesday.\nHeadline here\nNext one.";
        Sentences ss = Sentences.of(s);
        int tue = s.indexOf("Tuesday");
        assertEquals(s.indexOf("The U.S."), ss.startOf(tue));
        assertEquals(s.indexOf("Headline"), ss.endOf(tue));
        assertEquals(0, ss.startOf(5), "no break after Mr.");
        assertEquals(s.indexOf("Next"), ss.endOf(s.indexOf("here")));
        assertEquals(s.length(), ss.endOf(s.length() - 2));
    }
}

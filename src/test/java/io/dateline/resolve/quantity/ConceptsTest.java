package io.dateline.resolve.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dateline.Dateline;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure is about: sentences written for this test, unlike the benchmark's. */
class ConceptsTest {

    private static final Dateline D = Dateline.builder().build();

    private static QuantityMention figure(String text, String figure) {
        List<Mention> ms = D.process("t", text, null).mentions();
        for (Mention m : ms) {
            if (m instanceof QuantityMention q && q.text().contains(figure)) {
                return q;
            }
        }
        throw new AssertionError("no figure '" + figure + "' in: " + text + " " + ms);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the subject of a change verb
        "Nickel slipped 1.8% to $17,250 a tonne on Friday.|1.8%|Nickel|Nickel",
        "Nickel slipped 1.8% to $17,250 a tonne on Friday.|17,250|Nickel|Nickel",
        "The jobless rate climbed 0.2 points to 5.1% in March.|0.2 points|jobless rate|jobless rate",
        // a prepositional phrase after the counted noun, and its participle
        "The ministry said 450 soldiers in Lithuania would stay.|450 soldiers|Lithuania|Lithuania",
        "About 3,400 pupils enrolled at the regional college this autumn.|3,400 pupils|regional college|regional college",
        // the noun a figure modifies, with its phrase
        "The carrier booked a $95 million charge on the buyout.|$95 million|charge on the buyout|charge buyout",
        // a parenthesis and a share
        "Troops stayed in Estonia (1,100 troops) through the winter.|1,100 troops|Estonia|Estonia",
        "Farmers sold nearly 40% of their barley to millers.|40%|barley|barley",
        "The jobless rate climbed 0.2 points to 5.1% in March.|5.1%|jobless rate|jobless rate",
        // the noun measured: X of FIGURE
        "The cable has a capacity of 250 megawatts.|250 megawatts|capacity|capacity",
        // a change cue or a predicate verb ends the subject, also for the second figure
        "The Hang Seng index sank 2.1% to close at 16,400 points.|16,400 points|Hang Seng index|Hang Seng index",
        "The regional bourse index ended down 0.7% at 903 points.|0.7%|regional bourse index|regional bourse index",
        // but a noun spelled like a cue stays the subject before its auxiliary
        "The March cocoa contract was up 14 cents.|14 cents|March cocoa contract|March cocoa contract",
        // of + determiner: the noun measured and what it belongs to
        "The height of the new radio mast will be about 210 metres.|210 metres|height of the new radio mast|height new radio mast",
        // a dimension adjective after the figure: it measures the subject
        "The old ferry is 41.5 metres long.|41.5 metres|old ferry|old ferry",
        "The main hall is about 18 metres high and 30 metres wide.|30 metres|main hall|main hall",
        // two nouns joined by and
        "Wool and cotton rose between 3% and 4% last season.|between 3% and 4%|Wool and cotton|Wool cotton",
    })
    void concept(String text, String fig, String span, String words) {
        QuantityMention q = figure(text, fig);
        assertEquals(span, q.concept() == null ? null : q.concept().text(), text);
        assertEquals(List.of(words.split(" ")), q.concept().words(), text);
        assertEquals(text.substring(text.offsetByCodePoints(0, q.concept().start()),
                text.offsetByCodePoints(0, q.concept().end())), q.concept().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials said 31 guards were injured in one attack.|31 guards|injured|occasion",
        "At least 212 climbers have been injured on the pass since May.|212 climbers|injured|cumulative",
        "Seven hikers were rescued on Tuesday.|Seven hikers|rescued|occasion",
        "Seven hikers were rescued, the club said.|Seven hikers|rescued|",
        "The toll rose to 19 people on Tuesday.|19 people|killed|",
    })
    void eventAndScope(String text, String fig, String event, String scope) {
        QuantityMention q = figure(text, fig);
        assertEquals(event, q.event(), text);
        assertEquals(scope, q.scope(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They will need three more.|three",
    })
    void noConcept(String text, String fig) {
        assertNull(figure(text, fig).concept(), text);
    }
}

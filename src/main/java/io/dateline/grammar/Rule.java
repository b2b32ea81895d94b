package io.dateline.grammar;

import java.util.List;
import java.util.Set;

/**
 * A compiled rule: an id, where it was written, its pattern and what it emits.
 *
 * @param id         unique id shown by {@code --explain} ("time.weekday.rel")
 * @param file       file it was read from
 * @param line       line of its {@code rule} statement
 * @param order      global load order (tie-breaker)
 * @param elements   the pattern
 * @param coreFrom   index of the first element inside {@code [ ]} (the TIMEX3 extent), or 0
 * @param coreTo     index after the last element inside {@code [ ]}, or elements.size()
 * @param emit       the assignments that build the frame
 * @param categories the kinds this rule can produce
 * @param stage      rules of stage n only see mentions of stages &lt; n
 * @param priority   breaks ties between overlapping mentions of equal length
 * @param builtIn    whether it comes with Dateline (a user's rule wins a tie with a built-in one)
 */
public record Rule(String id, String file, int line, int order, List<Element> elements,
                   int coreFrom, int coreTo, List<Emit> emit, Set<String> categories, int stage,
                   int priority, boolean builtIn) {

    /** One {@code key=value} (or {@code +$x}) of an emit line. */
    public record Emit(String key, String literal, String capture, String field, boolean copyAll) {
    }

    public String location() {
        return file + ":" + line;
    }

    /**
     * The regex a match must start with when the rule is not triggered by a word: the first
     * required item if it is a regex, reached over optional words ("the? /1990s/": when "the"
     * is skipped, the regex sees the first token). Otherwise an always-true stand-in.
     */
    Element.TokenRegex firstRegex() {
        for (Element e : elements) {
            if (e.negated()) {
                continue;
            }
            if (e instanceof Element.TokenRegex x) {
                return e.optional() ? ANY : x;
            }
            if (e.optional() && e instanceof Element.Literal) {
                continue;
            }
            break;
        }
        return ANY;
    }

    private static final Element.TokenRegex ANY = new Element.TokenRegex(java.util.regex.Pattern.compile(".*"),
            List.of(), false, null, false, List.of(), false, false, null, false);
}

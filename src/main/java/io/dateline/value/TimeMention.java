package io.dateline.value;

import java.util.List;

/**
 * A time expression and its value.
 *
 * @param start       code-point start of everything matched, signal words included ("on Tuesday")
 * @param end         code-point end (exclusive)
 * @param text        the matched text
 * @param timexStart  start of the TIMEX3 extent (signals such as "on", "since" left out)
 * @param timexEnd    end of the TIMEX3 extent
 * @param timexText   the TIMEX3 extent's text
 * @param signal      the signal word in front ("since", "until", "on"), or null
 * @param value       the resolved value
 * @param rules       rule ids, outermost first
 * @param rangeRole   "start" or "end" when this is one end of "from X to Y", else null
 */
public record TimeMention(int start, int end, String text, int timexStart, int timexEnd, String timexText,
                          String signal, TimeValue value, List<String> rules, String rangeRole)
        implements Mention {

    public TimeMention {
        rules = List.copyOf(rules);
    }

    @Override
    public String kind() {
        return "time";
    }

    @Override
    public List<String> warnings() {
        return value.warnings();
    }
}

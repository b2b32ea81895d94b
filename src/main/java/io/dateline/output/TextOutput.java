package io.dateline.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.DocumentResult;
import io.dateline.Mention;
import java.io.PrintWriter;

/** A view for people: the anchor, then one line per mention. */
public final class TextOutput {

    private TextOutput() {
    }

    public static void write(DocumentResult r, boolean explain, PrintWriter out) {
        out.println("== " + r.source());
        if (r.anchor() == null) {
            out.println("anchor: none");
        } else {
            out.println("anchor: " + r.anchor().value() + " (" + r.anchor().source()
                    + (r.anchor().text() == null ? "" : ": \"" + r.anchor().text() + "\"") + ")");
            r.anchor().warnings().forEach(w -> out.println("  warning: " + w));
        }
        r.warnings().forEach(w -> out.println("warning: " + w));
        for (Mention m : r.mentions()) {
            JsonNode j = JsonOutput.mention(m, explain);
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%6d-%-6d %-9s %-32s ", m.start(), m.end(), m.kind(), '"' + m.text() + '"'));
            if (m.kind().equals("time")) {
                sb.append(j.path("type").asText()).append(' ').append(j.path("value").asText());
                if (!j.path("mod").isNull()) {
                    sb.append(" mod=").append(j.path("mod").asText());
                }
                if (!j.path("pointsTo").isNull()) {
                    sb.append(" -> ").append(j.path("pointsTo").asText());
                }
            } else {
                sb.append(j.path("dimension").asText()).append(' ').append(j.path("value").asText());
                if (!j.path("unit").isNull()) {
                    sb.append(' ').append(j.path("unit").asText());
                }
                if (!j.path("counted").isNull() && !j.path("counted").isMissingNode()) {
                    sb.append(" (").append(j.path("counted").asText()).append(')');
                }
            }
            out.println(sb);
            for (String w : m.warnings()) {
                out.println("         warning: " + w);
            }
            if (explain) {
                out.println("         rules: " + String.join(" < ", m.rules()));
                j.path("steps").forEach(s -> out.println("         step: " + s.asText()));
            }
        }
    }
}

package io.dateline.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.Dateline;
import io.dateline.DocumentResult;
import io.dateline.value.Anchor;
import io.dateline.value.Mention;
import io.dateline.value.QuantityMention;
import io.dateline.value.TimeMention;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * {@code POST /parse} as Duckling answers it, so that a Duckling client (Rasa's
 * {@code DucklingEntityExtractor}, for one) can point at Dateline unchanged. Form fields:
 * {@code text}, {@code reftime} (epoch milliseconds, or {@code now}), {@code tz} (a zone id,
 * default UTC), {@code locale} (English only), {@code dims} (a JSON list or commas). Answer: a
 * JSON array of {@code {body, start, end, dim, latent, value}}.
 */
final class Duckling {

    /** The reftimes read: years 1 to 9999, as TIMEX3 writes them (epoch milliseconds, UTC). */
    static final long MIN_REFTIME = Instant.parse("0001-01-02T00:00:00Z").toEpochMilli();
    static final long MAX_REFTIME = Instant.parse("9999-12-30T23:59:59.999Z").toEpochMilli();

    /** Duckling's dimensions: a client may ask for any of them (those Dateline never finds give nothing). */
    static final Set<String> DIMS = Set.of("amount-of-money", "credit-card-number", "distance", "duration", "email",
            "number", "ordinal", "phone-number", "quantity", "temperature", "time", "time-grain", "url", "volume");

    private final DatelineService service;

    Duckling(DatelineService service) {
        this.service = service;
    }

    void handle(Context ctx) throws Exception {
        byte[] body = Bodies.read(ctx.req().getContentLengthLong(), ctx.req().getInputStream(), service.options().maxBytes());
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String text = form.get("text");
        if (text == null || text.isBlank()) {
            throw new ApiException(400, "missing form field \"text\"");
        }
        String locale = form.getOrDefault("locale", form.getOrDefault("lang", "en_US"));
        if (!locale.toLowerCase(Locale.ROOT).startsWith("en")) {
            throw new ApiException(400, "locale '" + locale + "' is not supported: Dateline reads English (en_*)");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(form.getOrDefault("tz", "UTC"));
        } catch (DateTimeException e) {
            throw new ApiException(400, "unknown time zone \"tz\" '" + form.get("tz") + "'");
        }
        Anchor anchor = anchor(form.get("reftime"), zone);
        Set<String> dims = dims(form.get("dims"));
        Dateline engine = service.engines().engine(Options.ALL);
        DocumentResult r;
        try {
            r = service.work().submit(() -> engine.process("duckling", text, anchor)).await(service.options().timeoutMs());
        } catch (ExecutionException e) {
            throw new IllegalStateException("processing failed: " + RequestLog.words(e.getCause()), e.getCause());
        }
        ArrayNode out = ParseRequest.JSON.createArrayNode();
        for (Mention m : r.mentions()) {
            String dim;
            ObjectNode value;
            if (m instanceof TimeMention t) {
                dim = DucklingValues.dim(t);
                value = dim == null ? null : DucklingValues.time(t, zone, anchor);
            } else if (m instanceof QuantityMention q) {
                dim = DucklingValues.dim(q);
                value = DucklingValues.quantity(q, dim);
            } else {
                continue;
            }
            if (value == null || (!dims.isEmpty() && !dims.contains(dim))) {
                continue;
            }
            ObjectNode e = out.addObject();
            e.put("body", m.text());
            e.put("start", m.start());
            e.put("end", m.end());
            e.put("dim", dim);
            e.put("latent", false);
            e.set("value", value);
        }
        DatelineService.json(ctx, 200, ParseRequest.JSON.writeValueAsString(out));
    }

    /** reftime in epoch milliseconds, in {@code zone}; "now" reads the clock; absent: no anchor. */
    private static Anchor anchor(String reftime, ZoneId zone) throws ApiException {
        if (reftime == null || reftime.isBlank()) {
            return null;
        }
        Instant at;
        String r = reftime.strip();
        if (r.equals("now")) {
            at = Instant.now(); // the user said "now"
        } else {
            long ms;
            try {
                ms = r.matches("-?[0-9]{1,19}") ? Long.parseLong(r) : Long.MIN_VALUE;
            } catch (NumberFormatException e) {
                ms = Long.MIN_VALUE;
            }
            if (ms < MIN_REFTIME || ms > MAX_REFTIME) {
                throw new ApiException(400, "\"reftime\" must be epoch milliseconds between " + MIN_REFTIME + " (year 1) and "
                        + MAX_REFTIME + " (year 9999), or now; not '" + reftime + "'");
            }
            at = Instant.ofEpochMilli(ms);
        }
        ZoneOffset offset = zone.getRules().getOffset(at);
        return Anchor.ofDateTime(LocalDateTime.ofInstant(at, zone), offset, "reftime");
    }

    /** {@code dims}: a JSON list of strings (as Rasa sends it) or names separated by commas; each one of {@link #DIMS}. */
    private static Set<String> dims(String v) throws ApiException {
        Set<String> out = new HashSet<>();
        if (v == null || v.isBlank()) {
            return out;
        }
        String s = v.strip();
        if (s.startsWith("[") || s.startsWith("{") || s.startsWith("\"")) {
            JsonNode n;
            try {
                n = ParseRequest.JSON.readTree(s);
            } catch (java.io.IOException e) {
                n = null;
            }
            if (n == null || !n.isArray()) {
                throw new ApiException(400, "\"dims\" must be a JSON list of dimension names or names separated by commas, not " + v);
            }
            for (JsonNode x : n) {
                if (!x.isTextual()) {
                    throw new ApiException(400, "\"dims\" must list dimension names as strings, not " + x);
                }
                out.add(x.asText().strip());
            }
        } else {
            for (String d : s.split(",")) {
                if (!d.isBlank()) {
                    out.add(d.strip());
                }
            }
        }
        for (String d : out) {
            if (!DIMS.contains(d)) {
                throw new ApiException(400, "unknown dimension '" + d + "' in \"dims\"; Duckling's are "
                        + String.join(", ", new java.util.TreeSet<>(DIMS)));
            }
        }
        return out;
    }

    /** application/x-www-form-urlencoded fields (the last of a repeated name wins). */
    static Map<String, String> form(String body) throws ApiException {
        Map<String, String> m = new HashMap<>();
        if (body.isBlank()) {
            return m;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String val = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                m.put(k, val);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "malformed form body: " + e.getMessage());
            }
        }
        return m;
    }
}

package io.dateline.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dateline.input.InputFormat;
import io.dateline.input.InputItem;
import io.dateline.input.InputReader;
import io.dateline.input.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code POST /v1/parse} body: {@code {"text": ...}} or {@code {"html": ...}}, with optional
 * {@code id}, {@code url}, {@code published}, {@code policy}, {@code only}, {@code explain},
 * {@code withText}. The document is read exactly as a file of that content named {@code id}
 * (default {@code -}) is read by the command line.
 */
record ParseRequest(InputItem item, Options options, List<String> unknown) {

    /** The fields a body may hold; any other is ignored and named in a warning header. */
    static final java.util.Set<String> FIELDS = java.util.Set.of("text", "html", "id", "url", "published", "policy", "only",
            "explain", "withText");

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    static ParseRequest fromJson(byte[] body) throws ApiException {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ApiException(400, "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiException(400, "unreadable body: " + e.getMessage());
        }
        if (n == null || n.isMissingNode()) {
            throw new ApiException(400, "empty body: expected a JSON object with \"text\" or \"html\"");
        }
        if (!n.isObject()) {
            throw new ApiException(400, "expected a JSON object with \"text\" or \"html\", found " + n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        String text = string(n, "text");
        String html = string(n, "html");
        if (text != null && html != null) {
            throw new ApiException(400, "give \"text\" or \"html\", not both");
        }
        if (text == null && html == null) {
            throw new ApiException(400, "missing string field \"text\" (or \"html\")");
        }
        String doc = text != null ? text : html;
        if (doc.isBlank()) {
            throw new ApiException(400, "empty \"" + (text != null ? "text" : "html") + "\"");
        }
        String id = scalar(n, "id");
        String url = string(n, "url");
        InputItem item = InputReader.document(doc.getBytes(StandardCharsets.UTF_8), id == null ? "-" : id,
                text != null ? InputFormat.TEXT : InputFormat.HTML);
        if (url != null && item instanceof SourceDocument d) {
            item = new SourceDocument(d.id(), d.text(), d.format(), d.publishedHint(), d.metadataSource(), url, d.line(),
                    d.offsetsNote(), d.warnings());
        }
        Options o = new Options(Options.policy(string(n, "policy")), Options.kinds(only(n)), bool(n, "explain"),
                bool(n, "withText"), string(n, "published"));
        List<String> unknown = new ArrayList<>();
        n.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                unknown.add("\"" + f + "\"");
            }
        });
        return new ParseRequest(item, o, List.copyOf(unknown));
    }

    private static String string(JsonNode n, String field) throws ApiException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiException(400, "\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static String scalar(JsonNode n, String field) throws ApiException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new ApiException(400, "\"" + field + "\" must be a string or a number");
        }
        return v.asText().isBlank() ? null : v.asText();
    }

    private static boolean bool(JsonNode n, String field) throws ApiException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new ApiException(400, "\"" + field + "\" must be true or false");
        }
        return v.booleanValue();
    }

    private static List<String> only(JsonNode n) throws ApiException {
        JsonNode v = n.get("only");
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            out.add(v.asText());
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isTextual()) {
                    throw new ApiException(400, "\"only\" must be \"time\", \"quantity\" or a list of them");
                }
                out.add(x.asText());
            }
            return out;
        }
        throw new ApiException(400, "\"only\" must be \"time\", \"quantity\" or a list of them");
    }
}

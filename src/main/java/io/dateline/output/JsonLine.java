package io.dateline.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree as one line straight through Jackson's streaming generator, without an
 * {@code ObjectMapper}: building a mapper and its serializers is about a tenth of a short
 * command-line run, and a tree of objects, arrays, strings, numbers, booleans and nulls needs
 * none of it. The generator is the one a mapper writes with, with the same defaults, so the
 * bytes are the same ({@code JsonLineTest}); a tree holding any other kind of node is left to
 * the mapper.
 */
final class JsonLine {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLine() {
    }

    /** The line, or null when the tree holds a node this writer leaves to the mapper. */
    static String write(JsonNode n) {
        if (!plain(n)) {
            return null;
        }
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            value(g, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static boolean plain(JsonNode n) {
        switch (n.getNodeType()) {
            case OBJECT, ARRAY -> {
                for (JsonNode c : n) {
                    if (!plain(c)) {
                        return false;
                    }
                }
                return true;
            }
            case STRING, BOOLEAN, NULL -> {
                return true;
            }
            case NUMBER -> {
                return n.numberType() != null;
            }
            default -> {
                return false;
            }
        }
    }

    private static void value(JsonGenerator g, JsonNode n) throws IOException {
        JsonNodeType type = n.getNodeType();
        switch (type) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    g.writeFieldName(e.getKey());
                    value(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode c : n) {
                    value(g, c);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> number(g, n);
            default -> throw new IllegalStateException("not a plain node: " + type);
        }
    }

    private static void number(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.numberType()) {
            case INT -> g.writeNumber(n.intValue());
            case LONG -> g.writeNumber(n.longValue());
            case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
            case FLOAT -> g.writeNumber(n.floatValue());
            case DOUBLE -> g.writeNumber(n.doubleValue());
            case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
            default -> throw new IllegalStateException("number type " + n.numberType());
        }
    }
}

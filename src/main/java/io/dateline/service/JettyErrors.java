package io.dateline.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty writes itself, before a request reaches a route (a path that climbs above
 * the root such as {@code /../../etc/passwd}, a malformed request line): the service's JSON
 * error object instead of Jetty's HTML page, never a stack trace.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        var o = ParseRequest.JSON.createObjectNode();
        o.put("error", words(code, message));
        o.put("status", code);
        byte[] bytes = o.toString().getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    private static String words(int code, String message) {
        String m = message == null || message.isBlank() || message.strip().equalsIgnoreCase("bad request") ? null : message.strip();
        if (code == 404) {
            return "no such endpoint (POST /v1/parse, POST /v1/batch, POST /parse, GET /health, GET /version)";
        }
        if (code == 400) {
            return "bad request" + (m == null ? "" : ": " + m.toLowerCase(java.util.Locale.ROOT))
                    + " (paths may not climb above the root or hold empty or encoded segments)";
        }
        return m == null ? "HTTP " + code : m;
    }
}

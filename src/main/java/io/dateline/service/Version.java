package io.dateline.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What {@code GET /version} answers: the build's version (written into the jar by Maven), the JVM's. */
final class Version {

    private Version() {
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    static String json() {
        var o = ParseRequest.JSON.createObjectNode();
        o.put("name", "dateline");
        o.put("version", version());
        o.put("java", System.getProperty("java.version"));
        o.put("server", "javalin");
        var api = o.putArray("endpoints");
        for (String e : new String[]{"POST /v1/parse", "POST /v1/batch", "POST /parse", "GET /health", "GET /version"}) {
            api.add(e);
        }
        return o.toString();
    }
}

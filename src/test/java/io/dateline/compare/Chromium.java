package io.dateline.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket from java.net.http; no
 * driver, no extra dependency). Started with the flags that keep it off the network, in a new
 * empty profile; closed (and its process ended) by {@link #close()}.
 */
final class Chromium implements AutoCloseable {

    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1400,1000");
    static final Duration WAIT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    /** Every event received, in order (console messages, exceptions, network requests ...). */
    final List<JsonNode> events = new ArrayList<>();
    private int nextId = 1;
    private String session;

    /**
     * Without Chromium: under CI the test fails (CI never skips it); elsewhere the skip is said
     * on the console, where a developer sees it (Maven shows a test's standard error), and the
     * test is aborted, not passed.
     */
    static void missing(String why, boolean ci, java.io.PrintStream console) {
        if (ci) {
            org.junit.jupiter.api.Assertions.fail(why + ": CI must run the browser test");
        }
        console.println("[WARNING] browser test SKIPPED: " + why + ": the HTML report was not checked in a browser");
        console.flush();
        org.junit.jupiter.api.Assumptions.abort(why + ": the HTML report was not checked in a browser");
    }

    /** The Chromium binary: $DATELINE_CHROMIUM ("none" for none), else /usr/bin/chromium, else null. */
    static Path find() {
        String env = System.getenv("DATELINE_CHROMIUM");
        if (env != null && env.equals("none")) {
            return null;
        }
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path p = Path.of("/usr/bin/chromium");
        return Files.isExecutable(p) ? p : null;
    }

    Chromium(Path binary, Path profile) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.add("about:blank");
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(Files.exists(active) && Files.readAllLines(active).size() >= 2)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                close();
                throw new IOException("Chromium did not open its DevTools port; log: "
                        + Files.readString(profile.resolveSibling("chromium.log"), StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        List<String> port = Files.readAllLines(active);
        URI uri = URI.create("ws://127.0.0.1:" + port.get(0).strip() + port.get(1).strip());
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(uri, new Listener()).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Opens a page and attaches to it; later commands go to that page. */
    void openPage() throws InterruptedException, IOException {
        String target = send("Target.createTarget", JSON.createObjectNode().put("url", "about:blank"), false)
                .path("targetId").asText();
        session = send("Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true), false)
                .path("sessionId").asText();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            send(domain + ".enable", JSON.createObjectNode());
        }
    }

    /** Loads a URL in the page and waits for its load event. */
    void navigate(String url) throws InterruptedException, IOException {
        int from = events.size();
        send("Page.navigate", JSON.createObjectNode().put("url", url));
        // the load event may come before the command's answer
        for (JsonNode e : events.subList(from, events.size())) {
            if (e.path("method").asText().equals("Page.loadEventFired")) {
                return;
            }
        }
        await(m -> m.path("method").asText().equals("Page.loadEventFired"));
    }

    /** Evaluates a JavaScript expression in the page and returns its value (as JSON). */
    JsonNode evaluate(String expression) throws InterruptedException, IOException {
        JsonNode r = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** A PNG screenshot of the page (the whole page, beyond the window). */
    byte[] screenshot() throws InterruptedException, IOException {
        ObjectNode p = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        return java.util.Base64.getDecoder().decode(send("Page.captureScreenshot", p).path("data").asText());
    }

    JsonNode send(String method, ObjectNode params) throws InterruptedException, IOException {
        return send(method, params, true);
    }

    private JsonNode send(String method, ObjectNode params, boolean toPage) throws InterruptedException, IOException {
        int id = nextId++;
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        if (toPage && session != null) {
            msg.put("sessionId", session);
        }
        socket.sendText(JSON.writeValueAsString(msg), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        JsonNode reply = await(m -> m.path("id").asInt(-1) == id);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode m = inbox.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new IOException("no answer from Chromium within " + WAIT.toSeconds() + " s");
            }
            if (m.has("method")) {
                events.add(m);
            }
            if (wanted.test(m)) {
                return m;
            }
        }
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                send("Browser.close", JSON.createObjectNode(), false);
            }
        } catch (Exception e) {
            // ending the process below is enough
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                try {
                    inbox.add(JSON.readTree(part.toString()));
                } catch (IOException e) {
                    inbox.add(JSON.createObjectNode().put("method", "unreadable").put("text", part.toString()));
                }
                part.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}

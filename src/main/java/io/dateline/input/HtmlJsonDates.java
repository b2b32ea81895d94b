package io.dateline.input;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a page's scripts: JSON-LD (arrays and {@code @graph} searched, article types first),
 * and, where a strict parser fails or the script is not JSON-LD, {@code "datePublished": "..."}
 * pairs found leniently. Part of {@link HtmlDateSignals}. Package-private.
 */
final class HtmlJsonDates {

    private HtmlJsonDates() {
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenews",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "liveblogposting", "webpage", "posting", "socialmediaposting", "report",
            "scholarlyarticle", "techarticle", "videoobject", "medicalwebpage", "aboutpage", "itempage");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /** "datePublished": "..." in any script text (JSON a strict parser rejects, or not JSON-LD). */
    private static final Pattern JSON_PAIR = Pattern.compile(
            "[\"']?(datePublished|dateCreated|uploadDate|dateModified)[\"']?\\s*:\\s*[\"']([^\"'<>]{6,60})[\"']");
    static void collect(Document doc, Map<String, String> keys, List<DateSignal> out, Set<String> seen) {
        for (Element script : doc.select("script")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            String data = script.data();
            if (data.length() > 2_000_000 || !data.contains("date") && !data.contains("Date")) {
                continue;
            }
            boolean parsed = false;
            if (type.contains("ld+json")) {
                try {
                    JsonNode root = JSON.readTree(data);
                    List<JsonNode> nodes = new ArrayList<>();
                    collectNodes(root, nodes, 0);
                    List<JsonNode> ordered = new ArrayList<>();
                    nodes.stream().filter(HtmlJsonDates::isArticle).forEach(ordered::add);
                    nodes.stream().filter(n -> !isArticle(n)).forEach(ordered::add);
                    for (JsonNode n : ordered) {
                        for (Map.Entry<String, String> k : keys.entrySet()) {
                            HtmlDateSignals.add(out, seen, DateSignal.Kind.STRUCTURED, k.getValue(), textOf(n.get(k.getKey())),
                                    "html:json-ld[" + k.getKey() + "]", false);
                        }
                    }
                    parsed = true;
                } catch (IOException | RuntimeException e) {
                    parsed = false; // lenient reading below
                }
            }
            if (!parsed) {
                Matcher m = JSON_PAIR.matcher(data);
                while (m.find()) {
                    String role = keys.getOrDefault(m.group(1), "published");
                    HtmlDateSignals.add(out, seen, DateSignal.Kind.STRUCTURED, role, m.group(2),
                            "html:script[" + m.group(1) + "]", false);
                }
            }
        }
    }

    /** Names of framework page state, for the note of where a date was found. */
    private static final Pattern FRAMEWORK = Pattern.compile(
            "__NEXT_DATA__|__INITIAL_STATE__|__NUXT__|__NUXT_DATA__|__APOLLO_STATE__|__PRELOADED_STATE__|__INITIAL_DATA__");
    /** A JavaScript redirect: location = "…", location.href = "…", location.replace("…"). */
    private static final Pattern REDIRECT = Pattern.compile(
            "location(?:\\.href)?\\s*(?:=|\\.replace\\(|\\.assign\\()\\s*[\"']([^\"'\\s<>]{1,500})[\"']");
    /** Longest script text searched for state keys or a redirect. */
    static final int MAX_SCRIPT_CHARS = 2_000_000;

    /**
     * Dates in a framework's page state: the first value of each state key (publishedAt,
     * createdAt, updatedAt...) in any script that is not JSON-LD, as a generic signal.
     */
    static void state(Document doc, Map<String, String> keys, List<DateSignal> out, Set<String> seen) {
        if (keys.isEmpty()) {
            return;
        }
        StringBuilder alt = new StringBuilder();
        for (String k : keys.keySet()) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(k));
        }
        Pattern pair = Pattern.compile("[\"']?(" + alt + ")[\"']?\\s*:\\s*[\"']([^\"'<>]{8,40})[\"']");
        Set<String> done = new java.util.HashSet<>();
        for (Element script : doc.select("script")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS || script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            Matcher fw = FRAMEWORK.matcher(script.id() + " " + (data.length() > 200 ? data.substring(0, 200) : data));
            String name = fw.find() ? fw.group() + " " : "";
            Matcher m = pair.matcher(data);
            while (m.find() && done.size() < keys.size()) {
                if (!done.add(m.group(1)) || !m.group(2).matches(".*\\d{4}.*")) {
                    continue;
                }
                HtmlDateSignals.add(out, seen, DateSignal.Kind.META, keys.get(m.group(1)), m.group(2),
                        "html:script " + name + "state[" + m.group(1) + "]", false);
            }
        }
    }

    /** The date in the URL a page's script sends the reader to, when the page says none itself. */
    static void redirectUrl(Document doc, List<DateSignal> out) {
        for (Element script : doc.select("script")) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS || !data.contains("location")) {
                continue;
            }
            Matcher m = REDIRECT.matcher(data);
            if (m.find()) {
                HtmlDateSignals.urlDate(m.group(1), out, "html:script redirect ");
                return;
            }
        }
    }

    /** Objects in document order, looking into arrays and {@code @graph}. */
    static void collectNodes(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 20) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collectNodes(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            for (var it = n.properties().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue().isContainerNode()) {
                    collectNodes(e.getValue(), out, depth + 1);
                }
            }
        }
    }

    private static boolean isArticle(JsonNode n) {
        return isArticle(n, ARTICLE_TYPES);
    }

    /** Whether the object's {@code @type} (one or several) is one of {@code articleTypes}, in lower case. */
    static boolean isArticle(JsonNode n, Set<String> articleTypes) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonNode> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(types::add);
        } else {
            types.add(type);
        }
        for (JsonNode t : types) {
            if (t.isTextual() && ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The first non-blank text of a JSON-LD value: a string, an array of them, or {@code {"@value": ...}}. */
    static String textOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText().strip();
        }
        if (v.isArray()) {
            for (JsonNode c : v) {
                String s = textOf(c);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (v.isObject()) {
            return textOf(v.get("@value"));
        }
        return null;
    }
}

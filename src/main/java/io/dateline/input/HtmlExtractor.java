package io.dateline.input;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts the article text and publication metadata from an HTML page.
 *
 * <p>Text: the {@code <article>} with the most text outside links (not the first: that is
 * often a teaser card), else {@code <main>}, else {@code <body>}; script, style, nav, header,
 * footer, aside, noscript (and template, iframe, svg), ARIA landmarks of page furniture
 * ({@code role=navigation|banner|complementary|contentinfo}), {@code aria-hidden} content and
 * forms are dropped, except a form that holds most of the page (it wraps the article).
 * One deliberate exception: a {@code <header>} that is inside the chosen {@code <article>}
 * is kept, because that is where a headline and a byline ("Published …") live; page headers
 * outside the article are dropped. Block elements become paragraphs separated by a blank
 * line ({@code "\n\n"}), {@code <br>} becomes {@code "\n"}, runs of white space inside a
 * paragraph become one space.
 *
 * <p>Metadata, first found wins: {@code meta[property|name=article:published_time]},
 * {@code og:published_time}, {@code article:published}, {@code [itemprop=datePublished]},
 * JSON-LD {@code datePublished} (arrays and {@code @graph} searched, article types preferred),
 * then the first {@code <time datetime>} inside the article (or main). Every other date
 * signal of the page is collected by {@link HtmlDateSignals} for the anchor detector.
 */
final class HtmlExtractor {

    static final String OFFSETS_NOTE = "offsets refer to the text extracted from HTML";

    private static final Set<String> DROP = Set.of("script", "style", "nav", "header", "footer",
            "aside", "form", "noscript", "template", "iframe", "svg", "button", "select");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "caption", "hr",
            "address", "details", "summary", "header", "body", "center");

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenews",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "liveblogposting", "webpage");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /** What the page yielded. */
    record Extracted(String text, String published, String publishedSource, String url, DateSignals signals, String lang) {
    }

    /** The page's declared language: {@code <html lang>}, else {@code og:locale}, else {@code Content-Language}; null when none. */
    static String declaredLanguage(Document doc) {
        Element html = doc.selectFirst("html");
        if (html != null && !html.attr("lang").isBlank()) {
            return html.attr("lang").strip();
        }
        for (Element m : doc.select("meta")) {
            if ("og:locale".equalsIgnoreCase(m.attr("property")) && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        for (Element m : doc.select("meta")) {
            if ("content-language".equalsIgnoreCase(m.attr("http-equiv")) && !m.attr("content").isBlank()) {
                return m.attr("content").split(",")[0].strip();
            }
        }
        return null;
    }

    /** ARIA roles of page furniture, dropped with their content. */
    private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "complementary", "contentinfo",
            "search", "menu", "menubar", "dialog", "alert");

    private HtmlExtractor() {
    }

    static Extracted extract(String html) {
        Document doc = Jsoup.parse(html, "");
        Element article = largestArticle(doc);
        Element root = article != null ? article : doc.selectFirst("main");
        if (root == null) {
            root = doc.body();
        }

        String[] meta = findMeta(doc);
        if (meta == null) {
            meta = findJsonLd(doc);
        }
        if (meta == null && root != null && (article != null || "main".equals(root.normalName()))) {
            Element time = root.selectFirst("time[datetime]");
            if (time != null && !time.attr("datetime").isBlank()) {
                meta = new String[] {time.attr("datetime").strip(), "html:time[datetime]"};
            }
        }

        String url = null;
        for (Element link : doc.select("link[rel]")) {
            if (link.attr("rel").toLowerCase(Locale.ROOT).contains("canonical") && !link.attr("href").isBlank()) {
                url = link.attr("href").strip();
                break;
            }
        }
        if (url == null) {
            for (Element m : doc.select("meta")) {
                if ("og:url".equalsIgnoreCase(m.attr("property")) && !m.attr("content").isBlank()) {
                    url = m.attr("content").strip();
                    break;
                }
            }
        }

        String text = "";
        if (root != null) {
            Element body = root.clone();
            Element keptHeaderOwner = article != null ? body : null;
            for (Element e : new ArrayList<>(body.getAllElements())) {
                if (e == body || e.parent() == null || !furniture(e, body)) {
                    continue;
                }
                if ("header".equals(e.normalName()) && keptHeaderOwner != null && !insideDropped(e, body)) {
                    continue;
                }
                e.remove();
            }
            List<String> blocks = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            walk(body, current, blocks);
            flush(current, blocks);
            text = String.join("\n\n", blocks);
        }
        DateSignals signals = HtmlDateSignals.collect(doc, article != null ? article : doc.selectFirst("main"), url);
        return new Extracted(text, meta == null ? null : meta[0], meta == null ? null : meta[1], url, signals,
                declaredLanguage(doc));
    }

    /**
     * The {@code <article>} with the most text outside links (a teaser card is short and mostly
     * a link), or null when the page has none with text.
     */
    private static Element largestArticle(Document doc) {
        Element best = null;
        int bestScore = 0;
        for (Element a : doc.select("article")) {
            int all = a.text().length();
            int links = 0;
            for (Element l : a.select("a")) {
                links += l.text().length();
            }
            int score = all - links;
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    /** Page furniture: a dropped element, an ARIA landmark of it, or hidden content. */
    private static boolean furniture(Element e, Element body) {
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (DROP_ROLES.contains(role) || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
            return true;
        }
        if ("form".equals(e.normalName())) {
            // a form that wraps the page (ASP.NET pages) holds the article: keep it
            return e.text().length() < body.text().length() / 2;
        }
        return DROP.contains(e.normalName());
    }

    /** True when an ancestor of {@code e} below {@code root} is itself dropped (e.g. a nav). */
    private static boolean insideDropped(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (DROP.contains(p.normalName()) && !"header".equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String[] findMeta(Document doc) {
        String[][] keys = {
            {"article:published_time", "html:meta[article:published_time]"},
            {"og:published_time", "html:meta[og:published_time]"},
            {"article:published", "html:meta[article:published]"},
        };
        List<Element> metas = doc.select("meta");
        for (String[] key : keys) {
            for (Element m : metas) {
                if ((key[0].equalsIgnoreCase(m.attr("property")) || key[0].equalsIgnoreCase(m.attr("name")))
                        && !m.attr("content").isBlank()) {
                    return new String[] {m.attr("content").strip(), key[1]};
                }
            }
        }
        for (Element e : doc.select("[itemprop]")) {
            if (!"datePublished".equalsIgnoreCase(e.attr("itemprop").strip())) {
                continue;
            }
            String v = !e.attr("content").isBlank() ? e.attr("content")
                    : !e.attr("datetime").isBlank() ? e.attr("datetime") : e.text();
            if (!v.isBlank()) {
                return new String[] {v.strip(), "html:meta[itemprop=datePublished]"};
            }
        }
        return null;
    }

    private static String[] findJsonLd(Document doc) {
        String fallback = null;
        for (Element script : doc.select("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (Exception e) {
                continue; // a broken JSON-LD block is common; other sources may still serve
            }
            List<JsonNode> nodes = new ArrayList<>();
            HtmlJsonDates.collectNodes(root, nodes, 0);
            for (JsonNode n : nodes) {
                String v = HtmlJsonDates.textOf(n.get("datePublished"));
                if (v == null) {
                    continue;
                }
                if (HtmlJsonDates.isArticle(n, ARTICLE_TYPES)) {
                    return new String[] {v, "html:json-ld[datePublished]"};
                }
                if (fallback == null) {
                    fallback = v;
                }
            }
        }
        return fallback == null ? null : new String[] {fallback, "html:json-ld[datePublished]"};
    }

    private static void walk(Node node, StringBuilder current, List<String> blocks) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode) {
                appendText(current, ((TextNode) child).getWholeText());
            } else if (child instanceof Element) {
                Element e = (Element) child;
                String name = e.normalName();
                if ("br".equals(name)) {
                    trimTrailingSpace(current);
                    current.append('\n');
                } else if (BLOCKS.contains(name)) {
                    flush(current, blocks);
                    walk(e, current, blocks);
                    flush(current, blocks);
                } else {
                    if (("td".equals(name) || "th".equals(name)) && current.length() > 0) {
                        appendText(current, " ");
                    }
                    walk(e, current, blocks);
                }
            }
        }
    }

    private static void appendText(StringBuilder sb, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void trimTrailingSpace(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String s = current.toString().strip();
        current.setLength(0);
        if (!s.isEmpty()) {
            blocks.add(s.replaceAll(" *\n *", "\n"));
        }
    }
}

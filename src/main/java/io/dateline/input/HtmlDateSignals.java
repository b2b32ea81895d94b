package io.dateline.input;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects every publication-date signal of a page ({@link DateSignal}); the names it looks for
 * are data ({@code html-dates.tsv} next to this class). It reads; it does not judge: values are
 * passed on as written, and the anchor detector parses and chooses. Package-private.
 */
final class HtmlDateSignals {

    /** Longest element text looked at as a visible date. */
    static final int MAX_VISIBLE_CHARS = 160;
    /** At most this many visible marked dates are passed on. */
    static final int MAX_VISIBLE = 12;

    private record Name(String what, String role) {
    }

    private static final Map<String, Name> META = new LinkedHashMap<>();
    private static final Map<String, String> JSON_KEYS = new LinkedHashMap<>();
    private static final Map<String, String> STATE_KEYS = new LinkedHashMap<>();
    private static final List<String> HINTS = new ArrayList<>();
    private static final List<String> EXCLUDE = new ArrayList<>();

    static {
        try (InputStream in = HtmlDateSignals.class.getResourceAsStream("html-dates.tsv")) {
            if (in == null) {
                throw new IllegalStateException("html-dates.tsv missing next to " + HtmlDateSignals.class.getName());
            }
            int n = 0;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 3) {
                    throw new IllegalStateException("html-dates.tsv:" + n + ": expected 3 TAB-separated columns");
                }
                String name = c[2].strip().toLowerCase(Locale.ROOT);
                switch (c[0]) {
                    case "meta-structured", "meta" -> META.put(name, new Name(c[0], c[1]));
                    case "json" -> JSON_KEYS.put(c[2].strip(), c[1]);
                    case "state" -> STATE_KEYS.put(c[2].strip(), c[1]);
                    case "hint" -> HINTS.add(name);
                    case "exclude" -> EXCLUDE.add(name);
                    default -> throw new IllegalStateException("html-dates.tsv:" + n + ": unknown kind '" + c[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date in a URL path: /2018/07/03/, /2018-07-03, /20180703/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/\\-_]([01]?\\d)[/\\-_]([0-3]?\\d)(?=[/\\-_.]|$)|/((?:19|20)\\d{2})([01]\\d)([0-3]\\d)(?=[/\\-_.]|$)");
    /** A day-first or month-first date in a URL path: /12-06-2024/; the page's order reads it. */
    private static final Pattern URL_DATE_END = Pattern.compile("/([0-3]?\\d)[\\-_.]([0-3]?\\d)[\\-_.]((?:19|20)\\d{2})(?=[/\\-_.]|$)");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern LANG = Pattern.compile("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$");

    private HtmlDateSignals() {
    }

    static DateSignals collect(Document doc, Element article, String url) {
        List<DateSignal> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        structuredMeta(doc, out, seen);
        HtmlJsonDates.collect(doc, JSON_KEYS, out, seen);
        HtmlJsonDates.state(doc, STATE_KEYS, out, seen);
        microdata(doc, article, out, seen);
        urlDate(url, out);
        HtmlJsonDates.redirectUrl(doc, out);
        visible(doc, article, out);
        times(doc, article, out, seen);
        title(doc, out);
        return new DateSignals(out, language(doc, url));
    }

    static void add(List<DateSignal> out, Set<String> seen, DateSignal.Kind kind, String role, String raw,
                            String where, boolean inArticle) {
        if (raw == null || raw.isBlank() || raw.length() > 300) {
            return;
        }
        String v = raw.strip();
        if (seen != null && !seen.add(kind + "\u0000" + role + "\u0000" + v)) {
            return;
        }
        out.add(new DateSignal(kind, role, v, where, inArticle));
    }

    private static void structuredMeta(Document doc, List<DateSignal> out, Set<String> seen) {
        List<DateSignal> generic = new ArrayList<>();
        for (Element m : doc.select("meta")) {
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                Name n = key.isEmpty() ? null : META.get(key);
                if (n == null) {
                    continue;
                }
                String v = m.attr("content");
                if (v.isBlank()) {
                    v = m.attr("datetime");
                }
                DateSignal.Kind kind = n.what().equals("meta-structured") ? DateSignal.Kind.STRUCTURED : DateSignal.Kind.META;
                add(kind == DateSignal.Kind.STRUCTURED ? out : generic, seen, kind, n.role(), v,
                        "html:meta[" + key + "]", false);
                break;
            }
        }
        out.addAll(generic);
    }

    private static void microdata(Document doc, Element article, List<DateSignal> out, Set<String> seen) {
        for (Element e : doc.select("[itemprop]")) {
            if (e.normalName().equals("meta")) {
                continue;
            }
            String prop = e.attr("itemprop").strip().toLowerCase(Locale.ROOT);
            Name n = META.get(prop);
            if (n == null) {
                continue;
            }
            String v = !e.attr("content").isBlank() ? e.attr("content")
                    : !e.attr("datetime").isBlank() ? e.attr("datetime")
                    : !e.attr("title").isBlank() && DIGIT.matcher(e.attr("title")).find() ? e.attr("title") : e.text();
            add(out, seen, DateSignal.Kind.STRUCTURED, n.role(), v, "html:[itemprop=" + prop + "]", inside(e, article));
        }
    }

    static void urlDate(String url, List<DateSignal> out) {
        urlDate(url, out, "html:url ");
    }

    static void urlDate(String url, List<DateSignal> out, String from) {
        if (url == null) {
            return;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*$", "");
        Matcher m = URL_DATE.matcher(path);
        Matcher end = URL_DATE_END.matcher(path);
        if (!m.find() && end.find()) {
            // the year last: passed on as written, read in the page's own order of day and month
            add(out, null, DateSignal.Kind.URL, "published", end.group(1) + "-" + end.group(2) + "-" + end.group(3),
                    from + url, false);
            return;
        }
        m.reset();
        if (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(4);
            String mo = m.group(1) != null ? m.group(2) : m.group(5);
            String d = m.group(1) != null ? m.group(3) : m.group(6);
            add(out, null, DateSignal.Kind.URL, "published",
                    y + "-" + (mo.length() == 1 ? "0" + mo : mo) + "-" + (d.length() == 1 ? "0" + d : d), from + url, false);
        }
    }

    private static void visible(Document doc, Element article, List<DateSignal> out) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        List<DateSignal> inArt = new ArrayList<>();
        List<DateSignal> elsewhere = new ArrayList<>();
        Set<Element> taken = new HashSet<>();
        for (Element e : body.getAllElements()) {
            if (e.normalName().equals("script") || e.normalName().equals("style")) {
                continue;
            }
            String marks = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (marks.isBlank() || !hinted(marks)) {
                continue;
            }
            boolean nested = excluded(marks);
            for (Element p = e.parent(); p != null && p != body && !nested; p = p.parent()) {
                if (taken.contains(p) || excluded((p.className() + " " + p.id()).toLowerCase(Locale.ROOT))) {
                    nested = true;
                }
            }
            String text = e.text();
            if (nested || text.length() > MAX_VISIBLE_CHARS || !DIGIT.matcher(text).find()) {
                continue;
            }
            taken.add(e);
            boolean in = inside(e, article);
            String where = "html:" + e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                    + (e.className().isEmpty() ? "" : "." + e.className().strip().replaceAll("\\s+", "."));
            if (!in && inFooter(e)) {
                where += " in the page footer";
            }
            (in ? inArt : elsewhere).add(new DateSignal(DateSignal.Kind.MARKED, "displayed", text.strip(), where, in));
        }
        List<DateSignal> all = new ArrayList<>(inArt);
        all.addAll(elsewhere);
        out.addAll(all.subList(0, Math.min(MAX_VISIBLE, all.size())));
        labelled(body, article, out);
    }

    /** Longest label looked at before a value. */
    static final int MAX_LABEL_CHARS = 40;

    /**
     * Values next to their labels: a {@code dt} and its {@code dd}, an element whose class is a
     * label ({@code label}, {@code …-label}, {@code …__label}) and its next sibling. Which labels
     * speak of dates is the detector's business (its lexicons).
     */
    private static void labelled(Element body, Element article, List<DateSignal> out) {
        int n = 0;
        for (Element e : body.getAllElements()) {
            if (n >= MAX_VISIBLE) {
                return;
            }
            boolean label = e.normalName().equals("dt");
            for (String c : e.classNames()) {
                String lc = c.toLowerCase(Locale.ROOT);
                label |= lc.equals("label") || lc.endsWith("-label") || lc.endsWith("__label") || lc.endsWith("_label");
            }
            Element value = label ? e.nextElementSibling() : null;
            if (value == null) {
                continue;
            }
            String l = e.text().strip();
            String v = value.text().strip();
            if (l.isEmpty() || l.length() > MAX_LABEL_CHARS || DIGIT.matcher(l).find() || v.length() > MAX_VISIBLE_CHARS
                    || !DIGIT.matcher(v).find()) {
                continue;
            }
            boolean in = inside(value, article);
            out.add(new DateSignal(DateSignal.Kind.LABELLED, "displayed", l + " " + v,
                    "html:" + e.normalName() + "+" + value.normalName() + " (label '" + l + "')", in));
            n++;
        }
    }

    /** True inside a {@code footer} element or a block whose class or id says footer. */
    private static boolean inFooter(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("footer") || (p.className() + " " + p.id()).toLowerCase(Locale.ROOT).contains("footer")) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(String marks) {
        for (String x : EXCLUDE) {
            if (marks.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hinted(String marks) {
        for (String h : HINTS) {
            if (marks.contains(h)) {
                return true;
            }
        }
        return false;
    }

    private static void times(Document doc, Element article, List<DateSignal> out, Set<String> seen) {
        List<DateSignal> in = new ArrayList<>();
        List<DateSignal> rest = new ArrayList<>();
        for (Element t : doc.select("time")) {
            String v = t.attr("datetime");
            if (v.isBlank()) {
                v = t.text();
            } else if (!v.matches(".*\\d{4}.*") && DIGIT.matcher(t.attr("title")).find()) {
                v = t.attr("title"); // a time-only datetime, the full value in the title
            }
            boolean pub = t.hasAttr("pubdate") || (t.className() + t.attr("itemprop")).toLowerCase(Locale.ROOT).contains("publish");
            boolean mod = (t.className() + t.attr("itemprop")).toLowerCase(Locale.ROOT).contains("modif")
                    || (t.className()).toLowerCase(Locale.ROOT).contains("updated");
            boolean ins = inside(t, article);
            add(ins || pub ? in : rest, seen, DateSignal.Kind.TIME, mod ? "updated" : "published", v,
                    "html:time" + (pub ? "[pubdate]" : "") + (ins ? " in the article" : ""), ins);
        }
        for (Element a : doc.select("abbr.published, abbr.dtstart, abbr.updated")) {
            String v = !a.attr("title").isBlank() ? a.attr("title") : a.text();
            add(in, seen, DateSignal.Kind.TIME, a.hasClass("updated") ? "updated" : "published", v,
                    "html:abbr." + a.className(), inside(a, article));
        }
        for (Element u : doc.select("[data-utime]")) {
            String v = u.attr("data-utime").strip();
            if (v.matches("\\d{9,10}")) {
                add(rest, seen, DateSignal.Kind.TIME, "published", "@" + v, "html:[data-utime]", inside(u, article));
            }
        }
        out.addAll(in);
        out.addAll(rest);
    }

    private static void title(Document doc, List<DateSignal> out) {
        Element h1 = doc.selectFirst("h1");
        for (String t : new String[] {doc.title(), h1 == null ? "" : h1.text()}) {
            if (t != null && t.length() <= 300 && DIGIT.matcher(t).find()) {
                add(out, null, DateSignal.Kind.TITLE, "displayed", t, "html:title", false);
            }
        }
    }

    private static boolean inside(Element e, Element article) {
        if (article == null) {
            return false;
        }
        for (Element p = e; p != null; p = p.parent()) {
            if (p == article) {
                return true;
            }
        }
        return false;
    }

    /** The declared language ({@code <html lang>}, og:locale, content-language), else null. */
    private static String language(Document doc, String url) {
        List<String> tries = new ArrayList<>();
        Element html = doc.selectFirst("html");
        if (html != null) {
            tries.add(html.attr("lang"));
            tries.add(html.attr("xml:lang"));
        }
        for (Element m : doc.select("meta")) {
            String key = (m.attr("property") + m.attr("name") + m.attr("http-equiv")).toLowerCase(Locale.ROOT);
            if (key.equals("og:locale") || key.equals("content-language") || key.equals("language")
                    || key.equals("dc.language")) {
                tries.add(m.attr("content"));
            }
        }
        for (String t : tries) {
            String s = t == null ? "" : t.strip().split("[,;\\s]")[0];
            if (!s.isEmpty() && LANG.matcher(s).matches()) {
                return s.replace('_', '-');
            }
        }
        return null;
    }


}

package io.dateline.input;

import java.util.Locale;
import java.util.Optional;

/** The input formats {@link InputReader} understands. */
public enum InputFormat {
    /** Plain UTF-8 text (.txt, .text, .md). */
    TEXT("text"),
    /** An HTML page (.html, .htm): the article text is extracted with jsoup. */
    HTML("html"),
    /** JSON Lines (.jsonl, .ndjson): one {@code {"id","text","published"?,"url"?}} per line. */
    JSONL("jsonl"),
    /** TimeML (.tml): the text inside {@code <TEXT>}, the DCT as publication hint. */
    TIMEML("timeml");

    /** The extensions a folder walk reads without a glob, for messages. */
    public static final String KNOWN_EXTENSIONS = ".txt .text .md .html .htm .jsonl .ndjson .tml";

    private final String id;

    InputFormat(String id) {
        this.id = id;
    }

    /** The lower-case name used on the command line and in output: text, html, jsonl, timeml. */
    public String id() {
        return id;
    }

    /** Parses {@code text|html|jsonl|timeml} (any case). */
    public static Optional<InputFormat> fromId(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.id.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format implied by a file name's extension, if it is one we know. */
    public static Optional<InputFormat> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        switch (n.substring(dot + 1)) {
            case "txt": case "text": case "md":
                return Optional.of(TEXT);
            case "html": case "htm":
                return Optional.of(HTML);
            case "jsonl": case "ndjson":
                return Optional.of(JSONL);
            case "tml":
                return Optional.of(TIMEML);
            default:
                return Optional.empty();
        }
    }

    /**
     * Guesses the format from the start of the content (used for standard input and unknown
     * extensions): {@code <TimeML} → timeml; starts with {@code <} and contains {@code <html}
     * → html; first non-blank character {@code {} → jsonl; anything else → text.
     */
    public static InputFormat sniff(String head) {
        String s = head == null ? "" : head.stripLeading();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1).stripLeading();
        }
        if (s.startsWith("<")) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.contains("<timeml")) {
                return TIMEML;
            }
            if (lower.contains("<html") || lower.startsWith("<!doctype html")) {
                return HTML;
            }
            return TEXT;
        }
        if (s.startsWith("{")) {
            return JSONL;
        }
        return TEXT;
    }
}

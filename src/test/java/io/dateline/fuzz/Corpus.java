package io.dateline.fuzz;

import io.dateline.testing.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The fuzzing corpus, {@code src/test/resources/fuzz/corpus.txt}: every input that ever broke an
 * invariant, and the open bugs of other areas that the fuzzer keeps meeting.
 *
 * <pre>
 * @open BRANCH REGEX          a known bug owned by BRANCH: a failure whose message matches REGEX
 *                             is counted, not failed, until that branch is merged and the line removed
 * KIND \t PARAM \t INPUT \t STATUS \t NOTE
 *   KIND   process (PARAM: anchor date or "none"), reader (PARAM: text|html|jsonl|timeml|sniff),
 *          grammar (PARAM: the rule file the input replaces)
 *   INPUT  escaped: \n \r \t \\ \\uXXXX (a lone surrogate is allowed) and, for reader, \\xNN for a raw byte
 *   STATUS fixed (must pass) or open:BRANCH (run; a failure matching that branch's @open line is counted)
 * </pre>
 */
final class Corpus {

    record Entry(int line, String kind, String param, String input, String status, String note) {
    }

    record Open(String branch, Pattern signature) {
    }

    static final Path FILE = TestPaths.root().resolve("src/test/resources/fuzz/corpus.txt");

    private static final List<Open> OPEN = new ArrayList<>();
    private static final List<Entry> ENTRIES = new ArrayList<>();
    /** Known open bugs met during this run, by branch. */
    static final Map<String, AtomicLong> MET = new ConcurrentHashMap<>();

    static {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(FILE + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("@open ")) {
                String[] p = l.substring(6).strip().split("\\s+", 2);
                OPEN.add(new Open(p[0], Pattern.compile(p[1])));
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected KIND\\tPARAM\\tINPUT\\tSTATUS[\\tNOTE]");
            }
            ENTRIES.add(new Entry(i + 1, f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
        }
    }

    private Corpus() {
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    /** The branch whose known open bug this failure is, or null for a new failure. */
    static String knownOpen(Throwable failure) {
        String m = String.valueOf(failure.getMessage()) + " " + failure;
        for (Open o : OPEN) {
            if (o.signature().matcher(m).find()) {
                return o.branch();
            }
        }
        return null;
    }

    /** Runs a check; a failure that is a known open bug is counted and let pass. */
    static void tolerateOpen(Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            String branch = knownOpen(e);
            if (branch == null) {
                throw e;
            }
            MET.computeIfAbsent(branch, b -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Failures of the long run, written as corpus lines (first of each message) to this file. */
    static final Path FOUND = TestPaths.root().resolve("target/fuzz-found.txt");
    static final AtomicLong NEW_FAILURES = new AtomicLong();
    private static final java.util.Set<String> SEEN = ConcurrentHashMap.newKeySet();

    /**
     * For the long run: a failure does not stop the property (jqwik would stop at the first and
     * shrink); a known open bug is counted, a new one written to {@link #FOUND} as a corpus line.
     */
    static void collect(String kind, String param, String escapedInput, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            String branch = knownOpen(e);
            if (branch != null) {
                MET.computeIfAbsent(branch, b -> new AtomicLong()).incrementAndGet();
                return;
            }
            NEW_FAILURES.incrementAndGet();
            String message = String.valueOf(e.getMessage() == null ? e.toString() : e.getMessage());
            String key = kind + " " + message.replaceAll("\\d+", "N").replaceAll("'[^']*'", "''")
                    .lines().findFirst().orElse("");
            if (SEEN.size() < 500 && SEEN.add(key.substring(0, Math.min(key.length(), 120)))) {
                String line = kind + "\t" + param + "\t" + escapedInput + "\tfixed\t"
                        + escape(e.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("")) + "\n";
                synchronized (Corpus.class) {
                    try {
                        Files.createDirectories(FOUND.getParent());
                        Files.writeString(FOUND, line, StandardCharsets.UTF_8,
                                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    } catch (IOException io) {
                        throw new IllegalStateException(FOUND + ": " + io.getMessage(), io);
                    }
                }
            }
        }
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'x' -> {
                    // a raw byte, kept as a private-use marker that bytes() turns back into the byte
                    b.append((char) (0xF700 + Integer.parseInt(s.substring(i + 1, i + 3), 16)));
                    i += 2;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    /** UTF-8 of the unescaped input, with each \\xNN as its raw byte. */
    static byte[] bytes(String escaped) {
        String s = unescape(escaped);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xF700 && c <= 0xF7FF) {
                out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
                run.setLength(0);
                out.write(c - 0xF700);
            } else {
                run.append(c);
            }
        }
        out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String escape(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            int v = x & 0xff;
            if (v == '\\') {
                b.append("\\\\");
            } else if (v >= 0x20 && v < 0x7f) {
                b.append((char) v);
            } else {
                b.append(String.format("\\x%02x", v));
            }
        }
        return b.toString();
    }
}

package io.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Scores an annotator against a folder of TimeML files. */
public final class Evaluation {

    /** Group name of files lying directly in the folder given. */
    public static final String TOP = ".";

    private Evaluation() {
    }

    /**
     * Reads every {@code *.tml} under {@code dir} (recursively, sorted by relative path), runs the
     * annotator on each and scores the whole, with one group per first-level sub-folder (e.g.
     * {@code AQUAINT}, {@code TimeBank}; {@value #TOP} for files directly in {@code dir}).
     *
     * @throws TimeMlException          when a file is malformed (all files are read first)
     * @throws IllegalArgumentException when {@code dir} is not a folder or holds no {@code .tml}
     */
    public static EvalReport run(Path dir, TimexAnnotator annotator) {
        return Scorer.score(load(dir), annotator);
    }

    /** Parses every {@code *.tml} under {@code dir}, grouped as {@link #run} groups them. */
    public static Map<String, List<TimeMlDocument>> load(Path dir) {
        Map<String, List<TimeMlDocument>> groups = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            Path rel = dir.relativize(file);
            String group = rel.getNameCount() > 1 ? rel.getName(0).toString() : TOP;
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(TimeMl.parse(file));
        }
        return groups;
    }

    /** Every regular {@code *.tml} file under {@code dir}, sorted by relative path. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + dir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path p) -> slashed(dir.relativize(p))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .tml files under " + dir);
        }
        return files;
    }

    /** A relative path with '/' separators, so the order is the same on every platform. */
    private static String slashed(Path rel) {
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }
}

package io.dateline.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Which files of a folder are read, and in what order (see {@link InputReader}, "Folders"). */
final class FolderWalk {

    /**
     * The files to read, in order, and the visible files left out because they have no known
     * extension (only counted when there is no glob: a glob says what the user wants).
     */
    record Listing(List<Path> files, int skipped, String firstSkipped) {
    }

    private final PathMatcher matcher;
    private final PathMatcher topMatcher;

    /** @throws IllegalArgumentException for a glob that is not one, naming the problem on one line */
    FolderWalk(String glob) {
        if (glob == null) {
            matcher = null;
            topMatcher = null;
            return;
        }
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            topMatcher = glob.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)) : null;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid glob '" + glob + "'"
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ": " + e.getDescription());
        }
    }

    /**
     * The files to read under {@code root}: regular files, hidden ones left out, those the glob
     * accepts (without a glob, those with a known extension), in order of relative path.
     */
    Listing list(Path root) throws IOException {
        List<Path> visible;
        try (Stream<Path> all = Files.walk(root)) {
            visible = all.filter(Files::isRegularFile).filter(p -> !hidden(root.relativize(p))).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Path> files = new ArrayList<>();
        int skipped = 0;
        String firstSkipped = null;
        for (Path p : visible) {
            Path rel = root.relativize(p);
            if (accepts(rel)) {
                files.add(p);
            } else if (matcher == null) {
                skipped++;
                if (firstSkipped == null || slashed(rel).compareTo(firstSkipped) < 0) {
                    firstSkipped = slashed(rel);
                }
            }
        }
        files.sort(Comparator.comparing(p -> slashed(root.relativize(p))));
        return new Listing(List.copyOf(files), skipped, firstSkipped);
    }

    static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String slashed(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private boolean accepts(Path relative) {
        if (matcher == null) {
            return InputFormat.fromFileName(relative.getFileName().toString()).isPresent();
        }
        Path unixLike = Path.of(slashed(relative));
        if (matcher.matches(unixLike)) {
            return true;
        }
        return topMatcher != null && relative.getNameCount() == 1 && topMatcher.matches(unixLike);
    }
}

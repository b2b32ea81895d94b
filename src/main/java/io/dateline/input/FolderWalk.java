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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which files of a folder are read, and in what order (see {@link InputReader}, "Folders"). */
final class FolderWalk {

    private FolderWalk() {
    }

    /**
     * The files to read under {@code root}: regular files, hidden ones left out, those the glob
     * accepts (without a glob, those with a known extension), in order of relative path.
     */
    static List<Path> files(Path root, String glob) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root.relativize(p)))
                    .filter(p -> accepts(root.relativize(p), glob))
                    .sorted(Comparator.comparing(p -> slashed(root.relativize(p))))
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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

    static boolean accepts(Path relative, String glob) {
        if (glob == null) {
            return InputFormat.fromFileName(relative.getFileName().toString()).isPresent();
        }
        Path unixLike = Path.of(slashed(relative));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (m.matches(unixLike)) {
            return true;
        }
        if (glob.startsWith("**/")) {
            PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
            return relative.getNameCount() == 1 && top.matches(unixLike);
        }
        return false;
    }
}

package io.dateline.testing;

import java.nio.file.Path;

/** Where the project lies when tests run (set by surefire as dateline.root). */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path root() {
        String root = System.getProperty("dateline.root");
        return Path.of(root != null ? root : System.getProperty("user.dir")).toAbsolutePath();
    }

    public static Path examples(String first, String... more) {
        return root().resolve("examples").resolve(Path.of(first, more));
    }
}

package io.dateline.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an executor needs to build its engine: small, serializable, and the key of the engine
 * cache ({@link Engines}). The engine itself never travels with a closure.
 *
 * @param policy   news, nearest or future
 * @param only     "time", "quantity" or null for both
 * @param grammars the user's grammar folders, their rule files carried as text
 * @param maxDocumentBytes the largest document read, in bytes (larger: an error row)
 */
record EngineSpec(String policy, String only, List<GrammarFolder> grammars, long maxDocumentBytes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    EngineSpec {
        grammars = List.copyOf(grammars);
    }

    /**
     * One grammar folder of the user's, read on the driver.
     *
     * @param name  the folder as the user gave it (for messages)
     * @param files rule file path under the folder to its text
     */
    record GrammarFolder(String name, Map<String, String> files) implements Serializable {
        private static final long serialVersionUID = 1L;

        GrammarFolder {
            files = Map.copyOf(files);
        }
    }
}

package org.entente;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real files the tests read, kept in the repository under {@code src/test/resources/} (origins and
 * licences in its README.md) and found on the test class path, so that a clone tests itself with
 * nothing beside it.
 */
public final class TestFiles {
    private TestFiles() {
    }

    /** The folder of files written by other projects, {@code src/test/resources/corpus/}. */
    public static Path corpus() {
        return resource("corpus");
    }

    /** A file written by another project, under {@code src/test/resources/corpus/}, e.g. "timelinejs/women_in_computing.json". */
    public static Path corpus(String relative) {
        return resource("corpus/" + relative);
    }

    /** The folder of the reference facts the starter library was built from ({@code events.csv}, {@code partnerships.csv}, {@code trade.csv}). */
    public static Path reference() {
        return resource("reference");
    }

    /** One reference file, e.g. "partnerships.csv". */
    public static Path reference(String name) {
        return resource("reference/" + name);
    }

    /** A GDELT event file written by hand after the GDELT codebooks, under {@code src/test/resources/gdelt/}. */
    public static Path gdelt(String name) {
        return resource("gdelt/" + name);
    }

    /** What a test expects Entente itself to write, under {@code src/test/resources/expected/}, e.g. "awkward-export/events.csv". */
    public static Path expected(String relative) {
        return resource("expected/" + relative);
    }

    private static Path resource(String name) {
        URL url = TestFiles.class.getResource("/" + name);
        if (url == null) throw new IllegalStateException("test resource missing: src/test/resources/" + name);
        try {
            Path path = Path.of(url.toURI());
            if (!Files.exists(path)) throw new IllegalStateException("test resource missing: " + path);
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

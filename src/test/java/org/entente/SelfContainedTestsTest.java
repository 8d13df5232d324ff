package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone tests itself with nothing beside it: no test source names a file outside the repository (the
 * folder above the clone, a home or work folder). Files the tests need are copied into
 * {@code src/test/resources/} and read through {@link TestFiles}.
 */
class SelfContainedTestsTest {
    /**
     * String literals that climb out of the project folder or name the folder this project was developed in.
     * (Made-up home folders as data, as in LibraryLocationsTest, are not reads and stay allowed.)
     */
    static final Pattern OUTSIDE = Pattern.compile(
            "\"\\.\\./"                      // "../" then a sibling folder
            + "|\"\\.\\.\"\\s*,"              // Path.of("..", "shared", …)
            + "|\"/work/");                   // the development machine's folder of clones and shared files

    static List<String> outsideReferences(Path file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = OUTSIDE.matcher(lines[i]);
            if (m.find()) found.add(file + " line " + (i + 1) + ": " + lines[i].strip());
        }
        return found;
    }

    @Test
    void noTestSourceReadsAFileOutsideTheRepository() throws IOException {
        Path self = Path.of("src/test/java/org/entente/SelfContainedTestsTest.java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (f.equals(self)) continue;
                found.addAll(outsideReferences(f, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).as("test sources that read outside the repository; copy the file into src/test/resources/ "
                + "and read it with TestFiles").isEmpty();
    }

    @Test
    void theScanCatchesTheWaysTestsUsedToReachOutside() {
        Path f = Path.of("X.java");
        assertThat(outsideReferences(f, "static final Path CORPUS = Path.of(\"../\" + \"shared/corpus\");")).hasSize(1);
        assertThat(outsideReferences(f, "Path.of(\"..\", \"shared\", \"reference\", \"partnerships.csv\")")).hasSize(1);
        assertThat(outsideReferences(f, "a\nPath.of(\"/work/shared/reference/trade.csv\")")).containsExactly("X.java line 2: Path.of(\"/work/shared/reference/trade.csv\")");
        assertThat(outsideReferences(f, "Path.of(\"src/test/resources\"); dir.resolve(\"a/../b\"); // ../elsewhere in a comment")).isEmpty();
    }

    @Test
    void everyCopiedFileIsOnTheClassPathAndNamedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("src/test/resources/README.md"), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = Path.of("src/test/resources").relativize(f).toString().replace('\\', '/');
                if (relative.equals("README.md")) continue;
                assertThat(readme).as("src/test/resources/README.md names %s with its origin and licence", relative)
                        .contains("`" + relative + "`");
            }
        }
        assertThat(TestFiles.corpus("gexf-1.3/gexf.xsd")).exists();
        assertThat(TestFiles.reference("trade.csv")).exists();
    }
}

package org.entente.exchange.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad bundles give located, plain-language problems and no bundle; nothing throws at the caller. */
class BundleReaderProblemsTest {
    @TempDir Path dir;

    static final String HEAD = """
            {
              "format": "entente-bundle",
              "version": 1,
              "actors": [
                { "key": "VNM", "name": "Vietnam", "kind": "country", "iso3": "VNM" },
                { "key": "RUS", "name": "Russia", "kind": "country", "iso3": "RUS" }
              ],
              "sources": [
                { "key": "s1", "title": "Russia to help Vietnam build nuclear science center", "url": "https://e.vnexpress.net/x" }
              ],
            """;

    static BundleReadResult read(String rest) {
        return BundleReader.read(HEAD + rest, "starter.json");
    }

    static String only(BundleReadResult r) {
        assertThat(r.ok()).isFalse();
        assertThat(r.bundle()).isNull();
        assertThat(r.errors()).hasSize(1);
        return r.errors().get(0).toString();
    }

    @Test
    void aBadDateNamesFileLineFieldAndWhatIsWrong() {
        BundleReadResult r = read("""
                  "events": [
                    { "key": "e1", "title": "Fine", "when": "2024-06-19/2024-06-20", "sources": [ { "source": "s1" } ] },
                    {
                      "key": "e2",
                      "title": "Bad",
                      "when": "2024-13-40"
                    }
                  ]
                }
                """);
        assertThat(only(r)).isEqualTo("starter.json line 16, field \"when\" ($.events[1].when): \"2024-13-40\" is not a date: month 13");
        BundleProblem p = r.errors().get(0);
        assertThat(p.line()).isEqualTo(16);
        assertThat(p.field()).isEqualTo("when");
        assertThat(p.path()).isEqualTo("$.events[1].when");
    }

    @Test
    void aDayThatDoesNotExistAndAnEndBeforeTheStartAreNamed() {
        assertThat(only(read("""
                  "events": [ { "key": "e1", "title": "x", "when": "2023-02-29" } ] }
                """))).contains("line 11", "field \"when\"", "day 29 (February 2023 has 28 days)");
        assertThat(only(read("""
                  "partnerships": [ { "a": "VNM", "b": "RUS", "level": "strategic", "from": "2012-07", "until": "2001" } ] }
                """))).contains("line 11", "$.partnerships[0]", "before the start");
    }

    @Test
    void referencesToUnknownKeysAreErrors() {
        String message = only(read("""
                  "trade": [ { "reporter": "VNM", "partner": "CHN", "year": 2023, "flow": "total", "valueUsd": 1 } ] }
                """));
        assertThat(message).contains("field \"partner\"", "no record with key \"CHN\" in \"actors\"");
        assertThat(only(read("""
                  "events": [ { "key": "e1", "title": "x", "when": "2024", "sources": [ { "source": "s9" } ] } ] }
                """))).contains("field \"source\"", "$.events[0].sources[0].source", "\"s9\"");
        assertThat(only(read("""
                  "events": [ { "key": "e1", "title": "x", "when": "2024" } ],
                  "links": [ { "from": "e1", "to": "e2", "kind": "led-to" } ] }
                """))).contains("field \"to\"", "no event with key \"e2\"");
    }

    @Test
    void wrongTypesMissingFieldsAndBadVocabularyAreEachReported() {
        BundleReadResult r = read("""
                  "events": [ { "key": "e1", "when": "2024", "importance": 9, "category": "state-visit" } ],
                  "trade": [ { "reporter": "VNM", "partner": "RUS", "year": "2023", "flow": "both", "valueUsd": 3.6,
                               "quality": "guessed" } ],
                  "partnerships": [ { "a": "VNM", "b": "RUS", "level": "friends", "from": "2001" } ]
                }
                """);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(BundleProblem::toString).anySatisfy(m -> assertThat(m).contains("field \"title\"", "required but missing"))
                .anySatisfy(m -> assertThat(m).contains("field \"importance\"", "9 is not between 1 and 5"))
                .anySatisfy(m -> assertThat(m).contains("field \"year\"", "expected a whole number, found a string"))
                .anySatisfy(m -> assertThat(m).contains("field \"flow\"", "\"both\" is not a flow"))
                .anySatisfy(m -> assertThat(m).contains("field \"valueUsd\"", "3.6 is not a whole number"))
                .anySatisfy(m -> assertThat(m).contains("field \"quality\"", "\"guessed\" is not a data quality"))
                .anySatisfy(m -> assertThat(m).contains("field \"level\"", "unknown partnership level \"friends\""));
    }

    @Test
    void duplicateKeysAndFieldsAreErrors() {
        assertThat(only(read("""
                  "events": [ { "key": "e1", "title": "x", "when": "2024" }, { "key": "e1", "title": "y", "when": "2023" } ] }
                """))).contains("field \"key\"", "\"e1\" is already the key");
        assertThat(only(read("""
                  "events": [ { "key": "e1", "title": "x", "title": "y", "when": "2024" } ] }
                """))).contains("field \"title\"", "appears twice");
    }

    @Test
    void unknownFieldsAreWarningsAndTheBundleStillReads() {
        BundleReadResult r = read("""
                  "events": [ { "key": "e1", "title": "x", "when": "~2009", "mood": "tense" } ],
                  "future": true
                }
                """);
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).extracting(BundleProblem::field).containsExactly("mood", "future");
        assertThat(r.warnings().get(0).toString()).contains("line 11", "(warning)");
        assertThat(r.bundle().content().events().get(0).when().start().approximate()).isTrue();
    }

    @Test
    void brokenJsonGivesLineAndColumnNotAStackTrace() {
        BundleReadResult r = BundleReader.read("{\n  \"format\": \"entente-bundle\",\n  \"version\": 1\n  \"actors\": []\n}", "broken.json");
        assertThat(only(r)).startsWith("broken.json line 4").contains("not valid JSON", "column").doesNotContain("Source:", "\n");
        assertThat(only(BundleReader.read("{ \"format\": \"entente-bundle\", \"version\": 1 }\n{}", "t.json")))
                .contains("t.json line 2", "more text after");
        assertThat(only(BundleReader.read("{ \"format\": \"entente-bundle\", \"version\": 1 } trailing", "t.json")))
                .contains("line 1", "not valid JSON (column 46)", "Unrecognized token 'trailing'");
        assertThat(only(BundleReader.read("", "empty.json"))).contains("empty.json", "empty");
        assertThat(only(BundleReader.read("[1, 2]", "list.json"))).contains("a bundle is one JSON object", "a list");
        assertThat(BundleReader.read(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}), "bin.json").ok()).isFalse();
    }

    @Test
    void otherFormatsAndNewerVersionsAreRefusedClearly() {
        assertThat(only(BundleReader.read("{ \"format\": \"timelinejs\", \"version\": 1 }", "x.json")))
                .contains("field \"format\"", "is not an Entente bundle");
        assertThat(only(BundleReader.read("{ \"format\": \"entente-bundle\", \"version\": 2, \"events\": [ 7 ] }", "x.json")))
                .contains("field \"version\"", "newer Entente", "format version 2");
        assertThat(only(BundleReader.read("{ \"version\": 1 }", "x.json"))).contains("field \"format\"", "missing");
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        BundleReadResult r = BundleReader.read(dir.resolve("nope.json"));
        assertThat(only(r)).isEqualTo("nope.json: the file does not exist");
        assertThatThrownBy(r::orElseThrow).isInstanceOf(BundleFormatException.class).hasMessageContaining("nope.json");
    }

    @Test
    void aFailedWriteLeavesTheOldFileUntouched() throws Exception {
        Path file = dir.resolve("keep.json");
        Files.writeString(file, "old");
        Bundle b = BundleReader.read(HEAD + "\"events\": [] }", "x.json").orElseThrow();
        BundleWriter.write(b, file);
        assertThat(BundleReader.read(file).ok()).isTrue();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly("keep.json");
        assertThat(List.of(BundleReader.read(file).bundle().content().actors().size())).containsExactly(2);
    }
}

package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.entente.TestFiles;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV export writes awkward text exactly as it always has: the expected files under
 * {@code src/test/resources/expected/awkward-export/} were written by the export of main at
 * 110372a, which turned every text into a String and back (issue #15 carries the long texts as
 * the library's UTF-8 bytes instead). The library holds commas, quotes, CR LF and LF line
 * breaks, separators and back-slashes, Vietnamese, Russian and Chinese names, emoji, and, written
 * into the file with SQL the way an older version or another program could have left them,
 * texts the app would have tidied: leading and trailing spaces (ASCII and Unicode), a line break
 * and a C1 control in a title, an empty place beside a missing one, a blank summary and bytes
 * that are not UTF-8. It also reads back to the same events.
 */
class CsvExportOfAwkwardTextTest {
    @TempDir Path dir;

    @Test
    void awkwardTextIsExportedByteForByteAsBeforeAndReadsBack() throws Exception {
        Path file = dir.resolve("awkward.entente");
        try (Library lib = Library.open(file)) {
            fill(lib);
            Path out = dir.resolve("export");
            new ExportService(lib).export(ExportFormat.CSV, out, ImportProgress.NONE);
            for (String name : List.of("events.csv", "actors.csv", "sources.csv", "partnerships.csv", "trade.csv")) {
                String expected = Files.readString(TestFiles.expected("awkward-export/" + name), StandardCharsets.ISO_8859_1);
                String actual = Files.readString(out.resolve(name), StandardCharsets.ISO_8859_1);
                // Read as bytes (ISO 8859-1 maps each byte to one char), so malformed UTF-8 is compared as it is.
                assertThat(actual).as(name).isEqualTo(expected);
            }

            try (Library copy = Library.open(dir.resolve("copy.entente")); Stream<Path> s = Files.list(out)) {
                new ImportService(copy).importFiles(s.sorted().toList(), DuplicatePolicy.KEEP_BOTH, ImportProgress.NONE);
                List<Event> before = new ArrayList<>(), after = new ArrayList<>();
                lib.events().forEach(before::add);
                copy.events().forEach(after::add);
                assertThat(after).hasSameSizeAs(before);
                for (int i = 0; i < before.size(); i++) {
                    Event a = before.get(i), b = after.get(i);
                    assertThat(b.title()).isEqualTo(a.title());
                    assertThat(b.when()).isEqualTo(a.when());
                    // Only the key: a label that is neither the key's own nor one that brings the key back is not in events.csv.
                    assertThat(b.category().key()).isEqualTo(a.category().key());
                    assertThat(b.place()).isEqualTo(a.place());
                    assertThat(b.summary()).isEqualTo(a.summary());
                    assertThat(b.importance()).isEqualTo(a.importance());
                    assertThat(b.tags()).isEqualTo(a.tags());
                    assertThat(b.participants()).extracting(p -> p.actor().name() + " / " + p.role())
                            .isEqualTo(a.participants().stream().map(p -> p.actor().name() + " / " + p.role()).toList());
                    assertThat(b.sources()).extracting(c -> c.source().title() + " / " + c.locator())
                            .isEqualTo(a.sources().stream().map(c -> c.source().title() + " / " + c.locator()).toList());
                }
            }
        }
    }

    private static void fill(Library lib) {
        Actor vn = lib.actors().save(Actor.country("Việt Nam", "VNM"));
        Actor ru = lib.actors().save(Actor.country("Россия", "RUS"));
        Actor cn = lib.actors().save(Actor.country("中国", "CHN"));
        Actor odd = lib.actors().save(Actor.country("Land of \"Commas\", Pipes | and \\ slashes", null));
        Source plain = lib.sources().save(new Source(0, "Báo Nhân Dân", "Nhân Dân", null, EventDate.parse("2024-06-20"), null, null, null));
        Source awkward = lib.sources().save(new Source(0, "Title, with \"quotes\"", "Publisher | pipe", "Лев Толстой", null,
                "https://example.org/a?b=1,2", null, "note\nwith a line break"));
        Category custom = new Category("summit-talk", "Summit, \"talks\"");
        List<Event> events = List.of(
                new Event(0, "Tô Lâm, Võ Văn Thưởng, Путин, 习近平", DateRange.parse("2024-06-20"), Category.STATE_VISIT,
                        List.of(new Participant(vn, Participant.HOST), new Participant(ru, "guest, of honour")),
                        "Hà Nội, Việt Nam", "Line one\r\nLine two, with \"quotes\"\nLine three 😀 🇻🇳🤝🇷🇺", 5,
                        List.of("tag,comma", "quote\"d", "pipe|tag", "back\\slash", "Đối tác"), List.of(new Citation(plain, "p. 3, ¶ 2"))),
                new Event(0, "Say \"hello\", world", DateRange.parse("2023-12"), custom,
                        List.of(new Participant(cn, null), new Participant(odd, "role | with \\ pipe")),
                        null, null, 1, List.of(), List.of(new Citation(awkward, null), new Citation(plain, null))),
                new Event(0, "习近平 访问 河内 🐉", DateRange.ongoingFrom(EventDate.parse("2019")), Category.AGREEMENT,
                        List.of(new Participant(cn, null), new Participant(vn, null)),
                        "Пекин", "Путин сказал: «да».\n\nВторой абзац.", 3, List.of("Путин"), List.of()),
                new Event(0, "Plain ASCII title", DateRange.of(EventDate.parse("2020-01-02"), EventDate.parse("2020-02-03")), Category.MEETING,
                        List.of(), "  spaces inside  place  ", "Summary ending in a quote \"", 2, List.of(), List.of()),
                new Event(0, "A lone surrogate \uD800 here", DateRange.parse("2021"), Category.OTHER,
                        List.of(new Participant(ru, null)), null, "Trailing emoji 😀", 4, List.of(), List.of()),
                new Event(0, "To be padded", DateRange.parse("2022-03-04"), Category.STATEMENT, List.of(new Participant(vn, null)),
                        "to be emptied", "to be blanked", 3, List.of(), List.of()),
                new Event(0, "To get a line break", DateRange.parse("2022-03-05"), Category.STATEMENT, List.of(),
                        "to be padded with Unicode spaces", "to be padded", 3, List.of(), List.of()),
                new Event(0, "To end in an em space", DateRange.parse("2022-03-06"), Category.STATEMENT, List.of(),
                        null, "to keep its no-break spaces", 3, List.of(), List.of()),
                new Event(0, "Malformed summary", DateRange.parse("2022-03-07"), Category.STATEMENT, List.of(),
                        null, "to be made malformed", 3, List.of(), List.of()));
        List<Long> ids = new ArrayList<>();
        for (Event e : events) ids.add(lib.events().save(e).id());
        // Texts the app would not have written itself, as SQL (or an older Entente) can leave them.
        lib.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE event SET title = ?, place = ?, summary = ? WHERE id = ?")) {
                update(ps, ids.get(5), "  \t padded title, \"quoted\"  ", "", "  \t \r\n ");
                update(ps, ids.get(6), "line\nbreak\u0085and NEL", "\u3000 Hà Nội \u2003", "  leading and trailing, \"quoted\"\r\n");
                update(ps, ids.get(7), "em space at the end\u2003", null, "\u00A0no-break spaces stay\u00A0");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE event SET summary = CAST(? AS TEXT) WHERE id = ?")) {
                // A lone continuation byte, a cut-off sequence, an overlong '/' and an encoded surrogate.
                ps.setBytes(1, new byte[] {'b', 'a', 'd', ' ', (byte) 0x80, ' ', (byte) 0xE1, (byte) 0xBB, ' ', (byte) 0xC0, (byte) 0xAF,
                        ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ',', ' ', 'e', 'n', 'd'});
                ps.setLong(2, ids.get(8));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void update(PreparedStatement ps, long id, String title, String place, String summary) throws java.sql.SQLException {
        ps.setString(1, title);
        ps.setString(2, place);
        ps.setString(3, summary);
        ps.setLong(4, id);
        ps.executeUpdate();
    }
}

package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.entente.exchange.Problem;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Event;
import org.entente.model.EventHeader;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    static final Path CORPUS = org.entente.TestFiles.corpus();
    @TempDir Path dir;
    Library library;
    ImportService service;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib.entente"));
        service = new ImportService(library);
    }

    @AfterEach
    void close() { library.close(); }

    private ImportOutcome importFiles(DuplicatePolicy policy, Path... files) {
        ImportPlan plan = service.preview(List.of(files), ImportProgress.NONE);
        assertThat(plan.problems()).filteredOn(Problem::isError).isEmpty();
        return service.commit(plan, policy, ImportProgress.NONE);
    }

    @Test
    void previewThenCommitTheTimelineJsCorpus() {
        Path json = CORPUS.resolve("timelinejs/women_in_computing.json");
        ImportPlan plan = service.preview(List.of(json), ImportProgress.NONE);
        assertThat(plan.counts().newEvents()).isEqualTo(10);
        assertThat(plan.counts().duplicateEvents()).isZero();
        assertThat(plan.rows()).hasSize(10).first().extracting(ImportPlan.Row::title, ImportPlan.Row::when)
                .containsExactly("Ada Lovelace", "1815-12-10/1852-11-27");
        assertThat(plan.formats()).containsExactly("TimelineJS JSON");
        assertThat(plan.summary()).isEqualTo("10 events");
        assertThat(library.counts().events()).isZero(); // a preview writes nothing

        ImportOutcome outcome = service.commit(plan, DuplicatePolicy.SKIP, ImportProgress.NONE);
        assertThat(outcome).isEqualTo(new ImportOutcome(10, 0, 0));
        List<EventHeader> headers = library.events().allHeaders();
        assertThat(headers).hasSize(10);
        assertThat(headers.get(0).title()).isEqualTo("Ada Lovelace");
        Event ada = library.events().byId(headers.get(0).id()).orElseThrow();
        assertThat(ada.when().toString()).isEqualTo("1815-12-10/1852-11-27");
        assertThat(ada.summary()).startsWith("Women have been programming");
    }

    @Test
    void duplicatesAreSkippedUpdatedOrKeptBoth() throws IOException {
        Path json = CORPUS.resolve("timelinejs/women_in_computing.json");
        importFiles(DuplicatePolicy.SKIP, json);
        ImportPlan again = service.preview(List.of(json), ImportProgress.NONE);
        assertThat(again.counts().duplicateEvents()).isEqualTo(10);
        assertThat(again.rows()).allMatch(ImportPlan.Row::duplicate);
        assertThat(again.summary()).isEqualTo("10 events (10 already in the library)");

        String before = LibraryDump.of(library);
        assertThat(service.commit(again, DuplicatePolicy.SKIP, ImportProgress.NONE)).isEqualTo(new ImportOutcome(0, 0, 10));
        assertThat(LibraryDump.of(library)).isEqualTo(before);

        // The sheet holds the same slides with the same titles and dates: an update keeps the ids.
        long adaId = library.events().allHeaders().get(0).id();
        ImportOutcome updated = importFiles(DuplicatePolicy.UPDATE, CORPUS.resolve("timelinejs/my-own-timeline.csv"));
        assertThat(updated).isEqualTo(new ImportOutcome(0, 10, 0));
        assertThat(library.counts().events()).isEqualTo(10);
        assertThat(library.events().allHeaders().get(0).id()).isEqualTo(adaId);

        assertThat(importFiles(DuplicatePolicy.KEEP_BOTH, json)).isEqualTo(new ImportOutcome(10, 0, 0));
        assertThat(library.counts().events()).isEqualTo(20);
    }

    @Test
    void partnershipsMatchByPairAndLevelAndActorsByIsoCode() throws IOException {
        library.actors().save(new Actor(0, "Viet Nam", ActorKind.COUNTRY, "VNM", null));
        Files.writeString(dir.resolve("partnerships.csv"), "a,b,level,from\nVietnam,Russia,strategic,2001\nRussia,Vietnam,comprehensive-strategic,2012-07\n");
        assertThat(importFiles(DuplicatePolicy.SKIP, dir.resolve("partnerships.csv")).added()).isEqualTo(2);
        assertThat(library.actors().all()).extracting(Actor::name).containsExactlyInAnyOrder("Viet Nam", "Russia");
        Files.writeString(dir.resolve("partnerships.csv"), "a,b,level,from,note\nRussia,VNM,strategic,2001,again\n");
        ImportPlan plan = service.preview(List.of(dir.resolve("partnerships.csv")), ImportProgress.NONE);
        assertThat(plan.counts().duplicatePartnerships()).isEqualTo(1);
        assertThat(service.commit(plan, DuplicatePolicy.UPDATE, ImportProgress.NONE).updated()).isEqualTo(1);
        assertThat(library.partnerships().all()).hasSize(2).anyMatch(p -> "again".equals(p.note()));
    }

    @Test
    void ententeCsvFolderWithSourcesActorsEventsAndTrade() throws IOException {
        Files.writeString(dir.resolve("actors.csv"), "name,kind,iso3\nTô Lâm,person,\nVietnam,country,VNM\nRussia,country,RUS\n");
        Files.writeString(dir.resolve("sources.csv"), "key,title,publisher,url\nS1,Putin in Hanoi,DW,https://dw.com/x\n");
        Files.writeString(dir.resolve("events.csv"), "title,start,end,participants,roles,sources\n"
                + "Putin's state visit,2024-06-19,2024-06-20,Vietnam|Russia|Tô Lâm,host|guest|,S1[para. 2]\n");
        Files.writeString(dir.resolve("trade.csv"), "reporter,partner,year,flow,value_usd,source\nVietnam,Russia,2023,total,3630000000,S1\n"
                + "Vietnam,Russia,2023,total,3630000000,S1\n");
        ImportPlan plan = service.preview(List.of(dir.resolve("events.csv"), dir.resolve("trade.csv")), ImportProgress.NONE);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.counts().newTrade()).isEqualTo(1);
        assertThat(plan.counts().duplicateTrade()).isEqualTo(1);
        assertThat(plan.counts().actors()).isEqualTo(3);
        assertThat(service.commit(plan, DuplicatePolicy.KEEP_BOTH, ImportProgress.NONE)).isEqualTo(new ImportOutcome(2, 0, 1));
        Event e = library.events().byId(library.events().allHeaders().get(0).id()).orElseThrow();
        assertThat(e.participants()).extracting(p -> p.actor().name()).containsExactly("Vietnam", "Russia", "Tô Lâm");
        assertThat(e.participants().get(2).actor().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(e.sources().get(0).source().publisher()).isEqualTo("DW");
        assertThat(e.sources().get(0).locator()).isEqualTo("para. 2");
        assertThat(library.trade().all()).hasSize(1);
        assertThat(library.sources().all()).hasSize(1);
    }

    /** Each malformed file gives its clear problem, and committing it is refused with the library unchanged. */
    @Test
    void malformedInputsChangeNothing() throws IOException {
        importFiles(DuplicatePolicy.SKIP, CORPUS.resolve("timelinejs/women_in_computing.json"));
        String before = LibraryDump.of(library);

        byte[] json = Files.readAllBytes(CORPUS.resolve("timelinejs/women_in_computing.json"));
        Path truncated = write("truncated.json", java.util.Arrays.copyOf(json, json.length - 40));
        Path wrongColumns = write("events.csv", "name,when\nx,2020\n".getBytes(StandardCharsets.UTF_8));
        Path badDates = write("sub/events.csv", "title,start\nOK,2020\nBad,2024-13-40\n".getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[5000];
        new Random(1).nextBytes(noise);
        Path random = write("random.csv", noise);
        Path empty = write("empty.json", new byte[0]);
        Path bomb = write("bomb.timeline", ("<?xml version=\"1.0\"?><!DOCTYPE timeline [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<timeline><events><event><text>&c;</text><start>2020-01-01 00:00:00</start></event></events></timeline>")
                .getBytes(StandardCharsets.UTF_8));
        Path bomOnly = write("bom/events.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertRefused(truncated, "truncated.json line ", "the JSON ends too early (the file looks truncated)");
        assertRefused(wrongColumns, "events.csv line 1", "the header row lacks the columns \"title\", \"start\"");
        assertRefused(badDates, "events.csv line 3, column \"start\"", "\"2024-13-40\" is not a date: month 13");
        assertRefused(random, "random.csv", "is not a file Entente can import");
        assertRefused(empty, "empty.json", "the file is empty");
        assertRefused(bomb, "bomb.timeline line 1", "DOCTYPE");
        assertRefused(bomOnly, "events.csv", "the file is empty");
        assertThat(LibraryDump.of(library)).isEqualTo(before);
    }

    private void assertRefused(Path file, String where, String what) {
        ImportPlan plan = service.preview(List.of(file), ImportProgress.NONE);
        assertThat(plan.hasErrors()).as(file.toString()).isTrue();
        assertThat(plan.problems()).as(file.toString()).filteredOn(Problem::isError)
                .anySatisfy(p -> assertThat(p.toString()).startsWith(where).contains(what));
        assertThatThrownBy(() -> service.commit(plan, DuplicatePolicy.KEEP_BOTH, ImportProgress.NONE))
                .isInstanceOf(ImportService.ImportRefusedException.class);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path bigEvents(int rows, String lastRow) throws IOException {
        StringBuilder sb = new StringBuilder("title,start,participants,summary\n");
        for (int i = 0; i < rows; i++) sb.append("Event ").append(i).append(",2020-01-").append(1 + i % 28).append(",Vietnam|Russia,Talks in Hà Nội\n");
        sb.append(lastRow);
        return write("big/events.csv", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFailureAfterThousandsOfWritesRollsEverythingBack() throws IOException {
        importFiles(DuplicatePolicy.SKIP, CORPUS.resolve("thetimelineproj/versions.timeline"));
        String before = LibraryDump.of(library);
        Path file = bigEvents(3_000, "");
        ImportPlan plan = service.preview(List.of(file), ImportProgress.NONE);
        assertThat(plan.counts().newEvents()).isEqualTo(3_000);
        // The file changes between preview and commit: its last row is now bad. The commit
        // has written 3,000 events when it meets it, and must undo them all.
        bigEvents(3_000, "Broken,2020-02-30,,\n");
        assertThatThrownBy(() -> service.commit(plan, DuplicatePolicy.SKIP, ImportProgress.NONE))
                .isInstanceOf(ImportService.ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportService.ImportRefusedException) e).problems()).extracting(Problem::toString)
                        .containsExactly("events.csv line 3002, column \"start\": \"2020-02-30\" is not a date: day 30 (February 2020 has 29 days)"));
        assertThat(LibraryDump.of(library)).isEqualTo(before);
    }

    @Test
    void cancellingLeavesTheLibraryAsItWas() throws IOException {
        importFiles(DuplicatePolicy.SKIP, CORPUS.resolve("timelinejs/women_in_computing.json"));
        String before = LibraryDump.of(library);
        Path file = bigEvents(6_000, "");
        ImportPlan plan = service.preview(List.of(file), ImportProgress.NONE);
        assertThat(plan.rows()).hasSize(ImportPlan.SAMPLE_LIMIT); // the preview keeps a sample, not all
        AtomicBoolean cancel = new AtomicBoolean();
        long[] lastDone = {0};
        ImportProgress progress = new ImportProgress() {
            @Override
            public void update(long done, long total, String message) {
                lastDone[0] = done;
                if (done >= 2_000) cancel.set(true);
            }

            @Override
            public boolean isCancelled() { return cancel.get(); }
        };
        assertThat(plan.problems()).isEmpty();
        assertThatThrownBy(() -> service.commit(plan, DuplicatePolicy.SKIP, progress)).isInstanceOf(CancellationException.class);
        assertThat(lastDone[0]).isBetween(2_000L, 5_999L);
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        // The library still works after the rollback.
        assertThat(service.commit(plan, DuplicatePolicy.SKIP, ImportProgress.NONE).added()).isEqualTo(6_000);
    }

    @Test
    void aBundleExportedFromOneLibraryImportsIntoAnotherWithItsNotes() throws IOException {
        org.entente.model.LibraryContent starter = LibraryService.starter();
        Path bundleFile = dir.resolve("starter.entente.json");
        org.entente.exchange.bundle.Bundle bundle = org.entente.exchange.bundle.Bundle.of(starter);
        org.entente.exchange.bundle.BundleNote note = new org.entente.exchange.bundle.BundleNote(bundle.eventKey(0), "Check the date in Nhân Dân",
                List.of("todo"), null, java.time.Instant.parse("2024-06-20T10:00:00Z"), java.time.Instant.parse("2024-06-20T10:00:00Z"));
        org.entente.exchange.bundle.BundleLink link = new org.entente.exchange.bundle.BundleLink(bundle.eventKey(0), bundle.eventKey(1),
                org.entente.model.LinkKind.LED_TO);
        org.entente.exchange.bundle.BundleWriter.write(bundle.withNotesAndLinks(List.of(note), List.of(link)), bundleFile);
        ImportPlan plan = service.preview(List.of(bundleFile), ImportProgress.NONE);
        assertThat(plan.formats()).containsExactly("Entente JSON bundle");
        assertThat(plan.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(plan.counts().newEvents()).isEqualTo(starter.events().size());
        service.commit(plan, DuplicatePolicy.SKIP, ImportProgress.NONE);
        assertThat(library.counts().events()).isEqualTo(starter.events().size());
        assertThat(library.counts().partnerships()).isEqualTo(starter.partnerships().size());
        assertThat(library.counts().tradeFigures()).isEqualTo(starter.trade().size());
        assertThat(library.counts().notes()).isEqualTo(1);
        // Importing it again: every record is a duplicate; skipping them adds nothing but the note.
        ImportPlan again = service.preview(List.of(bundleFile), ImportProgress.NONE);
        assertThat(again.counts().duplicates()).isEqualTo(again.counts().total());
        String before = LibraryDump.of(library);
        assertThat(service.commit(again, DuplicatePolicy.SKIP, ImportProgress.NONE).added()).isZero();
        assertThat(library.counts().events()).isEqualTo(starter.events().size());
        // Nor its note and link: the events kept already have them.
        assertThat(library.counts().notes()).isEqualTo(1);
        assertThat(library.links().all()).hasSize(1);
        assertThat(LibraryDump.of(library)).isEqualTo(before);
        // Updating the duplicates keeps one note too; keeping both gives the new copies their own.
        assertThat(importFiles(DuplicatePolicy.UPDATE, bundleFile).updated()).isEqualTo(again.counts().total());
        assertThat(library.counts().notes()).isEqualTo(1);
        assertThat(library.links().all()).hasSize(1);
        importFiles(DuplicatePolicy.KEEP_BOTH, bundleFile);
        assertThat(library.counts().notes()).isEqualTo(2);
        assertThat(library.links().all()).hasSize(2);
    }

    // ---- one pass (entente import) ----------------------------------------------------------------

    private static List<Event> allEvents(Library lib) {
        List<Event> out = new java.util.ArrayList<>();
        lib.events().forEach(out::add);
        return out;
    }

    @Test
    void onePassImportStoresWhatPreviewAndCommitStoreAndSaysWhatItRead() throws IOException {
        Path events = bigEvents(3_000, "Tô Lâm meets Путин,2024-06-19,Vietnam|Russia|Tô Lâm,Talks in Hà Nội\n");
        Files.writeString(dir.resolve("big/actors.csv"), "name,kind,iso3\nTô Lâm,person,\n");
        Files.writeString(dir.resolve("big/partnerships.csv"), "a,b,level,from\nVietnam,Russia,strategic,2001\n");
        List<Path> files = List.of(events, dir.resolve("big/partnerships.csv"));
        ImportPlan plan = service.preview(files, ImportProgress.NONE);
        ImportOutcome twoSteps = service.commit(plan, DuplicatePolicy.SKIP, ImportProgress.NONE);
        try (Library other = Library.open(dir.resolve("other.entente"))) {
            ImportService.Imported onePass = new ImportService(other).importFiles(files, DuplicatePolicy.SKIP, ImportProgress.NONE);
            assertThat(onePass.outcome()).isEqualTo(twoSteps).isEqualTo(new ImportOutcome(3_002, 0, 0));
            assertThat(onePass.read().counts()).isEqualTo(plan.counts());
            assertThat(onePass.read().summary()).isEqualTo(plan.summary()).isEqualTo("3001 events, 1 partnership");
            assertThat(onePass.read().problems()).isEqualTo(plan.problems());
            assertThat(allEvents(other)).isEqualTo(allEvents(library));
            assertThat(other.counts()).isEqualTo(library.counts());
            assertThat(other.events().search("to lam путин", 5)).extracting(h -> h.event().title()).containsExactly("Tô Lâm meets Путин");
            // Again, skipping duplicates: all 3,002 are already there.
            ImportService.Imported again = new ImportService(other).importFiles(files, DuplicatePolicy.SKIP, ImportProgress.NONE);
            assertThat(again.outcome()).isEqualTo(new ImportOutcome(0, 0, 3_002));
            assertThat(again.read().counts().duplicates()).isEqualTo(3_002);
            assertThat(other.counts().events()).isEqualTo(3_001);
        }
    }

    @Test
    void onePassUpdatesDuplicateEventsOfAnEventsCsv() throws IOException {
        Path events = bigEvents(1_500, "");
        assertThat(service.importFiles(List.of(events), DuplicatePolicy.SKIP, ImportProgress.NONE).outcome().added()).isEqualTo(1_500);
        List<Long> ids = allEvents(library).stream().map(Event::id).toList();
        Files.writeString(events, Files.readString(events).replace("Talks in Hà Nội", "Talks in Moskva")
                + "One more,2021-01-01,Vietnam,New\n");
        ImportService.Imported updated = service.importFiles(List.of(events), DuplicatePolicy.UPDATE, ImportProgress.NONE);
        assertThat(updated.outcome()).isEqualTo(new ImportOutcome(1, 1_500, 0));
        assertThat(allEvents(library)).hasSize(1_501).filteredOn(e -> ids.contains(e.id())).hasSize(1_500)
                .allMatch(e -> e.summary().equals("Talks in Moskva"));
    }

    @Test
    void onePassWithErrorsListsTheProblemsOfEveryFileAndChangesNothing() throws IOException {
        importFiles(DuplicatePolicy.SKIP, CORPUS.resolve("timelinejs/women_in_computing.json"));
        String before = LibraryDump.of(library);
        Path events = bigEvents(3_000, "Broken,2020-02-30,,\n");
        Path trade = write("trade.csv", "reporter,partner,year,flow,value_usd\nVietnam,Russia,2023,total,lots\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> service.importFiles(List.of(events, trade), DuplicatePolicy.SKIP, ImportProgress.NONE))
                .isInstanceOf(ImportService.ImportRefusedException.class)
                .satisfies(e -> assertThat(((ImportService.ImportRefusedException) e).problems()).extracting(Problem::toString)
                        .containsExactlyInAnyOrder(
                                "events.csv line 3002, column \"start\": \"2020-02-30\" is not a date: day 30 (February 2020 has 29 days)",
                                "trade.csv line 2, column \"value_usd\": \"lots\" is not a whole number of US dollars"));
        assertThat(LibraryDump.of(library)).isEqualTo(before);
    }
}

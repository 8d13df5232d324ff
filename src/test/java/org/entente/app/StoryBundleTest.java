package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.model.Event;
import org.entente.model.Slide;
import org.entente.model.Story;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories travel in the JSON bundle: written, read into another library with their selected events found again, not doubled. */
class StoryBundleTest {
    @TempDir Path dir;

    @Test
    void aStoryGoesThroughTheBundleWithItsSelectedEventFoundAgain() throws Exception {
        Path bundle = dir.resolve("out.entente.json");
        Event chosen;
        try (Library library = LibraryService.openOrCreateWithStarter(dir.resolve("a.entente"))) {
            chosen = library.events().byId(library.events().search("Comprehensive Strategic Partnership", 1).get(0).event().id()).orElseThrow();
            Story story = library.stories().create("Bamboo diplomacy");
            library.stories().addSlide(story.id(), -1, new Slide(0, "Upgrade", "Notes: Tô Lâm",
                    Map.of("view", "Timeline", "selection", Long.toString(chosen.id()), "timeline.from", "14000.0", "timeline.to", "20000.0")));
            library.stories().addSlide(story.id(), -1, new Slide(0, "Network", "", Map.of("view", "Network", "network.date", "2023-09-10")));
            new ExportService(library).export(ExportFormat.BUNDLE, bundle, ImportProgress.NONE);
        }
        assertThat(Files.readString(bundle)).contains("\"stories\"").doesNotContain("\"selection\" : \"" + chosen.id() + "\"");

        try (Library other = LibraryService.openOrCreateEmpty(dir.resolve("b.entente"))) {
            ImportService service = new ImportService(other);
            service.importFiles(List.of(bundle), DuplicatePolicy.SKIP, ImportProgress.NONE);
            List<Story> stories = other.stories().all();
            assertThat(stories).hasSize(1);
            Story story = stories.get(0);
            assertThat(story.slides()).extracting(Slide::title).containsExactly("Upgrade", "Network");
            Slide first = story.slides().get(0);
            assertThat(first.notes()).isEqualTo("Notes: Tô Lâm");
            assertThat(first.state()).containsEntry("view", "Timeline").containsEntry("timeline.from", "14000.0").containsEntry("timeline.to", "20000.0");
            Event found = other.events().byId(Long.parseLong(first.state().get("selection"))).orElseThrow();
            assertThat(found.title()).isEqualTo(chosen.title());
            assertThat(found.when()).isEqualTo(chosen.when());
            assertThat(story.slides().get(1).state()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("view", "Network", "network.date", "2023-09-10")));

            // the same bundle again: the story is already there
            service.importFiles(List.of(bundle), DuplicatePolicy.SKIP, ImportProgress.NONE);
            assertThat(other.stories().all()).hasSize(1);
        }
    }

    @Test
    void aSlideSelectingAnEventNotInTheBundleIsRefusedWithItsLineAndNothingIsImported() throws Exception {
        Path bundle = dir.resolve("bad.entente.json");
        Files.writeString(bundle, """
                {"format": "entente-bundle", "version": 1,
                 "actors": [{"key": "vn", "name": "Vietnam"}],
                 "events": [{"key": "e1", "title": "Visit", "when": "2023-09-10", "participants": [{"actor": "vn"}]}],
                 "stories": [{"title": "S", "slides": [
                   {"title": "One", "state": {"view": "Timeline",
                     "selection": "e2"}}]}]}
                """);
        try (Library other = LibraryService.openOrCreateEmpty(dir.resolve("c.entente"))) {
            assertThatThrownBy(() -> new ImportService(other).importFiles(List.of(bundle), DuplicatePolicy.SKIP, ImportProgress.NONE))
                    .isInstanceOf(ImportService.ImportRefusedException.class)
                    .satisfies(e -> assertThat(((ImportService.ImportRefusedException) e).problems().toString())
                            .contains("bad.entente.json").contains("line 6").contains("selection").contains("e2"));
            assertThat(other.stories().all()).isEmpty();
            assertThat(other.counts().events()).isZero();
        }
    }
}

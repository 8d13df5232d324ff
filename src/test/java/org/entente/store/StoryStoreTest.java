package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.model.Slide;
import org.entente.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories and slides in a real library file: order kept dense, state kept field by field, across a reopen. */
class StoryStoreTest {
    @TempDir Path dir;

    static Slide slide(String title, String view) {
        return new Slide(0, title, "Say: " + title, Map.of("view", view, "timeline.from", "13880.5", "actors", "Việt Nam,Путин,习近平"));
    }

    @Test
    void slidesAreAddedMovedUpdatedAndDeletedInOrderAndSurviveAReopen() {
        Path file = dir.resolve("lib.entente");
        long storyId;
        try (Library library = Library.open(file)) {
            Story story = library.stories().create("  Bamboo diplomacy, 2008–2024 ");
            storyId = story.id();
            assertThat(story.title()).isEqualTo("Bamboo diplomacy, 2008–2024");
            Slide a = library.stories().addSlide(storyId, -1, slide("Tô Lâm in Washington", "Timeline"));
            Slide b = library.stories().addSlide(storyId, -1, slide("Ties in 2013", "Network"));
            Slide c = library.stories().addSlide(storyId, 0, slide("Trade", "Measures"));
            assertThat(titles(library, storyId)).containsExactly("Trade", "Tô Lâm in Washington", "Ties in 2013");

            library.stories().moveSlide(c.id(), 2);
            assertThat(titles(library, storyId)).containsExactly("Tô Lâm in Washington", "Ties in 2013", "Trade");
            library.stories().moveSlide(c.id(), 0);
            library.stories().deleteSlide(a.id());
            assertThat(titles(library, storyId)).containsExactly("Trade", "Ties in 2013");
            // the positions stay dense: a slide added at index 1 lands between the two
            library.stories().addSlide(storyId, 1, slide("Middle", "Events"));
            assertThat(titles(library, storyId)).containsExactly("Trade", "Middle", "Ties in 2013");

            library.stories().updateSlide(b.withTitle("Ties in 2014").withNotes("Võ Văn Thưởng").withState(Map.of("view", "Network", "network.date", "2014-01-01")));
            library.stories().rename(storyId, "Renamed");
        }
        try (Library library = Library.open(file)) {
            Story story = library.stories().byId(storyId).orElseThrow();
            assertThat(story.title()).isEqualTo("Renamed");
            Slide last = story.slides().get(2);
            assertThat(last.title()).isEqualTo("Ties in 2014");
            assertThat(last.notes()).isEqualTo("Võ Văn Thưởng");
            assertThat(last.state()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("network.date", "2014-01-01", "view", "Network")));
            assertThat(story.slides().get(0).state()).containsEntry("actors", "Việt Nam,Путин,习近平");
            assertThat(library.stories().all()).extracting(Story::title).containsExactly("Renamed");

            library.stories().delete(storyId);
            assertThat(library.stories().all()).isEmpty();
            Long orphans = library.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT (SELECT count(*) FROM slide) + (SELECT count(*) FROM slide_state)")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(orphans).as("slides and their state go with their story").isZero();
        }
    }

    @Test
    void aChangeToASlideThatIsGoneSaysSoAndChangesNothing() {
        try (Library library = Library.open(dir.resolve("lib.entente"))) {
            Story story = library.stories().create("S");
            Slide s = library.stories().addSlide(story.id(), -1, slide("One", "Timeline"));
            library.stories().deleteSlide(s.id());
            assertThatThrownBy(() -> library.stories().updateSlide(s.withTitle("Two"))).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("No slide " + s.id());
            assertThatThrownBy(() -> library.stories().addSlide(story.id() + 99, -1, s)).hasMessageContaining("No story");
            assertThat(library.stories().byId(story.id()).orElseThrow().slides()).isEmpty();
        }
    }

    private static List<String> titles(Library library, long storyId) {
        return library.stories().byId(storyId).orElseThrow().slides().stream().map(Slide::title).toList();
    }
}

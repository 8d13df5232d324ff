package org.entente.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Participant;
import org.entente.store.Library;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane of a roll call: its counts, how the focus countries voted, and who voted which way. */
@ExtendWith(ApplicationExtension.class)
class RollCallDetailTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800).selectTab("Events");
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    @Test
    void aRollCallShowsItsCountsAndTheFocusCountriesVotes(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        Library library = fixture.context.library();
        Actor vietnam = library.actors().byName("Vietnam").orElseThrow(), russia = library.actors().byName("Russia").orElseThrow();
        Actor us = library.actors().byName("United States").orElseThrow(), france = library.actors().byName("France").orElseThrow();
        // a roll call written by hand, as a user records one: China absent
        library.events().save(new Event(0, "A/RES/99/1: Test roll call", DateRange.of(EventDate.ofDay(2019, 12, 18)), Category.UN_VOTE,
                List.of(new Participant(vietnam, "abstain"), new Participant(russia, "yes"), new Participant(us, "no"),
                        new Participant(france, "yes")), null, null, 2, List.of(), List.of()));
        robot.interact(() -> fixture.context.libraryChanged());
        fixture.waitForIdle(60);

        robot.clickOn("#events-filter").write("Test roll call");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#events-table").queryAs(javafx.scene.control.TableView.class).getItems().size() == 1);
        fixture.waitForIdle(30);
        robot.clickOn("A/RES/99/1: Test roll call");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#roll-call-counts").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("detail " + robot.lookup(".event-detail .label").queryAllAs(Label.class).stream().map(Label::getText).toList()
                    + " selected " + fixture.context.selectedEventId().get(), e);
        }
        assertThat(robot.lookup("#roll-call-counts").queryAs(Label.class).getText()).isEqualTo("Yes 2 · No 1 · Abstain 1");
        String focus = robot.lookup("#roll-call-focus .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(focus).contains("Vietnam: abstain · Russia: yes · United States: no").doesNotContain("China");
        assertThat(robot.lookup("Yes (2)").tryQuery()).isPresent();
        assertThat(robot.lookup("France, Russia").tryQuery().or(() -> robot.lookup("Russia, France").tryQuery())).isPresent();
    }
}

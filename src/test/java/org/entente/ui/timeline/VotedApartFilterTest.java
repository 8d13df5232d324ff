package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineView;
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

/** The timeline filter "UN roll calls where these two voted differently", chosen as a person does. */
@ExtendWith(ApplicationExtension.class)
class VotedApartFilterTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1600, 1000).selectTab("Timeline");
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // the view waits for the range to rest before it reads
            fixture.waitForIdle(30);
        }
    }

    @Test
    void onlyTheRollCallsWhereTheTwoVotedDifferentlyStay(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        Library library = fixture.context.library();
        Actor vn = library.actors().byName("Vietnam").orElseThrow(), us = library.actors().byName("United States").orElseThrow();
        Actor fr = library.actors().byName("France").orElseThrow();
        String apart = "A/RES/71/1: apart", alike = "A/RES/71/2: alike", absent = "A/RES/71/3: one absent";
        for (Object[] rc : new Object[][] {
                {apart, List.of(new Participant(vn, "yes"), new Participant(us, "no"), new Participant(fr, "abstain"))},
                {alike, List.of(new Participant(vn, "yes"), new Participant(us, "yes"), new Participant(fr, "no"))},
                {absent, List.of(new Participant(vn, "abstain"), new Participant(fr, "yes"))}}) {
            @SuppressWarnings("unchecked") List<Participant> votes = (List<Participant>) rc[1];
            library.events().save(new Event(0, (String) rc[0], DateRange.of(EventDate.ofDay(2016, 12, 5)), Category.UN_VOTE, votes,
                    null, null, 2, List.of(), List.of()));
        }
        robot.interact(() -> fixture.context.libraryChanged());
        settle();
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(timeline.getItems()).extracting(TimelineItem::title).contains(apart, alike, absent);
        assertThat(robot.lookup("#timeline-voted-apart").queryAs(CheckBox.class).isDisabled()).isTrue(); // needs two actors

        // the two countries checked in the Actors list (a long list: Vietnam is far below the popup's first rows)
        @SuppressWarnings("unchecked") org.controlsfx.control.CheckComboBox<Actor> actors =
                robot.lookup("#timeline-actors").queryAs(org.controlsfx.control.CheckComboBox.class);
        robot.interact(() -> {
            for (Actor a : actors.getItems()) if (a.id() == vn.id() || a.id() == us.id()) actors.getCheckModel().check(a);
        });
        settle();
        assertThat(robot.lookup("#timeline-voted-apart").queryAs(CheckBox.class).isDisabled()).isFalse();
        robot.clickOn("#timeline-voted-apart");
        settle();
        assertThat(timeline.getItems()).extracting(TimelineItem::title).containsExactly(apart);

        robot.clickOn("#timeline-clear-filters");
        settle();
        assertThat(timeline.getItems()).extracting(TimelineItem::title).contains(apart, alike, absent);
        assertThat(robot.lookup("#timeline-voted-apart").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}

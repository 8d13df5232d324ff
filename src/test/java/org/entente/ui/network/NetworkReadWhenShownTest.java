package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

/**
 * The network reads its library while it is shown: an edit made while another tab is in front is
 * read when the person comes back, not at once (issue #15: at ten million events each read of the
 * network took seconds, and every edit anywhere started one).
 */
@ExtendWith(ApplicationExtension.class)
class NetworkReadWhenShownTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    NetworkAppView view;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1600, 1000);
        view = fixture.view(NetworkAppView.class);
        fixture.selectTab("Network");
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    boolean drawn(Actor actor) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.viewModel().actors().containsKey(actor.id()));
    }

    @Test
    void anEditMadeWhileAnotherTabIsInFrontIsReadWhenTheNetworkIsShownAgain(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        robot.interact(() -> fixture.selectTab("Timeline"));
        Library library = fixture.context.library();
        Actor atlantis = library.actors().save(Actor.country("Atlantis", "ATL"));
        Actor vietnam = library.actors().byName("Vietnam").orElseThrow();
        library.events().save(new Event(0, "Atlantis meets Vietnam", DateRange.of(EventDate.ofDay(2020, 5, 1)), Category.MEETING,
                List.of(new Participant(atlantis, null), new Participant(vietnam, null)), null, null, 3, List.of(), List.of()));
        robot.interact(() -> fixture.context.libraryChanged());
        fixture.waitForIdle(60);
        assertThat(drawn(atlantis)).as("not read while the timeline is in front").isFalse();

        robot.interact(() -> fixture.selectTab("Network"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drawn(atlantis));
        fixture.waitForIdle(60);
        assertThat(view.viewModel().readStopped()).isFalse();
    }
}

package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.stage.Stage;
import org.entente.controls.network.NetworkEdge;
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

/** The network's tie kind "UN vote agreement": ties above the chosen share in the year shown, drawn by band. */
@ExtendWith(ApplicationExtension.class)
class UnAgreementTiesTest {
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

    Set<String> ties() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.viewModel().edges().stream()
                .map(e -> pair(name(e.source()), name(e.target()))).collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    /** Clicks the item {@code text} of the open drop-down, once its popup shows it. */
    static void choose(FxRobot robot, String text) throws Exception {
        java.util.function.Predicate<javafx.scene.Node> inPopup = n -> n.getScene() != null
                && n.getScene().getWindow() instanceof javafx.stage.PopupWindow && n.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(text).match(inPopup).tryQuery().isPresent());
        robot.clickOn(robot.lookup(text).match(inPopup).<javafx.scene.Node>query());
    }

    /** The two names in alphabetical order, joined. */
    static String pair(String a, String b) { return a.compareTo(b) < 0 ? a + "–" + b : b + "–" + a; }

    String name(long id) { return view.viewModel().actors().get(id).name(); }

    @Test
    void tiesJoinTheCountriesThatVotedAlikeThatYear(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        Library library = fixture.context.library();
        Actor vn = library.actors().byName("Vietnam").orElseThrow(), ru = library.actors().byName("Russia").orElseThrow();
        Actor cn = library.actors().byName("China").orElseThrow(), us = library.actors().byName("United States").orElseThrow();
        // 12 roll calls in 2016: Vietnam and Russia always yes, China yes but abstaining twice, the United States always no
        for (int i = 1; i <= 12; i++) {
            List<Participant> votes = new ArrayList<>(List.of(new Participant(vn, "yes"), new Participant(ru, "yes"),
                    new Participant(cn, i <= 2 ? "abstain" : "yes"), new Participant(us, "no")));
            library.events().save(new Event(0, "A/RES/71/" + i + ": test", DateRange.of(EventDate.ofDay(2016, 11, i)), Category.UN_VOTE,
                    votes, null, null, 2, List.of(), List.of()));
        }
        robot.interact(() -> {
            view.viewModel().date().set(LocalDate.of(2016, 12, 31));
            fixture.context.libraryChanged();
        });
        fixture.waitForIdle(60);

        robot.clickOn("#network-ties");
        choose(robot, "UN vote agreement"); // the Measures tab has a button of that name too
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ties().size() == 3);
        fixture.waitForIdle(60);
        // China agreed with each on 10 of 12 (83 %), Vietnam and Russia on all 12; the United States with none
        assertThat(ties()).containsExactly("China–Russia", "China–Vietnam", "Russia–Vietnam");
        NetworkEdge vnRu = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.viewModel().edges().stream()
                .filter(e -> Set.of(e.source(), e.target()).equals(Set.of(vn.id(), ru.id()))).findFirst().orElseThrow());
        assertThat(vnRu.levelLabel()).isEqualTo("UN vote agreement 90–100 %");
        assertThat(vnRu.history().get(0).level()).isEqualTo("same vote on 12 of 12 roll calls both voted on (100 %)");
        assertThat(view.viewModel().subtitle().get()).contains("80 % or more in 2016 · 3 ties");

        robot.clickOn("#network-agreement-threshold");
        choose(robot, "≥ 90 %");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ties().size() == 1);
        assertThat(ties()).containsExactly("Russia–Vietnam");

        // a year with no roll calls: no ties, and no guess
        robot.interact(() -> view.viewModel().date().set(LocalDate.of(2020, 6, 1)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ties().isEmpty());
    }
}

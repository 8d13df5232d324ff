package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.NetworkView;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.entente.store.PairMonthsTest;
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
 * The network's tie kind "Cooperation–conflict (Goldstein)": a tie between countries with coded
 * events in the 12 months to the date, as wide as how many, coloured (by the view's CSS) by the
 * band of their mean Goldstein score.
 */
@ExtendWith(ApplicationExtension.class)
class GoldsteinTiesTest {
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
                .map(e -> UnAgreementTiesTest.pair(name(e.source()), name(e.target()))).collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    NetworkEdge edge(Actor a, Actor b) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.viewModel().edges().stream()
                .filter(e -> Set.of(e.source(), e.target()).equals(Set.of(a.id(), b.id()))).findFirst().orElseThrow());
    }

    String name(long id) { return view.viewModel().actors().get(id).name(); }

    @Test
    void tiesJoinCountriesWithCodedEventsInTheYearToTheDateColouredByTheirMeanScore(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        Library library = fixture.context.library();
        Actor vn = library.actors().byName("Vietnam").orElseThrow(), ru = library.actors().byName("Russia").orElseThrow();
        Actor cn = library.actors().byName("China").orElseThrow(), us = library.actors().byName("United States").orElseThrow();
        for (int d = 1; d <= 6; d++) PairMonthsTest.coded(library, 2020, 3, d, 3.0, vn, ru);      // cooperation, 6 events
        for (int d = 1; d <= 5; d++) PairMonthsTest.coded(library, 2020, 6, d, -4.0, cn, vn);     // conflict, 5 events
        PairMonthsTest.coded(library, 2018, 5, 1, 1.0, ru, us);                                   // long before
        robot.interact(() -> {
            view.viewModel().date().set(LocalDate.of(2020, 12, 31));
            fixture.context.libraryChanged();
        });
        fixture.waitForIdle(60);

        robot.clickOn("#network-ties");
        UnAgreementTiesTest.choose(robot, "Cooperation–conflict (Goldstein)");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ties().size() == 2);
        fixture.waitForIdle(60);
        assertThat(ties()).containsExactly("China–Vietnam", "Russia–Vietnam");
        NetworkEdge vnRu = edge(vn, ru), vnCn = edge(vn, cn);
        assertThat(vnRu.levelKey()).isEqualTo("goldstein-cooperation");
        assertThat(vnRu.weight()).isEqualTo(6);
        assertThat(vnRu.levelLabel()).isEqualTo("Cooperation (mean Goldstein above +1)");
        assertThat(vnRu.history().get(0).level()).isEqualTo("6 coded events, mean Goldstein score +3.0 (6 scored)");
        assertThat(vnCn.levelKey()).isEqualTo("goldstein-conflict");
        assertThat(vnCn.history().get(0).level()).isEqualTo("5 coded events, mean Goldstein score −4.0 (5 scored)");
        assertThat(view.viewModel().subtitle().get()).contains("2 pairs");
        // the colours come from the view's CSS, not from code
        NetworkView control = robot.lookup(".network-view").queryAs(NetworkView.class);
        Color conflict = WaitForAsyncUtils.waitForAsyncFx(5000, () -> control.levelColor(vnCn.levelKey(), vnCn.rank()));
        Color cooperation = WaitForAsyncUtils.waitForAsyncFx(5000, () -> control.levelColor(vnRu.levelKey(), vnRu.rank()));
        assertThat(conflict).isEqualTo(Color.web("#c0392b"));
        assertThat(cooperation).isEqualTo(Color.web("#2e7d9a"));

        // May 2020: only March's events are in the 12 months to the date
        robot.interact(() -> view.viewModel().date().set(LocalDate.of(2020, 5, 15)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ties().size() == 1);
        assertThat(ties()).containsExactly("Russia–Vietnam");
        // more than 12 months after the last: no tie, and no guess
        robot.interact(() -> view.viewModel().date().set(LocalDate.of(2021, 7, 1)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ties().isEmpty());
    }
}

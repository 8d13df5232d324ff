package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.entente.app.DatasetService;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.shell.MainWindowFixture;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Add Dataset › UN General Assembly votes, as a person does it: the votes go in the
 * background with the status bar's progress and Cancel; the Measures tab then shows
 * Vietnam–Russia and Vietnam–United States agreement on its chart; File › Remove Dataset takes
 * them out again, and a cancelled add leaves nothing.
 */
@ExtendWith(ApplicationExtension.class)
class UnVotesMeasuresFxTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    AppContext context;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
        context = fixture.context;
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    static XYSeriesCollection plotted(JFreeChart chart) {
        return (XYSeriesCollection) chart.getXYPlot().getDataset();
    }

    static XYSeries series(JFreeChart chart, String key) {
        XYSeriesCollection c = plotted(chart);
        int i = c.getSeriesIndex(key);
        return i < 0 ? null : c.getSeries(i);
    }

    static double at(XYSeries s, int year) {
        int i = s.indexOf(Double.valueOf(year));
        return s.getY(i).doubleValue();
    }

    boolean holds() {
        Library l = context.library();
        return l != null && new DatasetService(l).holds(DatasetService.Dataset.UN_VOTES);
    }

    @Test
    void addTheVotesFromTheMenuAndSeeTheAgreementOfVietnamWithRussiaAndTheUnitedStates(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        MeasuresAppView measures = fixture.view(MeasuresAppView.class);
        robot.interact(() -> fixture.selectTab("Measures"));
        robot.clickOn("#measure-un-agreement");
        AgreementView view = measures.agreement();
        // before the votes: an empty chart that says how to add them
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.viewModel().dataProperty().get().table() != null);
        assertThat(robot.lookup("#agreement-status").queryLabeled().getText()).contains("File › Add Dataset › UN General Assembly votes");
        assertThat(plotted(view.chartProperty().get()).getSeriesCount()).isZero();

        robot.clickOn("File").clickOn("Add Dataset").clickOn("UN General Assembly votes");
        // the add runs in the background, shown in the status bar with its progress and Cancel
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#status-cancel").tryQuery().map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            JFreeChart c = view.chartProperty().get();
            return series(c, "Vietnam–Russia") != null && series(c, "Vietnam–United States") != null && series(c, "Vietnam–China") != null;
        });
        fixture.waitForIdle(60);
        assertThat(holds()).isTrue();
        JFreeChart chart = view.chartProperty().get();
        XYSeries russia = series(chart, "Vietnam–Russia"), us = series(chart, "Vietnam–United States");
        // Vietnam votes from 1977: about four decades of points for each pair
        assertThat(russia.getMinX()).isEqualTo(1977);
        assertThat(russia.getItemCount()).isGreaterThan(40);
        assertThat(us.getItemCount()).isGreaterThan(40);
        // in 1985 Vietnam voted with the Soviet Union (coded Russia) far more often than with the United States
        assertThat(at(russia, 1985)).isGreaterThan(0.8);
        assertThat(at(us, 1985)).isLessThan(0.3);
        assertThat(robot.lookup("#agreement-table").queryTableView().getItems()).hasSizeGreaterThan(120);

        // View › Focus on Selection with Vietnam–Russia clicked in the legend: the other pairs faint, then full again
        ChartClicks.legendItem(robot, "#agreement-chart", "Vietnam–Russia");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Vietnam–Russia".equals(view.selectedSeriesProperty().get()));
        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.seriesAlpha("Vietnam–United States") < 80);
        assertThat(view.seriesAlpha("Vietnam–Russia")).isEqualTo(255);
        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.seriesAlpha("Vietnam–United States") == 255);

        // another pair, chosen as a person does: two countries, then Add pair
        @SuppressWarnings("unchecked") ComboBox<Actor> first = robot.lookup("#agreement-first").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked") ComboBox<Actor> second = robot.lookup("#agreement-second").queryAs(ComboBox.class);
        robot.interact(() -> {
            first.getSelectionModel().select(first.getItems().stream().filter(a -> a.name().equals("Vietnam")).findFirst().orElseThrow());
            second.getSelectionModel().select(second.getItems().stream().filter(a -> a.name().equals("Japan")).findFirst().orElseThrow());
        });
        robot.clickOn("#agreement-add");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> series(view.chartProperty().get(), "Vietnam–Japan") != null);
        robot.clickOn("Vietnam–Japan  ×");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> series(view.chartProperty().get(), "Vietnam–Japan") == null);

        robot.clickOn("File").clickOn("Remove Dataset").clickOn("UN General Assembly votes…");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plotted(view.chartProperty().get()).getSeriesCount() == 0);
        fixture.waitForIdle(60);
        assertThat(holds()).isFalse();
    }

    @Test
    void cancellingTheAddLeavesTheLibraryAsItWas(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        long events = context.library().counts().events();
        robot.clickOn("File").clickOn("Add Dataset").clickOn("UN General Assembly votes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#status-cancel").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#status-cancel");
        fixture.waitForIdle(60);
        assertThat(holds()).isFalse();
        assertThat(context.library().counts().events()).isEqualTo(events);
    }
}

package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.entente.app.measures.MeasureKind;
import org.entente.model.Actor;
import org.entente.store.Library;
import org.entente.store.PairMonthsTest;
import org.entente.ui.shell.MainWindowFixture;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Measures tab's coded events, as a person uses them: choose "Coded events", see each default
 * pair's mean Goldstein score by month (gaps where no event was scored, unsure months flagged),
 * switch to events per month (zeros inside the coded months), add a pair and remove one.
 */
@ExtendWith(ApplicationExtension.class)
class CodedEventsMeasuresFxTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = MainWindowFixture.show(stage, 1280, 800);
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    static XYSeries series(JFreeChart chart, String key) { return UnVotesMeasuresFxTest.series(chart, key); }

    /** The y value at a month's middle, null for a gap. */
    static Number at(XYSeries s, int year, int month) {
        for (int i = 0; i < s.getItemCount(); i++)
            if (Math.abs(s.getX(i).doubleValue() - (year + (month - 0.5) / 12)) < 1e-9) return s.getY(i);
        throw new AssertionError("no item for " + year + "-" + month);
    }

    static boolean has(XYSeries s, int year, int month) {
        for (int i = 0; i < s.getItemCount(); i++)
            if (Math.abs(s.getX(i).doubleValue() - (year + (month - 0.5) / 12)) < 1e-9 && s.getY(i) != null) return true;
        return false;
    }

    @Test
    void chooseTheGoldsteinMeasureSeeEachPairByMonthAndSwitch(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        Library library = fixture.context.library();
        Actor vn = library.actors().byName("Vietnam").orElseThrow(), ru = library.actors().byName("Russia").orElseThrow();
        Actor cn = library.actors().byName("China").orElseThrow(), jp = library.actors().byName("Japan").orElseThrow();
        twoYearsOfCodedEvents(library, vn, ru, cn, jp);
        robot.interact(() -> fixture.context.libraryChanged());
        fixture.waitForIdle(60);

        MeasuresAppView measures = fixture.view(MeasuresAppView.class);
        robot.interact(() -> fixture.selectTab("Measures"));
        robot.clickOn("#measure-coded-events");
        CodedEventsView view = measures.coded();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> series(view.chartProperty().get(), "Vietnam–Russia") != null
                && series(view.chartProperty().get(), "Vietnam–China") != null);
        fixture.waitForIdle(60);
        JFreeChart chart = view.chartProperty().get();
        XYSeries russia = series(chart, "Vietnam–Russia"), china = series(chart, "Vietnam–China");
        // January 2022: 6 events scored +1, +2, …, +6 with Russia: mean 3.5
        assertThat(at(russia, 2022, 1).doubleValue()).isCloseTo(3.5, within(1e-9));
        // every third month none: a gap in the line, not a zero
        assertThat(has(russia, 2022, 3)).isFalse();
        assertThat(at(china, 2022, 2).doubleValue()).isCloseTo(-6.0, within(1e-9));
        // the Goldstein axis is fixed, −10 … +10, whatever the data
        NumberAxis values = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertThat(values.getLowerBound()).isLessThanOrEqualTo(-10);
        assertThat(values.getUpperBound()).isGreaterThanOrEqualTo(10);
        // and has its zero line
        var markers = chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertThat(markers).extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue()).containsExactly(0.0);
        // Vietnam–China's months rest on 2 scored events each: unsure, with the legend saying so
        assertThat(view.viewModel().seriesProperty().get().get(1).points()).allMatch(p -> p.unsure());
        assertThat(robot.lookup("#coded-table").queryTableView().getItems()).isNotEmpty();
        screenshot(robot, "coded-events-goldstein.png");

        // the other measure, from its choice box as a person picks it
        robot.clickOn("#coded-measure");
        choose(robot, "Coded events per month");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().measureProperty().get() == MeasureKind.EVENT_COUNT);
        chart = view.chartProperty().get();
        russia = series(chart, "Vietnam–Russia");
        assertThat(at(russia, 2022, 1).doubleValue()).isEqualTo(6);
        assertThat(at(russia, 2022, 3).doubleValue()).isZero(); // a real zero inside the coded months
        assertThat(chart.getTitle().getText()).isEqualTo("Coded events per month");

        // another pair, chosen as a person does, then one removed
        @SuppressWarnings("unchecked") ComboBox<Actor> first = robot.lookup("#coded-first").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked") ComboBox<Actor> second = robot.lookup("#coded-second").queryAs(ComboBox.class);
        robot.interact(() -> {
            first.getSelectionModel().select(vn);
            second.getSelectionModel().select(jp);
        });
        robot.clickOn("#coded-add");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> series(view.chartProperty().get(), "Vietnam–Japan") != null);
        assertThat(at(series(view.chartProperty().get(), "Vietnam–Japan"), 2023, 6).doubleValue()).isEqualTo(2);
        robot.clickOn("Vietnam–Russia  ×");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> series(view.chartProperty().get(), "Vietnam–Russia") == null);
    }

    /**
     * 2022–2023: Vietnam–Russia 6 events a month scored +1 … +6, none in every third month;
     * Vietnam–China 2 events a month at −6 (unsure: fewer than 5); Vietnam–Japan 2 events in June 2023.
     */
    static void twoYearsOfCodedEvents(Library library, Actor vn, Actor ru, Actor cn, Actor jp) {
        for (int year = 2022; year <= 2023; year++)
            for (int month = 1; month <= 12; month++) {
                if (month % 3 != 0)
                    for (int d = 1; d <= 6; d++) PairMonthsTest.coded(library, year, month, d, (double) d, vn, ru);
                for (int d = 10; d <= 11; d++) PairMonthsTest.coded(library, year, month, d, -6.0, cn, vn);
            }
        PairMonthsTest.coded(library, 2023, 6, 20, 1.0, vn, jp);
        PairMonthsTest.coded(library, 2023, 6, 21, 3.0, jp, vn);
    }

    /** Clicks the item {@code text} of the open drop-down, once its popup shows it. */
    static void choose(FxRobot robot, String text) throws Exception {
        java.util.function.Predicate<javafx.scene.Node> inPopup = n -> n.getScene() != null
                && n.getScene().getWindow() instanceof javafx.stage.PopupWindow && n.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(text).match(inPopup).tryQuery().isPresent());
        robot.clickOn(robot.lookup(text).match(inPopup).<javafx.scene.Node>query());
    }

    void screenshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        var image = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> image[0] = stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(out).exists();
    }
}

package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.entente.model.Note;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.TradeFigure;
import org.entente.ui.common.AppContext;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Notes on the trade figures of a chart point, beside the chart. */
@ExtendWith(ApplicationExtension.class)
class TradeAnnotationsTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    AppContext context;
    TradeAppView view;


    @Start
    void start(Stage stage) throws Exception {
        fixture = MainWindowFixture.show(stage, 1600, 1000);
        context = fixture.context;
        Path file = MainWindowFixture.starterCopy(dir);
        view = fixture.view(MeasuresAppView.class).trade();
        fixture.selectTab("Measures");
        fixture.open(file);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    @Test
    void clickingAYearShowsItsFiguresWithTheirNotes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get()
                && !view.view().viewModel().model().series().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int year = view.view().viewModel().model().series().get(0).series().points().get(0).year();
        robot.interact(() -> view.view().selectYear(year));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trade-point-notes #note-add").tryQuery().isPresent());
        TradeFigure figure = view.view().clickedFiguresProperty().get().get(0);
        assertThat(figure.year()).isEqualTo(year);

        robot.clickOn(robot.lookup("#trade-point-notes #note-add").nth(0).queryButton());
        robot.clickOn("#note-editor").write("Mirror figure differs: see `IMF DOTS`");
        robot.clickOn("#note-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trade-point-notes .note-code").tryQuery().isPresent());
        assertThat(context.library().notes().forRecord(new RecordRef(RecordKind.TRADE_FIGURE, figure.id())))
                .extracting(Note::text).containsExactly("Mirror figure differs: see `IMF DOTS`");

        // "My annotations": the chart keeps only the annotated figure.
        int before = pointCount();
        robot.clickOn("#trade-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pointCount() < before);
        assertThat(view.view().viewModel().model().series()).flatExtracting(ps -> ps.series().points())
                .allSatisfy(p -> assertThat(p.basis()).extracting(TradeFigure::id).containsOnly(figure.id()))
                .isNotEmpty();
        robot.clickOn("#trade-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pointCount() == before);
    }

    private int pointCount() {
        return view.view().viewModel().model().series().stream().mapToInt(ps -> ps.series().points().size()).sum();
    }
}

package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.entente.model.TradeChange;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #17: a researcher adds a reported change of trade through Edit › New Reported Trade Change…,
 * an ambiguous "8,5" is refused before saving, the claim is stored exactly and shows in the mirror
 * view marked as reported; Undo takes it away again.
 */
class ReportedChangeFormTest extends EditorFixture {
    @Start
    @Override
    void start(javafx.stage.Stage stage) { super.start(stage); }

    private boolean growthShows(FxRobot robot, String text) {
        return robot.lookup("#trade-growth .table-cell").match(c -> text.equals(((TableCell<?, ?>) c).getText())).tryQuery().isPresent();
    }

    @Test
    void aReportedChangeAddedInItsFormShowsInTheMirrorViewAndUndoes(FxRobot robot) throws Exception {
        menu(robot, "New Reported Trade Change…", "#form-trade-change");
        pick(robot, "#trade-reporter", "rus", "Russia (RUS)");
        pick(robot, "#trade-partner", "viet", "Vietnam (VNM)");
        robot.clickOn("#trade-year").write("2023");
        robot.clickOn("#trade-change-percent").write("8,5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-trade-change #form-save").queryButton().isDisabled()).as("an ambiguous comma is refused").isTrue();
        assertThat(robot.lookup("#form-trade-change .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t != null && t.contains("\"8,5\" has a comma: write the percentage with a point (8.5)"));

        TextField percent = robot.lookup("#trade-change-percent").queryAs(TextField.class);
        robot.interact(percent::clear);
        robot.clickOn(percent).write("+8 %");
        save(robot, "#form-trade-change");

        TradeChange stored = context.library().trade().changes().get(0);
        assertThat(stored.reporter().name()).isEqualTo("Russia");
        assertThat(stored.partner().name()).isEqualTo("Vietnam");
        assertThat(stored.year()).isEqualTo(2023);
        assertThat(stored.flow()).isEqualTo(TradeFlow.TOTAL);
        assertThat(stored.changePercent()).hasToString("8");
        assertThat(context.library().trade().all()).as("a claim is not a level").isEmpty();

        // The mirror view of the Measures tab shows it, marked as reported, beside "no level".
        robot.interact(() -> window.tabs().getSelectionModel().select(tab("Measures")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#trade-kind-mirror").tryQuery().isPresent());
        robot.clickOn("#trade-kind-mirror");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> growthShows(robot, "+8% (reported)"));
        assertThat(growthShows(robot, "no level")).isTrue();

        // A double-click on the claim opens it in its form; a new percentage is saved over it.
        robot.doubleClickOn(robot.lookup("#trade-growth .table-cell").match(c -> "+8% (reported)".equals(((TableCell<?, ?>) c).getText()))
                .queryAs(TableCell.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#form-trade-change").tryQuery().isPresent());
        TextField again = robot.lookup("#trade-change-percent").queryAs(TextField.class);
        assertThat(again.getText()).isEqualTo("8");
        robot.interact(again::clear);
        robot.clickOn(again).write("2.30");
        save(robot, "#form-trade-change");
        assertThat(context.library().trade().changes()).singleElement().satisfies(c -> assertThat(c.changePercent()).hasToString("2.3"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> growthShows(robot, "+2.3% (reported)"));

        // Edit › Undo, twice: the edit, then the claim itself.
        robot.clickOn("#trade-growth");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> growthShows(robot, "+8% (reported)"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library().trade().changes().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !growthShows(robot, "+8% (reported)"));
    }
}

package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures › Export › PNG…'s size dialog (ExportSizeDialog.fxml): it opens with the chart's size,
 * the spinners' arrows step by 100, 2× doubles the drawing, OK answers the size and Cancel nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ExportSizeDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private ExportSizeDialog open(FxRobot robot) {
        ExportSizeDialog[] dialog = new ExportSizeDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportSizeDialog(owner, 1200, 800);
            dialog[0].show();
        });
        return dialog[0];
    }

    @Test
    void okAnswersTheSizeAsChanged(FxRobot robot) throws Exception {
        ExportSizeDialog dialog = open(robot);
        Spinner<?> width = robot.lookup("#export-width").queryAs(Spinner.class);
        assertThat(width.getValue()).isEqualTo(1200);
        assertThat(robot.lookup("#export-height").queryAs(Spinner.class).getValue()).isEqualTo(800);
        robot.clickOn(robot.from(width).lookup(".increment-arrow-button").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Integer.valueOf(1300).equals(width.getValue()));
        robot.clickOn("#export-2x");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(dialog.getResult()).isEqualTo(new ExportSizeDialog.Size(1300, 800, 2));
    }

    @Test
    void cancelAnswersNothing(FxRobot robot) throws Exception {
        ExportSizeDialog dialog = open(robot);
        robot.clickOn("#export-2x");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(dialog.getResult()).isNull();
    }
}

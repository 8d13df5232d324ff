package org.entente.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog's OK, Cancel, Yes and No read in the interface language; a button the dialog named keeps its name. */
@ExtendWith(ApplicationExtension.class)
class StandardButtonsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StandardButtons.install();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 320, 200));
        stage.show();
    }

    @AfterEach
    void english() throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != null && w.isShowing())
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .toList().forEach(javafx.stage.Window::hide)).get();
    }

    @Test
    void aVietnameseDialogsButtonsAreVietnamese(FxRobot robot) throws Exception {
        I18n.setLocale(I18n.VIETNAMESE);
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "?", ButtonType.YES, ButtonType.NO, ButtonType.CANCEL, ButtonType.OK);
            ((Button) a.getDialogPane().lookupButton(ButtonType.OK)).setText("Khôi phục");
            a.initOwner(stage);
            a.show();
            return a;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(alert, ButtonType.YES)).isEqualTo("Có");
        assertThat(text(alert, ButtonType.NO)).isEqualTo("Không");
        assertThat(text(alert, ButtonType.CANCEL)).isEqualTo("Hủy");
        assertThat(text(alert, ButtonType.OK)).as("named by its dialog").isEqualTo("Khôi phục");
    }

    @Test
    void anEnglishDialogReadsAsBefore(FxRobot robot) throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> {
            Alert a = new Alert(Alert.AlertType.ERROR, "!", ButtonType.CLOSE);
            a.initOwner(stage);
            a.show();
            return a;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(alert, ButtonType.CLOSE)).isEqualTo("Close");
    }

    private static String text(Alert alert, ButtonType type) {
        return ((Button) alert.getDialogPane().lookupButton(type)).getText();
    }
}

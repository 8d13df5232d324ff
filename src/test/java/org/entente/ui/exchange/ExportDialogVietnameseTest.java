package org.entente.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.app.ExportFormat;
import org.entente.app.LibraryService;
import org.entente.i18n.I18n;
import org.entente.ui.OffFxThread;
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
 * Issue #18: File › Export… in Vietnamese: the formats described in Vietnamese (their names as
 * they are), whole in the list, and the status line in Vietnamese. Writes target/screenshots/export-dialog-vi.png.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogVietnameseTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private final List<ExportFormat> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.VIETNAMESE);
        Path lib = dir.resolve("vi-" + System.nanoTime() + ".entente");
        OffFxThread.call(() -> {
            LibraryService.openOrCreateWithStarter(lib).close();
            return lib;
        });
        fixture = MainWindowFixture.show(stage, 1280, 800).open(lib);
    }

    @AfterEach
    void close() {
        fixture.closeLibrary();
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void theFormatsAndTheStatusAreInVietnamese(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        Path answer = dir.resolve("out-" + System.nanoTime()).resolve("ngoai-giao-cay-tre.gexf");
        robot.interact(() -> new ExportDialog(fixture.context, (ctx, format) -> {
            asked.add(format);
            return Optional.of(answer);
        }).show());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> w instanceof Stage s && "Xuất thư viện".equals(s.getTitle())).findFirst().orElseThrow();
        javafx.scene.Parent root = dialog.getScene().getRoot();

        assertThat(robot.from(root).lookup("Định dạng").tryQuery()).isPresent();
        assertThat(robot.from(root).lookup("#export-confirm").queryAs(Button.class).getText()).isEqualTo("Xuất…");
        assertThat(robot.from(root).lookup("Đóng").tryQuery()).isPresent();
        ListView<?> formats = robot.from(root).lookup("#export-formats").queryAs(ListView.class);
        for (javafx.scene.Node n : robot.from(formats).lookup(".list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.getItem() == null) continue;
            assertThat(((javafx.scene.text.Text) cell.lookup(".text")).getText()).as("a format's words are whole").isEqualTo(cell.getText());
            assertThat(cell.getWidth()).as("a format's width").isLessThanOrEqualTo(formats.getWidth());
        }
        ImportDialogTest.writeScreenshot((Stage) dialog, Path.of("target/screenshots/export-dialog-vi.png"));

        robot.clickOn("GEXF 1.3 cho Gephi (quan hệ đối tác theo thời gian)");
        robot.clickOn("#export-confirm");
        Label status = robot.from(root).lookup("#export-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("Đã xuất "));
        assertThat(asked).containsExactly(ExportFormat.GEXF);
        assertThat(status.getText()).matches("Đã xuất [0-9.]+ bản ghi vào .*").endsWith(answer.toString());
        assertThat(answer).isRegularFile();
        assertThat(java.nio.file.Files.readString(answer)).contains("<gexf").doesNotContain("quan hệ đối tác"); // the file's own words stay
    }
}

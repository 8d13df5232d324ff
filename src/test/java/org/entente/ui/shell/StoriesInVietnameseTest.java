package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.model.Slide;
import org.entente.model.Story;
import org.entente.ui.OffFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Story menu and the Stories window in Vietnamese: the menu's items, the window's buttons
 * and fields read in Vietnamese and whole; a slide added from the menu makes the first story
 * "Câu chuyện của tôi" with the slide named "Trang chiếu 1: Dòng thời gian".
 */
@ExtendWith(ApplicationExtension.class)
class StoriesInVietnameseTest {
    @TempDir static Path dir;
    private MainWindowFixture app;

    @Start
    void start(Stage stage) {
        // Before the window is built: its texts are read as its nodes are made.
        I18n.setLocale(I18n.VIETNAMESE);
        app = MainWindowFixture.show(stage, 1280, 800);
        app.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() {
        try {
            app.closeLibrary();
        } finally {
            I18n.setLocale(I18n.ENGLISH);
        }
    }

    private static String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    @Test
    void theStoriesWindowsButtonsAndTheNamesTheAppGivesAreVietnamese(FxRobot robot) throws Exception {
        app.waitForIdle(60);
        // the menu and its item found by their Vietnamese names, as a person reads them
        assertThat(text(robot, "#menu-story")).isEqualTo("Câu chuyện");
        robot.clickOn("Câu chuyện").clickOn("Các câu chuyện…");
        Window stories = waitForWindow(robot, "Các câu chuyện");

        Map<String, String> buttons = new LinkedHashMap<>();
        buttons.put("#story-new", "Câu chuyện mới…");
        buttons.put("#story-rename", "Đổi tên…");
        buttons.put("#story-delete", "Xóa");
        buttons.put("#slide-add", "Thêm trang chiếu");
        buttons.put("#slide-update", "Cập nhật từ khung nhìn");
        buttons.put("#slide-show", "Hiển thị");
        buttons.put("#slide-up", "Lên");
        buttons.put("#slide-down", "Xuống");
        buttons.put("#slide-delete", "Xóa trang chiếu");
        buttons.put("#story-play", "Trình chiếu từ đây");
        buttons.put("#story-presenter-view", "Màn hình người trình bày (ghi chú, trang kế tiếp, đồng hồ)");
        buttons.put("#story-export-pdf", "Xuất PDF…");
        buttons.put("#story-export-png", "Xuất PNG…");
        Map<String, String> shown = new LinkedHashMap<>();
        for (String id : buttons.keySet()) shown.put(id, text(robot, id));
        assertThat(shown).isEqualTo(buttons);
        assertThat(robot.lookup("#story-new").queryAs(Labeled.class).getTooltip().getText()).isEqualTo("Một câu chuyện mới, chưa có trang chiếu");
        assertThat(robot.lookup("#slide-title").queryAs(TextField.class).getPromptText()).isEqualTo("Tiêu đề trang chiếu");
        assertThat(WaitForAsyncUtils.asyncFx(() -> org.entente.ui.CutTexts.under(stories.getScene().getRoot(), l -> false)).get(10, TimeUnit.SECONDS))
                .as("texts cut short").isEmpty();
        // a picture of the window for a person to look at (not compared)
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(stories.getScene().snapshot(null), null), "png",
                        Path.of("target", "stories-window-vi.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // Story › Add Slide of This View with no story yet: the app names the story and the slide, in Vietnamese
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.selectTab("Timeline"));
        app.waitForIdle(60);
        robot.clickOn("#menu-story").clickOn("#menu-add-slide");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OffFxThread.call(() -> app.context.library().stories().all()).size() == 1);
        List<Story> all = OffFxThread.call(() -> app.context.library().stories().all());
        assertThat(all.get(0).title()).isEqualTo("Câu chuyện của tôi");
        assertThat(all.get(0).slides()).extracting(Slide::title).containsExactly("Trang chiếu 1: Dòng thời gian");
        @SuppressWarnings("unchecked") ListView<Story> list = robot.lookup("#story-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#story-list .list-cell").queryAs(Labeled.class).getText() != null);
        assertThat(robot.lookup("#story-list .list-cell").queryAs(Labeled.class).getText()).isEqualTo("Câu chuyện của tôi  (1 trang chiếu)");
    }

    private static Window waitForWindow(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()));
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())).findFirst().orElseThrow();
    }
}

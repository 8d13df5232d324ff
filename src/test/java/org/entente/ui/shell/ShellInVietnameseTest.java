package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window, its menus, status bar, detail pane, the welcome and the backups window built in
 * Vietnamese at 1280×800 (issue #18): their texts in Vietnamese, none of the menus', tabs' and
 * status bar's texts cut short, and pictures in target/i18n-shell-vi/ to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ShellInVietnameseTest {
    static final Path PICTURES = Path.of("target/i18n-shell-vi");
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.setLocale(I18n.VIETNAMESE);
        fixture = MainWindowFixture.show(stage, 1280, 800).open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
        fixture.closeLibrary();
    }

    @Test
    void theMainWindowAndTheWelcomeReadInVietnameseWithNothingCutShort(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        // The screenshot tour, as `entente --language vi screenshots` runs it: the event selected, then the shots.
        CompletableFuture<List<Path>> tour = fx(() -> ScreenshotTour.run(fixture.window, fixture.context, stage, PICTURES,
                List.of("events", "welcome")));
        List<Path> shots = tour.get(3, TimeUnit.MINUTES);
        assertThat(shots).extracting(p -> p.getFileName().toString()).containsExactly("events.png", "welcome.png");

        assertThat(fx(() -> menuTexts())).contains("Tệp", "Sửa", "Xem", "Trợ giúp");
        assertThat(fx(() -> fixture.window.tabs().getTabs().stream().map(Tab::getText).toList()))
                .containsExactly("Dòng thời gian", "Sự kiện", "Mạng lưới", "Chỉ số");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText())
                .matches("[\\d.]+ sự kiện · [\\d.]+ quan hệ đối tác · [\\d.]+ số liệu thương mại · [\\d.]+ nguồn");
        // the detail pane: the date written the Vietnamese way, the category by its Vietnamese name
        assertThat(robot.lookup(".detail-when").queryAs(Label.class).getText()).isEqualTo("19–20 tháng 6 năm 2024");
        assertThat(robot.lookup(".detail-meta").queryAs(Label.class).getText()).isEqualTo("Thăm cấp Nhà nước · mức quan trọng 5/5");
        assertThat(robot.lookup("#record-origin").queryAs(Label.class).getText()).isEqualTo("Thư viện khởi đầu");

        List<Labeled> shown = new ArrayList<>();
        shown.addAll(robot.lookup(".menu-bar .menu-button").queryAllAs(Labeled.class));
        shown.addAll(robot.lookup(".tab-header-area .tab-label").queryAllAs(Labeled.class));
        shown.add(robot.lookup("#status-counts").queryAs(Labeled.class));
        assertThat(shown).hasSizeGreaterThan(8);
        assertThat(fx(() -> cutShort(shown))).as("texts cut short at 1280×800").isEmpty();

        // the welcome: its keys and its button whole
        Stage welcome = fx(() -> org.entente.ui.help.WelcomeWindow.show(stage, fixture.context.library().file(), fixture.context));
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> welcomeTexts = new ArrayList<>(robot.from(welcome.getScene().getRoot()).lookup(".help-key").queryAllAs(Labeled.class));
        welcomeTexts.add(robot.from(welcome.getScene().getRoot()).lookup("#welcome-start").queryAs(Labeled.class));
        assertThat(welcomeTexts).extracting(Labeled::getText).contains("Dòng thời gian", "Bắt đầu khám phá");
        assertThat(fx(() -> cutShort(welcomeTexts))).as("welcome texts cut short").isEmpty();
        fx(() -> {
            welcome.hide();
            return null;
        });

        // the notes and marks at the foot of the detail pane, About and the shortcuts: pictures to look at
        fx(() -> {
            ((javafx.scene.control.ScrollPane) stage.getScene().getRoot().lookup(".event-detail")).setVvalue(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> write(stage.getScene(), "events-detail-foot"));
        assertThat(robot.lookup("#annotation-star").queryAs(Labeled.class).getText()).isEqualTo("Gắn sao");
        assertThat(robot.lookup("#record-times").queryAs(Label.class).getText()).matches("Thêm lúc \\d\\d:\\d\\d ngày \\d+ tháng \\d+ năm \\d{4}.*");
        for (String window : List.of("about", "shortcuts")) {
            Stage help = fx(() -> window.equals("about") ? org.entente.ui.help.AboutWindow.show(stage, fixture.context.library().file(), fixture.context)
                    : org.entente.ui.help.ShortcutsWindow.show(stage, (javafx.scene.control.MenuBar) fixture.window.root().getTop(), fixture.context));
            WaitForAsyncUtils.waitForFxEvents();
            List<Labeled> keys = new ArrayList<>(robot.from(help.getScene().getRoot()).lookup(".help-key").queryAllAs(Labeled.class));
            keys.addAll(robot.from(help.getScene().getRoot()).lookup(".column-header .label").queryAllAs(Labeled.class));
            assertThat(fx(() -> cutShort(keys))).as("%s: texts cut short", window).isEmpty();
            fx(() -> {
                write(help.getScene(), window);
                help.hide();
                return null;
            });
        }

        // the View menu open, for the picture
        robot.clickOn("#menu-view");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openMenu() != null);
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> write(openMenu().getScene(), "view-menu"));
        assertThat(robot.lookup("Ngôn ngữ").tryQuery()).isPresent();
        assertThat(robot.lookup("Giao diện tương phản cao").tryQuery()).isPresent();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theBackupsWindowReadsInVietnamese(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        fx(() -> fixture.window.backupActions().showBackups());
        robot.clickOn("#backup-now");
        javafx.scene.control.TableView<?> table = robot.lookup("#backups-table").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size()) == 1
                && robot.lookup("#backup-count-events").tryQuery().isPresent() && fixture.context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = table.getScene();
        fx(() -> write(scene, "backups"));
        assertThat(robot.from(scene.getRoot()).lookup("Sao lưu ngay").tryQuery()).isPresent();
        assertThat(robot.from(scene.getRoot()).lookup("Sao lưu theo yêu cầu").tryQuery()).isPresent();
        assertThat(robot.from(scene.getRoot()).lookup("#backup-preview-message").queryAs(Label.class).getText())
                .startsWith("Sao lưu theo yêu cầu, ").contains("Khôi phục bản này");
        List<Labeled> texts = new ArrayList<>(robot.from(scene.getRoot()).lookup(".button").queryAllAs(Button.class));
        texts.addAll(robot.from(scene.getRoot()).lookup(".column-header .label").queryAllAs(Labeled.class));
        assertThat(texts).extracting(Labeled::getText).contains("Sao lưu ngay", "Dung lượng");
        assertThat(fx(() -> cutShort(texts))).as("buttons and column headers cut short").isEmpty();
    }

    /** The texts drawn shorter than they are (ending in an ellipsis). */
    private static List<String> cutShort(List<? extends Labeled> labels) {
        List<String> out = new ArrayList<>();
        for (Labeled l : labels) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getStyleClass().contains("text") && l.getText() != null && !l.getText().isEmpty() && !l.getText().equals(t.getText()))
                    out.add(l.getText() + " → " + t.getText());
            }
        }
        return out;
    }

    private List<String> menuTexts() {
        return ((javafx.scene.control.MenuBar) fixture.window.root().getTop()).getMenus().stream().map(javafx.scene.control.Menu::getText).toList();
    }

    private static Window openMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElse(null);
    }

    private static Void write(Scene scene, String name) throws java.io.IOException {
        Files.createDirectories(PICTURES);
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", PICTURES.resolve(name + ".png").toFile());
        return null;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}

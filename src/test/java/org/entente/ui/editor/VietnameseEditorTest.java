package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.RecordKind;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.events.EventRow;
import org.entente.ui.shell.EntenteApp;
import org.entente.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Events view and the event form with the interface in Vietnamese (issue #18): column
 * headers, the count, dates written the Vietnamese way, category names, the form's labels and
 * messages; and the category box and role box still hold the records' keys, so an event made in
 * Vietnamese is stored as one made in English. Leaves PNGs in target/screenshots/ to look at.
 */
class VietnameseEditorTest extends EditorFixture {
    @Start
    @Override
    void start(Stage stage) {
        I18n.setLocale(I18n.VIETNAMESE);
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        // The tabs' titles are the shell's; the Events view is the second tab.
        window.tabs().getSelectionModel().select(1);
        window.openLibrary(seededLibrary(dir), false);
    }

    @AfterEach
    void backToEnglish() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void theEventsViewSpeaksVietnamese(FxRobot robot) throws Exception {
        waitForIdle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        TableView<Object> table = table(robot);
        assertThat(table.getColumns().stream().map(TableColumn::getText).toList())
                .containsExactly("", "Ngày", "Tiêu đề", "Bên tham gia", "Loại sự kiện");
        Label count = robot.lookup(".events-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("3 sự kiện");
        assertThat(robot.lookup("#events-filter").queryTextInputControl().getPromptText()).startsWith("Lọc sự kiện");

        EventRow putin = row(table, "Putin state visit to Hanoi");
        assertThat(putin.date()).isEqualTo("19–20 tháng 6 năm 2024");
        assertThat(putin.category()).isEqualTo("Thăm cấp Nhà nước");
        assertThat(row(table, "Tô Lâm elected State President").date()).isEqualTo("22 tháng 5 năm 2024");
        // What the table shows, whole (a cut text reads "12–13 tháng 12 nă…"), not only what its rows hold.
        for (String shown : List.of("12–13 tháng 12 năm 2023", "19–20 tháng 6 năm 2024", "Thăm cấp Nhà nước", "Thay đổi lãnh đạo"))
            assertThat(robot.lookup("#events-table .table-cell .text").match((Text t) -> shown.equals(t.getText())).tryQuery())
                    .as("shown whole: " + shown).isPresent();

        // The category box offers the categories by their Vietnamese names and filters by the category itself.
        @SuppressWarnings("unchecked")
        ComboBox<Category> box = robot.lookup("#events-category").queryAs(ComboBox.class);
        assertThat(((Labeled) box.getButtonCell()).getText()).isEqualTo("Tất cả loại sự kiện");
        choose(robot, "#events-category", "Thăm cấp Nhà nước");
        assertThat(box.getValue().key()).isEqualTo(Category.STATE_VISIT.key());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2 trong số 3 sự kiện".equals(count.getText()));
        choose(robot, "#events-category", "Tất cả loại sự kiện");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "3 sự kiện".equals(count.getText()));
        snapshot(robot, robot.lookup("#events-table").query().getScene(), "vi-events.png");
    }

    @Test
    void anEventIsMadeInTheVietnameseFormAndStoredAsInEnglish(FxRobot robot) throws Exception {
        openNewEventForm(robot);
        Stage form = (Stage) robot.lookup("#form-event").query().getScene().getWindow();
        assertThat(form.getTitle()).isEqualTo("Sự kiện mới — Entente");
        assertThat(robot.lookup("#form-event .form-label").queryAll().stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("Tiêu đề", "Ngày", "Đến", "Loại sự kiện", "Mức độ quan trọng", "Bên tham gia", "Địa điểm",
                        "Tóm tắt", "Thẻ", "Nguồn");
        assertThat(robot.lookup("#form-save").queryButton().getText()).isEqualTo("Lưu");

        robot.clickOn("#event-title").write("Tô Lâm hội đàm với 习近平");
        robot.clickOn("#event-start").write("2024-02-30");
        robot.clickOn("#event-title");
        Label message = (Label) robot.lookup("#event-start").query().getProperties().get("field-message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("“2024-02-30” không phải là ngày: không có ngày 30 (tháng 2 năm 2024 chỉ có 29 ngày)");
        assertThat(robot.lookup("#form-status").queryAs(Label.class).getText()).isEqualTo(message.getText());
        snapshot(robot, form.getScene(), "vi-event-form-invalid.png");

        robot.doubleClickOn("#event-start").eraseText(10).write("2024-08-19");
        choose(robot, "#event-category", "Hội đàm");
        pick(robot, "#event-participant-input", "viet", "Vietnam (VNM)");
        pick(robot, "#event-participant-input", "Lào", "Tạo chủ thể “Lào”…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#form-actor").tryQuery().isPresent());
        assertThat(robot.lookup("#form-actor .form-label").queryAll().stream().map(n -> ((Label) n).getText()).toList())
                .containsExactly("Tên", "Loại chủ thể", "Mã ISO", "Màu");
        save(robot, "#form-actor");
        // The meeting's first participant hosts: its role box says so in Vietnamese.
        @SuppressWarnings("unchecked")
        List<ComboBox<String>> roles = robot.lookup(".participant-role").queryAll().stream().map(n -> (ComboBox<String>) n).toList();
        assertThat(roles).hasSize(2);
        assertThat(roles.get(0).getEditor().getText()).isEqualTo("chủ nhà");
        assertThat(roles.get(1).getEditor().getText()).isEqualTo("khách");
        snapshot(robot, form.getScene(), "vi-event-form.png");

        save(robot, "#form-event");
        Event stored = context.library().events().byId(context.selectedEventId().get()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Tô Lâm hội đàm với 习近平");
        assertThat(stored.when()).isEqualTo(DateRange.parse("2024-08-19"));
        assertThat(stored.category().key()).isEqualTo(Category.MEETING.key());
        assertThat(stored.participants()).extracting(p -> p.actor().name() + "/" + p.role())
                .containsExactly("Vietnam/host", "Lào/guest");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".events-count").queryAs(Label.class).getText().equals("4 sự kiện"));
        assertThat(row(table(robot), "Tô Lâm hội đàm với 习近平").date()).isEqualTo("19 tháng 8 năm 2024");
    }

    @Test
    void everyFormHasItsVietnameseHeadingAndLooksWhole(FxRobot robot) throws Exception {
        waitForIdle();
        EditorData data = org.entente.ui.OffFxThread.call(() -> EditorData.load(context.library()));
        var headings = new java.util.LinkedHashMap<RecordKind, String>();
        headings.put(RecordKind.ACTOR, "Chủ thể mới");
        headings.put(RecordKind.PARTNERSHIP, "Quan hệ đối tác mới");
        headings.put(RecordKind.PERIOD, "Giai đoạn mới");
        headings.put(RecordKind.TRADE_FIGURE, "Số liệu thương mại mới");
        headings.put(RecordKind.SOURCE, "Nguồn mới");
        for (var kind : headings.keySet()) {
            RecordForm<?, ?>[] form = new RecordForm<?, ?>[1];
            robot.interact(() -> form[0] = ((Editor) context.editing()).open(kind, null, data, context.window()));
            robot.interact(() -> form[0].fields.showAll());
            assertThat(form[0].stage().getTitle()).isEqualTo(headings.get(kind) + " — Entente");
            snapshot(robot, form[0].stage().getScene(), "vi-form-" + form[0].kind() + ".png");
            robot.interact(() -> form[0].stage().close());
        }
    }

    private static EventRow row(TableView<Object> table, String title) {
        return table.getItems().stream().map(r -> (EventRow) r).filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    /** The scene as a PNG in target/screenshots/, to look at. */
    private static void snapshot(FxRobot robot, Scene scene, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        assertThat(out).exists();
    }
}

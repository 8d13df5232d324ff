package org.entente.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.app.DuplicatePolicy;
import org.entente.app.ExportFormat;
import org.entente.app.ImportProgress;
import org.entente.app.ImportService;
import org.entente.app.LibraryService;
import org.entente.i18n.I18n;
import org.entente.store.Library;
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
 * Issue #18: with the interface in Vietnamese, the import preview of a bad file says everything in
 * Vietnamese (headings, columns, buttons, the summary and each problem with its file, line and
 * field) and nothing can be imported; File › Export… describes its formats in Vietnamese (their
 * names as they are) and says where the export went. Nothing is cut off at 1280×800. Writes
 * target/screenshots/import-preview-vi.png and export-dialog-vi.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeDialogsInVietnameseTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private final List<ExportFormat> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.VIETNAMESE);
        Path lib = dir.resolve("vi-" + System.nanoTime() + ".entente");
        OffFxThread.call(() -> {
            // The starter library, and one event more, so that the preview offers the choice for duplicates.
            Path held = Files.createDirectories(dir.resolve("held")).resolve("events.csv");
            Files.writeString(held, "title,start\nHội đàm Việt Nam – Nhật Bản,2024-06-19\n");
            try (Library library = LibraryService.openOrCreateWithStarter(lib)) {
                new ImportService(library).importFiles(List.of(held), DuplicatePolicy.SKIP, ImportProgress.NONE);
            }
            return null;
        });
        fixture = MainWindowFixture.show(stage, 1280, 800).open(lib);
    }

    @AfterEach
    void close() {
        fixture.closeLibrary();
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void aBadFileIsPreviewedInVietnamese(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        long eventsBefore = OffFxThread.call(() -> fixture.context.library().counts().events());
        Path bad = Files.createDirectories(dir.resolve("bad")).resolve("events.csv");
        Files.writeString(bad, """
                title,start,participants,importance
                Hội đàm Việt Nam – Nhật Bản,2024-06-19,,
                Thăm cấp Nhà nước,2024-13-40,,
                Ký kết hiệp định,2023-02-29,,
                Diễn đàn kinh tế,2024-09-10,Hội đồng Doanh nghiệp ASEAN,
                Tuyên bố chung,2024-10-01,,9
                """);
        // Vietnam and Japan: comprehensive strategic partners since 27 November 2023 (joint statement, Tokyo).
        Path partnerships = Files.writeString(bad.resolveSibling("partnerships.csv"), "a,b,level,from\nVietnam,Japan,comprehensive-strategic,2023-11-27\n");
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = ExchangeActions.of(fixture.window.root()).orElseThrow()
                .dropped(List.of(bad.toFile(), partnerships.toFile())).orElseThrow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog[0].model().stageProperty().get() == ImportViewModel.Stage.READY);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Parent scene = dialog[0].stage().getScene().getRoot();
        assertThat(dialog[0].stage().getTitle()).isEqualTo("Nhập 2 tệp");
        assertThat(robot.from(scene).lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("3 lỗi — hãy sửa các tệp rồi thử lại; sẽ không nhập gì.");
        ListView<?> problems = robot.from(scene).lookup("#import-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).extracting(Object::toString).containsExactly(
                "events.csv, dòng 3, trường \"start\": \"2024-13-40\" không phải là ngày hợp lệ: không có tháng 13",
                "events.csv, dòng 4, trường \"start\": \"2023-02-29\" không phải là ngày hợp lệ: không có ngày 29 (tháng 2 năm 2023 chỉ có 28 ngày)",
                "events.csv, dòng 5, trường \"participants\": \"Hội đồng Doanh nghiệp ASEAN\" không có trong actors.csv và không phải quốc gia "
                        + "đã biết: đã thêm dưới dạng tổ chức (cảnh báo)",
                "events.csv, dòng 6, trường \"importance\": \"9\" không phải là mức quan trọng từ 1 đến 5");
        assertThat(robot.from(scene).lookup("Vấn đề (4)").tryQuery()).isPresent();
        assertThat(robot.from(scene).lookup("Xem trước khi nhập").tryQuery()).isPresent();

        TableView<?> table = robot.from(scene).lookup("#import-table").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Thao tác", "Loại", "Tiêu đề", "Thời gian", "Từ tệp");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(robot.from(table).lookup("đã có trong thư viện").tryQuery()).isPresent();
        assertThat(robot.from(table).lookup("Sự kiện").tryQuery()).isPresent();
        assertThat(robot.from(table).lookup("Quan hệ đối tác").tryQuery()).isPresent();
        assertThat(dialog[0].model().rows()).extracting(org.entente.app.ImportPlan.Row::title)
                .anyMatch(t -> t.endsWith(": Đối tác chiến lược toàn diện"));

        // The one event already in the library: the duplicates choice shows, in Vietnamese.
        HBox duplicates = robot.from(scene).lookup("#import-duplicates").queryAs(ChoiceBox.class).getParent() instanceof HBox h ? h : null;
        assertThat(duplicates).isNotNull();
        assertThat(duplicates.isVisible()).isTrue();
        assertThat(robot.from(scene).lookup("Bản ghi đã có trong thư viện:").tryQuery()).isPresent();
        assertThat(robot.from(scene).lookup("#import-duplicates").queryAs(ChoiceBox.class).getConverter().toString(DuplicatePolicy.SKIP)).isEqualTo("Bỏ qua");

        Button confirm = robot.from(scene).lookup("#import-confirm").queryAs(Button.class);
        assertThat(confirm.getText()).isEqualTo("Nhập");
        assertThat(confirm.isDisabled()).isTrue();
        assertThat(robot.from(scene).lookup("#import-cancel").queryAs(Button.class).getText()).isEqualTo("Hủy");

        // Nothing is cut off: each problem wraps inside the list, and the short columns hold their words whole.
        for (javafx.scene.Node n : robot.from(problems).lookup(".list-cell").queryAll()) {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) n;
            if (cell.getItem() == null) continue;
            assertThat(((javafx.scene.text.Text) cell.lookup(".text")).getText()).isEqualTo(cell.getItem().toString());
            assertThat(cell.getWidth()).as("a problem's width").isLessThanOrEqualTo(problems.getWidth());
        }
        for (javafx.scene.Node n : robot.from(table).lookup(".table-cell").queryAll()) {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
            int column = table.getColumns().indexOf(cell.getTableColumn());
            if (cell.getText() == null || cell.isEmpty() || column == 2) continue; // a long title may end in "…"
            assertThat(((javafx.scene.text.Text) cell.lookup(".text")).getText()).as("column %d", column).isEqualTo(cell.getText());
        }

        ImportDialogTest.writeScreenshot(dialog[0].stage(), Path.of("target/screenshots/import-preview-vi.png"));
        org.entente.ui.ShownNodes.click(robot, "#import-cancel", 30);
        assertThat(fixture.context.library().counts().events()).isEqualTo(eventsBefore);
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

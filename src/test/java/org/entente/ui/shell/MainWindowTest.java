package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.entente.app.LibraryService;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Citation;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir static Path dir;
    private MainWindow window;
    private AppContext context;

    static Path seededLibrary(Path dir) {
        return org.entente.ui.OffFxThread.call(() -> seedLibrary(dir));
    }

    private static Path seedLibrary(Path dir) {
        Path file = dir.resolve("shell-test-" + System.nanoTime() + ".db");
        Source dw = new Source(0, "Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?", "DW", "David Hutt", null,
                "https://www.dw.com/example", null, null);
        Source un = new Source(0, "General Assembly resolution ES-11/1", "UN Press", null, null, "https://press.un.org/en/2022/ga12407.doc.htm", null, null);
        Actor vn = Actor.country("Vietnam", "VNM"), ru = Actor.country("Russia", "RUS");
        LibraryContent content = new LibraryContent(null, null, List.of(
                new Event(0, "Tô Lâm elected State President", DateRange.parse("2024-05-22"), Category.LEADERSHIP_CHANGE,
                        List.of(new Participant(vn, null)), "Hanoi", "The National Assembly elects Tô Lâm.", 4, List.of("leadership"),
                        List.of(Citation.of(dw))),
                new Event(0, "Putin state visit to Hanoi", DateRange.parse("2024-06-19/2024-06-20"), Category.STATE_VISIT,
                        List.of(new Participant(vn, "host"), new Participant(ru, "guest")), "Hanoi", null, 5, List.of(),
                        List.of(Citation.of(dw))),
                new Event(0, "Vietnam abstains on ES-11/1", DateRange.parse("2022-03-02"), Category.UN_VOTE,
                        List.of(new Participant(vn, "voter")), "New York", null, 3, List.of(), List.of(new Citation(un, "para. 2")))),
                null, null, null);
        LibraryService.openOrCreate(file, () -> org.entente.exchange.bundle.Bundle.of(content), "test").close();
        return file;
    }

    @Start
    void start(Stage stage) throws Exception {
        EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT);
        context = new AppContext(new FxTaskExecutor());
        window = new MainWindow(stage, context, new AppPreferences(Preferences.userRoot().node("org/entente/test-" + System.nanoTime())));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        // The Events view is the table; the timeline opens first.
        window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> t.getText().equals("Events")).findFirst().orElseThrow());
        window.openLibrary(seededLibrary(dir), false);
    }

    @AfterEach
    void closeLibrary() {
        Library lib = context.library();
        if (lib != null) lib.close();
    }

    private void waitForIdle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheLibrarysEventsInDateOrderAndTheirSourcesWhenSelected(FxRobot robot) throws Exception {
        waitForIdle();
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).startsWith("3 events");

        robot.clickOn("Putin state visit to Hanoi");
        waitForIdle();
        assertThat(context.selectedEventId().get()).isNotNull();
        assertThat(robot.lookup(".detail-title").queryAs(Label.class).getText()).isEqualTo("Putin state visit to Hanoi");
        assertThat(robot.lookup(".detail-when").queryAs(Label.class).getText()).contains("June 2024").contains("–");
        assertThat(robot.lookup(".detail-source").queryAs(Label.class).getText())
                .contains("DW").contains("Vietnam: Is turmoil in Hanoi keeping Vladimir Putin away?");
    }

    @Test
    void filteringByTypingWithoutDiacriticsFindsTheEvent(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("#events-filter").write("to lam");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#events-table").queryAs(TableView.class).getItems().size() == 1);
        waitForIdle();
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("Tô Lâm elected State President");
        waitForIdle();
        assertThat(robot.lookup(".detail-title").queryAs(Label.class).getText()).isEqualTo("Tô Lâm elected State President");
    }

    @Test
    void largeTypeEnlargesTheText(FxRobot robot) throws Exception {
        waitForIdle();
        Label title = robot.lookup("Events").queryAs(Label.class);
        double before = title.getFont().getSize();
        robot.interact(() -> context.largeType().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.root().getStyleClass()).contains("large-type");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getFont().getSize()).isGreaterThan(before);
    }

    @Test
    void openingAForeignFileSaysWhyAndKeepsTheOpenLibrary(FxRobot robot) throws Exception {
        waitForIdle();
        Library before = context.library();
        Path foreign = dir.resolve("notes.db");
        java.nio.file.Files.writeString(foreign, "my shopping list, not a database");
        byte[] bytes = java.nio.file.Files.readAllBytes(foreign);
        robot.interact(() -> window.openLibrary(foreign, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).contains("notes.db").contains("not an Entente library").contains("stays open");
        assertThat(context.library()).isSameAs(before);
        assertThat(java.nio.file.Files.readAllBytes(foreign)).isEqualTo(bytes);
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}

package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.prefs.Preferences;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Language (issue #18), chosen as a person would: the main window is built again in the
 * chosen language on the same stage, with the same library, tab, selection and undo history, the
 * choice remembered; and it waits while a note is being written rather than lose it.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    /** An event of {@link MainWindowTest#seededLibrary}. */
    private static final String PUTINS_VISIT = "Putin state visit to Hanoi";
    @TempDir static Path dir;
    private Preferences node;
    private AppPreferences prefs;
    private MainWindow first;
    /** The window on the stage now: each change of language puts a new one there. */
    private final AtomicReference<MainWindow> shown = new AtomicReference<>();
    private final List<Library> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.ENGLISH);
        EntenteApp.applyTheme(Theme.LIGHT);
        node = Preferences.userRoot().node("org/entente/test-language-" + System.nanoTime());
        prefs = new AppPreferences(node);
        AppContext context = new AppContext(new FxTaskExecutor());
        first = new MainWindow(stage, context, prefs);
        first.setOnRebuilt(shown::set);
        shown.set(first);
        stage.setScene(first.createScene(1400, 900));
        stage.show();
        first.openLibrary(MainWindowTest.seededLibrary(dir), false);
    }

    @AfterEach
    void restoreEnglish() throws Exception {
        I18n.setLocale(I18n.ENGLISH);
        AppContext context = shown.get().context();
        fx(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows()))
                if (w != shown.get().stage()) w.hide();
            Library lib = context.library();
            if (lib != null) opened.add(lib);
            context.setLibrary(null);
            EntenteApp.applyTheme(Theme.LIGHT);
            return null;
        });
        for (Library lib : opened) lib.close();
        context.tasks().shutdown();
        node.removeNode();
    }

    @Test
    void vietnameseFromTheViewMenuRebuildsTheWindowWithTheSameLibraryTabSelectionAndUndo(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#tab-events");
        idle();
        Long id = selectPutinsVisit(robot);
        Library library = first.context().library();
        // An edit to undo later: the star of the selected event.
        robot.clickOn("#annotation-star");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !first.undoActions().undoItem().isDisable()));
        String undoInEnglish = fx(() -> first.undoActions().undoItem().getText());
        assertThat(undoInEnglish).startsWith("Undo ");

        chooseLanguage(robot, "#menu-language-vi");
        MainWindow vi = rebuilt(first);
        assertThat(LanguageSwitch.remembered(prefs)).isEqualTo(LanguageSwitch.Choice.VIETNAMESE);
        assertThat(I18n.locale()).isEqualTo(I18n.VIETNAMESE);
        // the menus and the tabs in Vietnamese, the tabs' ids as they were
        assertThat(fx(() -> menuTexts(vi))).contains("Tệp", "Sửa", "Xem", "Trợ giúp").doesNotContain("File", "Edit", "View", "Help");
        assertThat(robot.lookup("Tệp").tryQuery()).isPresent();
        assertThat(fx(() -> vi.tabs().getTabs().stream().map(Tab::getText).toList()))
                .containsExactly("Dòng thời gian", "Sự kiện", "Mạng lưới", "Chỉ số");
        // the same library, tab and selection; the old window's library closed
        assertThat(vi.context().library().file()).isEqualTo(library.file());
        assertThat(vi.context().library()).isNotSameAs(library);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, library::isClosed);
        assertThat(fx(() -> vi.tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-events");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> id.equals(vi.context().selectedEventId().get()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".detail-title").tryQuery()
                .map(n -> ((Label) n).getText()).filter(PUTINS_VISIT::equals).isPresent());
        // the Events view as it was: filtered, the event's row chosen
        assertThat(robot.lookup("#events-filter").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Putin");
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> table.getSelectionModel().getSelectedItems().size()) == 1);
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).contains(" sự kiện · ");
        // the undo history kept: the star can still be undone, named in Vietnamese
        assertThat(fx(() -> vi.undoActions().undoItem().getText())).isEqualTo("Hoàn tác: " + undoInEnglish.substring("Undo ".length()));
        assertThat(fx(() -> vi.undoActions().undoItem().isDisable())).isFalse();
        assertThat(fx(() -> ((RadioMenuItem) item(vi, "menu-language-vi")).isSelected())).isTrue();

        // and back, from the menu as it now reads
        chooseLanguage(robot, "#menu-language-en");
        MainWindow en = rebuilt(vi);
        assertThat(LanguageSwitch.remembered(prefs)).isEqualTo(LanguageSwitch.Choice.ENGLISH);
        assertThat(fx(() -> menuTexts(en))).contains("File", "Edit", "View", "Help").doesNotContain("Tệp", "Sửa", "Xem", "Trợ giúp");
        assertThat(fx(() -> en.tabs().getTabs().stream().map(Tab::getText).toList())).containsExactly("Timeline", "Events", "Network", "Measures");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> id.equals(en.context().selectedEventId().get()));
        assertThat(fx(() -> en.tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-events");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).contains(" events · ");
    }

    @Test
    void afterTheSwitchTheTimelineAxisAndTheTradeChartAreVietnamese(FxRobot robot) throws Exception {
        idle();
        chooseLanguage(robot, "#menu-language-vi");
        MainWindow vi = rebuilt(first);

        robot.clickOn("#tab-timeline");
        idle();
        org.entente.controls.timeline.TimelineView timeline = fx(() -> vi.views().stream()
                .filter(org.entente.ui.timeline.TimelineAppView.class::isInstance).map(org.entente.ui.timeline.TimelineAppView.class::cast)
                .findFirst().orElseThrow().timeline());
        fx(() -> {
            timeline.zoomTo(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31));
            return null;
        });
        idle();
        var skin = (org.entente.controls.timeline.impl.TimelineViewSkin) fx(timeline::getSkin);
        // the zoom reaches the axis on a later frame, and on a loaded machine the rebuilt window's
        // first load may still put back the range it restored: zoom again until months are on it
        Callable<List<String>> ticks = () -> fx(() -> {
            if (timeline.getVisibleEnd() - timeline.getVisibleStart() > 400)
                timeline.zoomTo(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31));
            skin.paintNow();
            return List.of(skin.axisTicks().minorLabels());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ticks.call().stream().anyMatch(l -> l.startsWith("tháng")));
        List<String> months = ticks.call();
        assertThat(months).contains("tháng 6").noneMatch(l -> l.contains("June"));

        robot.clickOn("#tab-measures");
        idle();
        org.entente.ui.trade.TradeView trade = fx(() -> vi.views().stream()
                .filter(org.entente.ui.trade.MeasuresAppView.class::isInstance).map(org.entente.ui.trade.MeasuresAppView.class::cast)
                .findFirst().orElseThrow().trade().view());
        // (the test library has no trade figures: the chart's frame is drawn all the same)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> trade.chartProperty().get() != null));
        org.jfree.chart.JFreeChart chart = fx(() -> trade.chartProperty().get());
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Tỷ USD");
        assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("Năm");
        assertThat(chart.getTitle().getText()).isEqualTo("Tổng kim ngạch thương mại song phương");
    }

    @Test
    void aNoteBeingWrittenHoldsTheChangeBackUntilTheNextStartIfAsked(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#tab-events");
        idle();
        selectPutinsVisit(robot);
        robot.clickOn("#note-add");
        robot.clickOn("#note-editor").write("Tô Lâm met Путин");

        chooseLanguage(robot, "#menu-language-vi");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#language-busy-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#language-busy-dialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("The note being written");
        dialogButton(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.get()).isSameAs(first);
        assertThat(I18n.locale()).isEqualTo(I18n.ENGLISH);
        assertThat(robot.lookup("#note-editor").queryAs(TextArea.class).getText()).isEqualTo("Tô Lâm met Путин");
        assertThat(prefs.getString(LanguageSwitch.PREFERENCE, null)).isNull();
        assertThat(fx(() -> ((RadioMenuItem) item(first, "menu-language-system")).isSelected())).isTrue();

        chooseLanguage(robot, "#menu-language-vi");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#language-busy-dialog").tryQuery().isPresent());
        dialogButton(robot, "Change at Next Start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.get()).isSameAs(first);
        assertThat(I18n.locale()).isEqualTo(I18n.ENGLISH);
        assertThat(robot.lookup("#note-editor").queryAs(TextArea.class).getText()).isEqualTo("Tô Lâm met Путин");
        assertThat(LanguageSwitch.remembered(prefs)).isEqualTo(LanguageSwitch.Choice.VIETNAMESE);
        // as the next start does
        LanguageSwitch.applyRemembered(prefs);
        assertThat(I18n.locale()).isEqualTo(I18n.VIETNAMESE);
    }

    @Test
    void aLanguageChosenInPreferencesRebuildsTheWindowAndThePreferencesOpenAgainInIt(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#menu-edit");
        org.entente.ui.ShownNodes.click(robot, "Preferences…", 15);
        Node before = org.entente.ui.ShownNodes.shown(robot, "#preferences-window", 15);
        org.entente.ui.ShownNodes.click(robot, "#prefs-language", 15);
        org.entente.ui.ShownNodes.click(robot, "Tiếng Việt", 15);

        MainWindow vi = rebuilt(first);
        assertThat(LanguageSwitch.remembered(prefs)).isEqualTo(LanguageSwitch.Choice.VIETNAMESE);
        assertThat(fx(() -> before.getScene().getWindow().isShowing())).isFalse();
        // the window opens again over the new main window, in Vietnamese, the menu agreeing
        Node again = org.entente.ui.ShownNodes.shown(robot, "#preferences-window", 15);
        Stage stage = (Stage) again.getScene().getWindow();
        assertThat(fx(stage::getTitle)).isEqualTo("Tùy chọn");
        assertThat(fx(stage::getOwner)).isSameAs(vi.stage());
        assertThat(robot.from(again).lookup("Cỡ chữ").tryQuery()).isPresent();
        assertThat(fx(() -> org.entente.ui.CutTexts.under(again, java.util.Set.of()))).isEmpty();
        // to be looked at: the window in Vietnamese
        java.nio.file.Path png = java.nio.file.Path.of("target/screenshots/preferences-vi.png");
        java.nio.file.Files.createDirectories(png.getParent());
        javafx.scene.image.WritableImage image = fx(() -> again.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        assertThat(fx(() -> ((org.entente.ui.preferences.PreferencesWindow.Language) robot.lookup("#prefs-language").queryComboBox().getValue()).value()))
                .isEqualTo("vi");
        assertThat(fx(() -> ((RadioMenuItem) item(vi, "menu-language-vi")).isSelected())).isTrue();
        assertThat(fx(() -> menuTexts(vi))).contains("Sửa");
        assertThat(fx(() -> item(vi, "menu-preferences").getText())).isEqualTo("Tùy chọn…");

        // and back to English from it
        org.entente.ui.ShownNodes.click(robot, "#prefs-language", 15);
        org.entente.ui.ShownNodes.click(robot, "English", 15);
        MainWindow en = rebuilt(vi);
        assertThat(LanguageSwitch.remembered(prefs)).isEqualTo(LanguageSwitch.Choice.ENGLISH);
        Node third = org.entente.ui.ShownNodes.shown(robot, "#preferences-window", 15);
        assertThat(fx(() -> ((Stage) third.getScene().getWindow()).getTitle())).isEqualTo("Preferences");
        assertThat(fx(() -> ((RadioMenuItem) item(en, "menu-language-en")).isSelected())).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !third.getScene().getWindow().isShowing()));
    }

    /** Clicks the button reading {@code text} in the dialog that asks to finish typing first (the note editor has a Cancel too). */
    private static void dialogButton(FxRobot robot, String text) {
        Node dialog = robot.lookup("#language-busy-dialog").query();
        robot.clickOn(robot.from(dialog).lookup((javafx.scene.control.Button b) -> text.equals(b.getText())).queryButton());
    }

    /** Filters the Events table to Putin's visit and clicks it; returns its id once selected. */
    private Long selectPutinsVisit(FxRobot robot) throws Exception {
        // the Events view is built when its tab is first shown: on a loaded machine a moment after the click
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#events-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        // and its rows are read in the background after that: counted before they came, "all" would be
        // 0 and the filtered table could never hold fewer (a timeout seen twice on a loaded machine)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size()) > 0);
        idle();
        int all = fx(() -> table.getItems().size());
        robot.clickOn("#events-filter").write("Putin");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> table.getItems().size()) < all);
        idle();
        robot.clickOn(PUTINS_VISIT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> first.context().selectedEventId().get() != null);
        idle();
        return first.context().selectedEventId().get();
    }

    /** View › Language › the item {@code id}, from the View menu whatever it reads. */
    private static void chooseLanguage(FxRobot robot, String id) throws Exception {
        robot.clickOn("#menu-view").moveTo("#menu-language");
        Predicate<Node> shown = n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).match(shown).tryQuery().isPresent());
        // across into the submenu first, then down to the item (a diagonal path passes over the
        // View menu's other items, which closes the submenu)
        Node item = robot.lookup(id).match(shown).query();
        Bounds target = fx(() -> item.localToScreen(item.getBoundsInLocal()));
        Node parent = robot.lookup("#menu-language").match(shown).query();
        double rowY = fx(() -> parent.localToScreen(parent.getBoundsInLocal()).getCenterY());
        robot.moveTo(new Point2D(target.getMinX() + 10, rowY));
        robot.moveTo(new Point2D(target.getMinX() + 10, target.getCenterY()));
        robot.clickOn(MouseButton.PRIMARY);
    }

    /** The window that replaced {@code before}, once it shows its library and has settled. */
    private MainWindow rebuilt(MainWindow before) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.get() != before);
        MainWindow now = shown.get();
        assertThat(now.stage()).isSameAs(before.stage());
        assertThat(fx(() -> now.stage().getScene().getRoot())).isSameAs(now.root());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> now.context().library() != null && now.context().tasks().idleProperty().get());
        opened.add(now.context().library());
        WaitForAsyncUtils.waitForFxEvents();
        return now;
    }

    private void idle() throws Exception {
        AppContext context = shown.get().context();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> menuTexts(MainWindow window) {
        return ((MenuBar) window.root().getTop()).getMenus().stream().map(Menu::getText).toList();
    }

    private static MenuItem item(MainWindow window, String id) {
        return ((MenuBar) window.root().getTop()).getMenus().stream().flatMap(m -> flatten(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<MenuItem> flatten(Menu menu) {
        List<MenuItem> out = new java.util.ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            out.add(i);
            if (i instanceof Menu m) out.addAll(flatten(m));
        }
        return out;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}

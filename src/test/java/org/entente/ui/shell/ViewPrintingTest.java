package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.entente.controls.network.NetworkView;
import org.entente.controls.timeline.TimelineView;
import org.entente.ui.common.AppView;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Print: what each view prints and how it sits on a landscape page (the layout, tested with
 * the views' real nodes), and the menu item where the computer has no printer (headless here).
 */
@ExtendWith(ApplicationExtension.class)
class ViewPrintingTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;

    /** A4 in landscape, less half-inch margins: the printable area JavaFX gives a page of it. */
    static final double PAGE_WIDTH = Paper.A4.getHeight() - 72, PAGE_HEIGHT = Paper.A4.getWidth() - 72;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
        fixture.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    MenuItem printItem() {
        MenuBar bar = (MenuBar) fixture.window.root().getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-print".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theItemSaysThereIsNoPrinterAndIsDisabledWhenThereIsNone(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        boolean none = Printer.getDefaultPrinter() == null;
        // the printers are looked up when the menu opens, not while the window is built
        assertThat(printItem().getText()).isEqualTo("Print…");
        robot.clickOn("File");
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem print = printItem();
        assertThat(print.isDisable()).isEqualTo(none);
        assertThat(print.getAccelerator().getDisplayText()).endsWith("P");
        if (none) {
            assertThat(print.getText()).isEqualTo("Print… (no printer set up)");
            assertThat(robot.lookup("Print… (no printer set up)").tryQuery()).isPresent();
            robot.type(KeyCode.ESCAPE);
            // Ctrl+P does nothing then: no dialog opens
            int windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get(10, TimeUnit.SECONDS);
            robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get(10, TimeUnit.SECONDS)).isEqualTo(windows);
        } else {
            assertThat(print.getText()).isEqualTo("Print…");
            robot.type(KeyCode.ESCAPE);
        }
    }

    @Test
    void eachViewPrintsItsDrawingOrTableFittedToALandscapePage(FxRobot robot) throws Exception {
        fixture.waitForIdle(30);
        assertThat(ViewPrinting.DEFAULT_ORIENTATION).isEqualTo(javafx.print.PageOrientation.LANDSCAPE);
        record Expected(String tab, Class<?> kind) {}
        for (Expected e : List.of(new Expected("Timeline", TimelineView.class), new Expected("Events", TableView.class),
                new Expected("Network", NetworkView.class), new Expected("Measures", ChartViewer.class))) {
            WaitForAsyncUtils.asyncFx(() -> fixture.selectTab(e.tab())).get(10, TimeUnit.SECONDS);
            fixture.waitForIdle(30);
            AppView view = fixture.window.views().get(fixture.window.tabs().getSelectionModel().getSelectedIndex());
            Node node = WaitForAsyncUtils.asyncFx(view::printNode).get(10, TimeUnit.SECONDS);
            assertThat(node).as(e.tab()).isInstanceOf(e.kind());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> node.getLayoutBounds().getWidth() > 100);
            Bounds shown = node.getLayoutBounds();
            Bounds placed = placed(node, PAGE_WIDTH, PAGE_HEIGHT);
            assertFitted(e.tab(), shown, placed);
        }
    }

    @Test
    void aTallNodeIsFittedByItsHeightAndCentredAcross() {
        Rectangle tall = new Rectangle(100, 400);
        Bounds placed = placed(tall, PAGE_WIDTH, PAGE_HEIGHT);
        assertFitted("tall", tall.getLayoutBounds(), placed);
        assertThat(placed.getHeight()).isCloseTo(PAGE_HEIGHT, within(1e-6));
        assertThat(placed.getMinX()).isCloseTo((PAGE_WIDTH - placed.getWidth()) / 2, within(1e-6));
        // a small drawing is enlarged to the page, not left small in a corner
        Rectangle small = new Rectangle(10, 20, 40, 20);
        Bounds grown = placed(small, PAGE_WIDTH, PAGE_HEIGHT);
        assertFitted("small", small.getLayoutBounds(), grown);
        assertThat(grown.getWidth()).isCloseTo(PAGE_WIDTH, within(1e-6));
    }

    /** The node's layout bounds as the print transforms place them on the page. */
    static Bounds placed(Node node, double width, double height) {
        ViewPrinting.Placement p = ViewPrinting.fit(node, width, height);
        Transform t = Transform.translate(0, 0);
        for (Transform each : p.transforms()) t = t.createConcatenation(each);
        return t.transform(node.getLayoutBounds());
    }

    /** Inside the page, the same shape, touching two opposite edges, centred. */
    static void assertFitted(String what, Bounds shown, Bounds placed) {
        assertThat(new BoundingBox(-1e-6, -1e-6, PAGE_WIDTH + 2e-6, PAGE_HEIGHT + 2e-6).contains(placed)).as(what + " inside the page").isTrue();
        assertThat(placed.getWidth() / placed.getHeight()).as(what + " shape kept").isCloseTo(shown.getWidth() / shown.getHeight(), within(1e-6));
        boolean fillsAcross = Math.abs(placed.getWidth() - PAGE_WIDTH) < 1e-6, fillsDown = Math.abs(placed.getHeight() - PAGE_HEIGHT) < 1e-6;
        assertThat(fillsAcross || fillsDown).as(what + " as large as the page allows").isTrue();
        assertThat(placed.getMinX() + placed.getMaxX()).as(what + " centred across").isCloseTo(PAGE_WIDTH, within(1e-6));
        assertThat(placed.getMinY() + placed.getMaxY()).as(what + " centred down").isCloseTo(PAGE_HEIGHT, within(1e-6));
    }
}

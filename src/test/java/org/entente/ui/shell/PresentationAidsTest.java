package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.controls.network.NetworkView;
import org.entente.controls.timeline.TimelineView;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.FxTaskExecutor;
import org.entente.ui.common.Theme;
import org.entente.ui.trade.TradeAppView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation aids of issue #16: the high-contrast theme and the type sizes, chosen in the View
 * menu as a person would, reach the ordinary controls, the timeline's and the network's drawings and
 * the trade chart, and are remembered when the window is opened again with the same preferences.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationAidsTest {
    @TempDir static Path dir;
    private Preferences node;
    private AppPreferences prefs;
    private Stage stage;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        node = Preferences.userRoot().node("org/entente/test-aids-" + System.nanoTime());
        prefs = new AppPreferences(node);
        show(stage);
        window.openLibrary(MainWindowFixture.starterCopy(dir), false);
    }

    /** The window as the app builds it: display settings read from, and remembered in, the preferences. */
    private void show(Stage on) {
        context = new AppContext(new FxTaskExecutor());
        EntenteApp.rememberDisplaySettings(context, prefs);
        window = new MainWindow(on, context, prefs);
        on.setScene(window.createScene(1280, 800));
        on.show();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            if (context.library() != null) context.library().close();
            EntenteApp.applyTheme(Theme.LIGHT);
            return null;
        });
        node.removeNode();
    }

    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.tasks().idleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void tab(FxRobot robot, String id) throws Exception {
        idle();
        robot.clickOn("#tab-" + id);
        idle();
    }

    @Test
    void theHighContrastThemeFromTheViewMenuReachesControlsDrawingsAndCharts(FxRobot robot) throws Exception {
        tab(robot, "timeline");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(blackShare(timeline)).as("light theme: the drawing is not black").isLessThan(0.05);

        robot.clickOn("#menu-view").clickOn("High Contrast Theme");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(timeline::getCanvasBackground).equals(Color.BLACK));
        assertThat(window.root().getStyleClass()).contains("high-contrast").doesNotContain("dark");
        // the drawing itself, as the reader sees it: mostly black ground, white lane titles
        assertThat(fx(timeline::getLaneHeaderTextColor)).isEqualTo(Color.WHITE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> blackShare(timeline) > 0.5);
        // ordinary controls: AtlantaFX's colours replaced, text 7:1 or more against the ground (WCAG AAA)
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        Color text = (Color) fx(counts::getTextFill);
        Color ground = (Color) fx(() -> window.root().getBackground().getFills().get(0).getFill());
        assertThat(ground).isEqualTo(Color.BLACK);
        assertThat(contrast(text, ground)).as("status text %s on %s", text, ground).isGreaterThanOrEqualTo(7);

        tab(robot, "network");
        NetworkView network = robot.lookup("#network-diagram").queryAs(NetworkView.class);
        assertThat(fx(network::getBackgroundColor)).isEqualTo(Color.BLACK);
        assertThat(fx(network::getLabelColor)).isEqualTo(Color.WHITE);

        tab(robot, "measures");
        JFreeChart chart = fx(() -> fixtureTrade().view().chartProperty().get());
        assertThat(chart.getBackgroundPaint()).isEqualTo(java.awt.Color.BLACK);
        assertThat(((XYPlot) chart.getPlot()).getDomainAxis().getTickLabelPaint()).isEqualTo(java.awt.Color.WHITE);

        // and back to light
        robot.clickOn("#menu-view").clickOn("Light Theme");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(timeline::getCanvasBackground).equals(Color.WHITE));
        assertThat(window.root().getStyleClass()).doesNotContain("high-contrast");
    }

    @Test
    void aTypeSizeFromTheViewMenuReachesControlsDrawingsAndCharts(FxRobot robot) throws Exception {
        tab(robot, "timeline");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        assertThat(fx(() -> counts.getFont().getSize())).isCloseTo(13 * 0.9, org.assertj.core.data.Offset.offset(0.1));
        double itemFont = fx(() -> timeline.getItemFont().getSize()), rowHeight = fx(() -> timeline.getRowHeight());

        typeSize(robot, "200 %");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> counts.getFont().getSize()) > 20);
        // the status bar's 0.9 em of the root's 26 px
        assertThat(fx(() -> counts.getFont().getSize())).isCloseTo(26 * 0.9, org.assertj.core.data.Offset.offset(0.1));
        // the timeline's drawing: fonts and rows in em follow
        assertThat(fx(() -> timeline.getItemFont().getSize())).isCloseTo(itemFont * 2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(fx(() -> timeline.getRowHeight())).isCloseTo(rowHeight * 2, org.assertj.core.data.Offset.offset(0.1));

        tab(robot, "network");
        NetworkView network = robot.lookup("#network-diagram").queryAs(NetworkView.class);
        assertThat(fx(() -> network.getLabelFont().getSize())).isCloseTo(26, org.assertj.core.data.Offset.offset(0.1));

        tab(robot, "measures");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> fixtureTrade().view().chartProperty().get()) != null);
        JFreeChart chart = fx(() -> fixtureTrade().view().chartProperty().get());
        XYPlot plot = (XYPlot) chart.getPlot();
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize()).isEqualTo(24);
        assertThat(plot.getRangeAxis().getLabelFont().getSize()).isEqualTo(28);
        assertThat(chart.getLegend().getItemFont().getSize()).isEqualTo(26);

        // Shortcut+- and Shortcut+= step down and up, Shortcut+0 goes back to 100 %
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.typeScale().get() == 175);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.typeScale().get() == 200);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.typeScale().get() == 100);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> plot.getDomainAxis().getTickLabelFont().getSize()) == 12
                || fx(() -> ((XYPlot) fixtureTrade().view().chartProperty().get().getPlot()).getDomainAxis().getTickLabelFont().getSize()) == 12);
    }

    @Test
    void largeTypeRaisesTheTypeToAtLeast150PercentAndKeepsALargerChoice(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#menu-view").clickOn("Large Type (for projectors)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.effectiveTypeScale().get() == 150);
        assertThat(window.root().getStyleClass()).contains("type-150", "large-type");
        typeSize(robot, "250 %");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.effectiveTypeScale().get() == 250);
        robot.clickOn("#menu-view").clickOn("Large Type (for projectors)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !context.largeType().get());
        assertThat(context.effectiveTypeScale().get()).isEqualTo(250);
        assertThat(window.root().getStyleClass()).contains("type-250").doesNotContain("type-150", "large-type");
    }

    @Test
    void theThemeAndTheTypeSizeAreRememberedWhenTheWindowOpensAgain(FxRobot robot) throws Exception {
        idle();
        robot.clickOn("#menu-view").clickOn("High Contrast Theme");
        typeSize(robot, "150 %");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.typeScale().get() == 150 && context.theme().get() == Theme.HIGH_CONTRAST);

        // close the window and open a new one on the same preferences, as the next run of the app does
        fx(() -> {
            context.library().close();
            stage.hide();
            EntenteApp.applyTheme(Theme.LIGHT);
            show(stage);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.theme().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(context.typeScale().get()).isEqualTo(150);
        assertThat(window.root().getStyleClass()).contains("high-contrast", "type-150");
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        assertThat(fx(() -> counts.getFont().getSize())).isCloseTo(19.5 * 0.9, org.assertj.core.data.Offset.offset(0.1));
        assertThat(fx(() -> ((Color) window.root().getBackground().getFills().get(0).getFill()))).isEqualTo(Color.BLACK);
        // the menu shows the remembered choices ticked
        assertThat(fx(() -> selected("menu-theme-high-contrast"))).isTrue();
        assertThat(fx(() -> selected("menu-type-150"))).isTrue();
        assertThat(fx(() -> selected("menu-type-100"))).isFalse();
    }

    @Test
    void thePointerSpotlightDimsTheViewsButACircleAroundThePointer(FxRobot robot) throws Exception {
        tab(robot, "events");
        javafx.scene.Node table = robot.lookup("#events-table").query();
        javafx.geometry.Bounds b = fx(() -> table.localToScene(table.getBoundsInLocal()));
        // the pointer rests in the table; "near" is inside the circle (up-left, away from a tooltip), "far" outside
        javafx.geometry.Point2D at = new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + b.getHeight() * 0.6);
        javafx.geometry.Point2D near = at.subtract(40, 40), far = new javafx.geometry.Point2D(b.getMinX() + 20, b.getMaxY() - 20);
        robot.moveTo(fx(() -> window.root().localToScreen(at)));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage before = fx(() -> window.root().snapshot(null, null));

        robot.clickOn("#menu-view").clickOn("Pointer Spotlight");
        robot.moveTo(fx(() -> window.root().localToScreen(at)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#pointer-spotlight").query().isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage after = fx(() -> window.root().snapshot(null, null));
        assertThat(brightness(after, far)).as("outside the circle").isLessThan(brightness(before, far) * 0.6);
        assertThat(brightness(after, near)).as("inside the circle").isGreaterThan(brightness(before, near) * 0.85);
        // clicks go through the shade: the table still takes a click far from the pointer
        robot.clickOn(fx(() -> window.root().localToScreen(far)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> table.isFocused() || table.isFocusWithin()));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> robot.lookup("#pointer-spotlight").query().isVisible()));
    }

    @Test
    void focusOnSelectionDrawsEveryOtherEventOfTheTimelineFaint(FxRobot robot) throws Exception {
        tab(robot, "timeline");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        long id = fx(() -> timeline.getItems().stream().filter(i -> i.title().equals("Putin's state visit to Vietnam")).findFirst().orElseThrow().id());
        robot.interact(() -> context.selectedEventId().set(id));
        idle();
        // the UN votes' markers, in their category's colour, are not selected
        Color unVote = Color.web("#ca8a04");
        int before = pixelsOf(timeline, unVote);
        assertThat(before).as("UN vote markers drawn in full").isGreaterThan(20);

        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixelsOf(timeline, unVote) < before / 10);
        assertThat(fx(timeline::isFocusSelection)).isTrue();

        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pixelsOf(timeline, unVote) > before * 0.9);
    }

    @Test
    void focusOnSelectionDrawsEveryCountryButTheSelectedOneAndItsNeighboursFaint(FxRobot robot) throws Exception {
        tab(robot, "network");
        NetworkView network = robot.lookup("#network-diagram").queryAs(NetworkView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> network.getNodes().stream().anyMatch(n -> n.name().equals("Russia"))
                && network.nodeLocation(russia(network)) != null));
        idle();
        long russia = fx(() -> russia(network));
        robot.clickOn(fx(() -> network.localToScreen(network.nodeLocation(russia))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> network.getSelectedNode() != null && network.getSelectedNode().id() == russia));
        idle();
        // a country drawn, with ties on the date, that is neither Russia nor one of its neighbours
        long other = fx(() -> {
            java.util.Set<Long> near = new java.util.HashSet<>(java.util.List.of(russia));
            network.getEdges().forEach(e -> {
                if (e.source() == russia) near.add(e.target());
                if (e.target() == russia) near.add(e.source());
            });
            return network.getNodes().stream().filter(n -> n.active() && !near.contains(n.id()) && network.nodeLocation(n.id()) != null)
                    .findFirst().orElseThrow().id();
        });
        assertThat(darkest(network, other)).as("another country drawn in full").isLessThan(0.45);

        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> darkest(network, other) > 0.65);
        assertThat(fx(network::isFocusSelection)).isTrue();
        assertThat(darkest(network, russia)).as("the selected country stays full").isLessThan(0.45);
        saveSnapshot(robot, "focus-network-light.png");
        robot.clickOn("#menu-view").clickOn("Dark Theme");
        idle();
        saveSnapshot(robot, "focus-network-dark.png");
        robot.clickOn("#menu-view").clickOn("Light Theme");
        idle();

        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> darkest(network, other) < 0.45);
    }

    @Test
    void focusOnSelectionDrawsEverySeriesButTheOneClickedInTheLegendFaint(FxRobot robot) throws Exception {
        tab(robot, "measures");
        org.entente.ui.trade.TradeView trade = fx(() -> fixtureTrade().view());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> trade.chartProperty().get() != null
                && trade.chartProperty().get().getXYPlot().getDataset(0).getSeriesCount() >= 2));
        idle();
        String[] keys = fx(() -> {
            var d = trade.chartProperty().get().getXYPlot().getDataset(0);
            return new String[] {String.valueOf(d.getSeriesKey(0)), String.valueOf(d.getSeriesKey(1))};
        });
        org.entente.ui.trade.ChartClicks.legendItem(robot, "#trade-chart", keys[1]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> keys[1].equals(fx(() -> trade.selectedSeriesProperty().get())));
        assertThat(fx(() -> trade.seriesAlpha(keys[0]))).as("focus off: nothing faint").isEqualTo(255);

        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> trade.seriesAlpha(keys[0])) < 80);
        assertThat(fx(() -> trade.seriesAlpha(keys[1]))).as("the selected series stays full").isEqualTo(255);
        saveSnapshot(robot, "focus-trade-light.png");
        robot.clickOn("#menu-view").clickOn("Dark Theme");
        idle();
        // the chart is built again in the dark colours, and the focus stays
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> trade.seriesAlpha(keys[0])) < 80 && fx(() -> trade.seriesAlpha(keys[1])) == 255);
        saveSnapshot(robot, "focus-trade-dark.png");
        robot.clickOn("#menu-view").clickOn("Light Theme");
        idle();

        robot.clickOn("#menu-view").clickOn("Focus on Selection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> trade.seriesAlpha(keys[0])) == 255);
    }

    private static long russia(NetworkView network) {
        return network.getNodes().stream().filter(n -> n.name().equals("Russia")).findFirst().orElseThrow().id();
    }

    /** The darkest brightness in a small square at a node's centre (its code), on a snapshot of the network. */
    private static double darkest(NetworkView network, long id) throws Exception {
        return fx(() -> {
            network.finishTransitions();
            javafx.geometry.Point2D at = network.nodeLocation(id);
            PixelReader pixels = network.snapshot(null, null).getPixelReader();
            double min = 1;
            for (int dy = -7; dy <= 7; dy++)
                for (int dx = -7; dx <= 7; dx++) min = Math.min(min, pixels.getColor((int) at.getX() + dx, (int) at.getY() + dy).getBrightness());
            return min;
        });
    }

    /** The window at 1280×800 to target/screenshots/{@code name}, to look at. */
    private void saveSnapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage image = fx(() -> javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path out = Path.of("target", "screenshots", name);
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(image, "png", out.toFile());
    }

    /** How many pixels of a snapshot of the timeline are (nearly) {@code colour}. */
    private static int pixelsOf(TimelineView timeline, Color colour) throws Exception {
        WritableImage image = fx(() -> timeline.snapshot(null, null));
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen()) + Math.abs(c.getBlue() - colour.getBlue()) < 0.03) n++;
            }
        return n;
    }

    private static double brightness(WritableImage image, javafx.geometry.Point2D at) {
        Color c = image.getPixelReader().getColor((int) at.getX(), (int) at.getY());
        return c.getBrightness();
    }

    /** View › Type Size › {@code size}: the submenu opens as the pointer rests on it. */
    private static void typeSize(FxRobot robot, String size) throws Exception {
        org.entente.ui.ShownNodes.clickInSubmenu(robot, "#menu-view", "Type Size", size);
    }

    private boolean selected(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.root().getTop();
        return bar.getMenus().stream().flatMap(m -> flatten(m).stream())
                .filter(i -> id.equals(i.getId())).map(i -> ((RadioMenuItem) i).isSelected()).findFirst().orElseThrow();
    }

    private static java.util.List<javafx.scene.control.MenuItem> flatten(javafx.scene.control.Menu menu) {
        java.util.List<javafx.scene.control.MenuItem> out = new java.util.ArrayList<>();
        for (var item : menu.getItems()) {
            out.add(item);
            if (item instanceof javafx.scene.control.Menu sub) out.addAll(flatten(sub));
        }
        return out;
    }

    private TradeAppView fixtureTrade() {
        return window.views().stream().filter(TradeAppView.class::isInstance).map(TradeAppView.class::cast).findFirst()
                .orElseGet(() -> window.views().stream().filter(org.entente.ui.trade.MeasuresAppView.class::isInstance)
                        .map(org.entente.ui.trade.MeasuresAppView.class::cast).findFirst().orElseThrow().trade());
    }

    /** The share of the drawing's pixels (a snapshot of the control) that are black. */
    private static double blackShare(TimelineView timeline) throws Exception {
        WritableImage image = fx(() -> timeline.snapshot(null, null));
        PixelReader pixels = image.getPixelReader();
        int black = 0, all = 0;
        for (int y = 0; y < image.getHeight(); y += 4)
            for (int x = 0; x < image.getWidth(); x += 4) {
                all++;
                if ((pixels.getArgb(x, y) & 0xffffff) == 0) black++;
            }
        return (double) black / all;
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
}

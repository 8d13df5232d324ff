package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.entente.ui.CutTexts;
import org.entente.ui.ShownNodes;
import org.entente.ui.network.NetworkAppView;
import org.entente.ui.trade.MeasuresAppView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #16: the main window at 1280×800 with View › Type Size at 200 %, on the starter library.
 * The switches and toolbars of every view keep their texts whole and their controls inside the
 * window, above the view's content (not under a panel drawn over them); a picture of each view is
 * written to target/type-200/ for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class TypeScale200Test {
    @TempDir static Path dir;
    private MainWindowFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = MainWindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void close() {
        app.closeLibrary();
    }

    @Test
    void everyViewsControlsAreWholeAndInsideTheWindowAt200Percent(FxRobot robot) throws Exception {
        Path copy = MainWindowFixture.starterCopy(dir);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            app.context.typeScale().set(200);
            app.open(copy);
        });
        app.waitForIdle(60);
        List<String> problems = new ArrayList<>();

        // Measures: the Trade | UN vote agreement | Coded events switch and the trade's chart kinds
        robot.clickOn("#tab-measures");
        app.waitForIdle(60);
        MeasuresAppView measures = app.view(MeasuresAppView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !measures.trade().view().viewModel().model().series().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(fx(() -> cutShort("measures, trade", measures.node())));
        // the trade plot keeps a usable share of the window's height (it was 85 px of 800)
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup("#trade-chart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        java.util.function.Supplier<Double> plotHeight = () -> {
            var info = viewer.getCanvas().getRenderingInfo();
            return info == null ? 0 : info.getPlotInfo().getDataArea().getHeight();
        };
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(plotHeight::get) >= PLOT_FLOOR * 800);
        } catch (java.util.concurrent.TimeoutException e) {
            // the problem below gives the height
        }
        double plot = fx(plotHeight::get);
        if (plot < PLOT_FLOOR * 800)
            problems.add("measures, trade: the plot is " + plot + " px high, under " + PLOT_FLOOR * 100 + " % of the 800 px window");
        for (String id : List.of("#measure-trade", "#measure-un-agreement", "#measure-coded-events", "#trade-kind-over-time",
                "#trade-kind-mirror", "#trade-pairs"))
            problems.addAll(fx(() -> outside("measures, trade", robot.lookup(id).query())));
        snapshot("measures-trade.png");
        for (String measure : List.of("un-agreement", "coded-events")) {
            ShownNodes.click(robot, "#measure-" + measure, 10);
            app.waitForIdle(60);
            problems.addAll(fx(() -> cutShort("measures, " + measure, measures.node())));
            for (String id : List.of("#measure-trade", "#measure-un-agreement", "#measure-coded-events"))
                problems.addAll(fx(() -> outside("measures, " + measure, robot.lookup(id).query())));
            snapshot("measures-" + measure + ".png");
        }

        // Network: its two rows of options stay above the diagram and its side panel
        robot.clickOn("#tab-network");
        app.waitForIdle(60);
        NetworkAppView network = app.view(NetworkAppView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !network.diagram().getEdges().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(fx(() -> cutShort("network", network.node())));
        for (String id : List.of("#network-play", "#network-follow", "#network-ties", "#network-layout", "#network-country",
                "#network-annotated", "#network-export"))
            problems.addAll(fx(() -> {
                List<String> found = new ArrayList<>(outside("network", robot.lookup(id).query()));
                Node split = network.node().lookup(".split-pane");
                Bounds control = robot.lookup(id).query().localToScene(robot.lookup(id).query().getLayoutBounds());
                Bounds below = split.localToScene(split.getLayoutBounds());
                if (control.getMaxY() > below.getMinY() + 1)
                    found.add("network: " + id + " reaches " + control.getMaxY() + " px, under the diagram starting at " + below.getMinY());
                return found;
            }));
        // its side panel (the ties in force, a tie's events) stays inside the diagram's area, not over the options
        problems.addAll(fx(() -> {
            Node split = network.node().lookup(".split-pane");
            Node side = ((SplitPane) split).getItems().get(1); // the panel, or what holds it
            Bounds area = split.localToScene(split.getLayoutBounds());
            Bounds panel = side.localToScene(side.getLayoutBounds());
            return panel.getMinY() < area.getMinY() - 1 || panel.getMaxY() > area.getMaxY() + 1 || panel.getMaxX() > area.getMaxX() + 1
                    ? List.of("network: the side panel at " + panel + " is drawn outside its area " + area) : List.<String>of();
        }));
        snapshot("network.png");

        // Timeline and Events: their toolbars' texts whole, their controls inside the window
        robot.clickOn("#tab-events");
        app.waitForIdle(60);
        problems.addAll(fx(() -> cutShort("events", app.window.tabs().getSelectionModel().getSelectedItem().getContent())));
        snapshot("events.png");
        robot.clickOn("#tab-timeline");
        app.waitForIdle(60);
        // the dates keep most of the width beside the details: the filters fold away (the Filters
        // button brings them back) and the lane names take at most 30 % (long names end in "…")
        ShownNodes.click(robot, "#timeline-details", 10);
        org.entente.controls.timeline.TimelineView timeline = robot.lookup(".timeline-view").queryAs(org.entente.controls.timeline.TimelineView.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(".event-detail").tryQuery().map(Node::isVisible).orElse(false)
                    && timeline.timeAreaWidth() >= TIMELINE_SHARE * 1280));
        } catch (java.util.concurrent.TimeoutException e) {
            // the problem below gives the width
        }
        snapshot("timeline.png");
        double dates = fx(timeline::timeAreaWidth);
        if (dates < TIMELINE_SHARE * 1280)
            problems.add("timeline: the dates get " + dates + " px of the 1280 px window beside the details, under " + TIMELINE_SHARE * 100 + " %");
        if (fx(() -> robot.lookup("#timeline-search").tryQuery().filter(ShownNodes::isShown).isPresent()))
            problems.add("timeline: the search and filters stay beside the timeline at 200 % on 1280 px");
        ShownNodes.click(robot, "#timeline-filters", 10);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#timeline-search").tryQuery().filter(ShownNodes::isShown).isPresent()));
        problems.addAll(fx(() -> outside("timeline", robot.lookup("#timeline-search").query())));
        snapshot("timeline-filters.png");

        assertThat(problems).as("crowding at 200 % on 1280×800").isEmpty();
    }

    @Test
    void theStoriesWindowsButtonsAreWholeAt200Percent(FxRobot robot) throws Exception {
        Path copy = MainWindowFixture.starterCopy(dir);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            app.context.typeScale().set(200);
            app.open(copy);
        });
        app.waitForIdle(60);
        // a story of four slides, as a lecturer's would be
        org.entente.ui.OffFxThread.call(() -> {
            var store = app.context.library().stories();
            long story = store.create("Bamboo diplomacy").id();
            for (String title : List.of("Vietnam–China: comprehensive strategic partnership, 2008", "Putin's state visit to Vietnam",
                    "Ties as of today", "Trade with the United States"))
                store.addSlide(story, -1, new org.entente.model.Slide(0, title, "", java.util.Map.of("view", "Timeline")));
            return story;
        });
        robot.clickOn("#menu-story").clickOn("#menu-stories");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s != stage && s.isShowing() && s.getScene().lookup("#story-new") != null));
        Stage stories = (Stage) robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && s != stage && s.isShowing() && s.getScene().lookup("#story-new") != null).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        // (a long slide title ends in "…" in the list by design: the whole title is the cell's tooltip)
        List<String> problems = new ArrayList<>(fx(() -> CutTexts.under(stories.getScene().getRoot(), l -> l instanceof javafx.scene.control.ListCell<?>)
                .stream().map(t -> "stories: " + t).toList()));
        problems.addAll(fx(() -> followsTheType("stories", stories.getScene().lookup("#story-new"))));
        // each side of the window inside it (a split centres an over-tall side, cutting its top and bottom)
        problems.addAll(fx(() -> {
            List<String> found = new ArrayList<>();
            for (Node item : ((SplitPane) stories.getScene().getRoot()).getItems()) {
                Bounds b = item.localToScene(item.getLayoutBounds());
                if (b.getMinY() < -1 || b.getMaxY() > stories.getScene().getHeight() + 1)
                    found.add("stories: a side at " + b + " is taller than the window");
            }
            return found;
        }));
        // the slide list shows at least three of the four slides' titles, each inside the list and the window
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> ((javafx.scene.control.ListView<?>) stories.getScene().lookup("#slide-list")).getItems().size() == 4));
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(fx(() -> {
            Node list = stories.getScene().lookup("#slide-list");
            Bounds area = list.localToScene(list.getLayoutBounds());
            long whole = list.lookupAll(".list-cell").stream().filter(c -> c instanceof javafx.scene.control.ListCell<?> cell && cell.getText() != null
                    && cell.isVisible()).map(c -> c.localToScene(c.getLayoutBounds()))
                    .filter(b -> b.getMinY() >= area.getMinY() - 1 && b.getMaxY() <= area.getMaxY() + 1 && b.getMaxY() <= stories.getScene().getHeight() + 1
                            && b.getMaxX() <= area.getMaxX() + 1)
                    .count();
            return whole >= 3 ? List.<String>of() : List.of("stories: the slide list at " + area + " shows " + whole + " of 4 slides' titles whole");
        }));
        // (play, presenter view and export lie further down the slide side, which scrolls)
        for (String id : List.of("#story-new", "#story-rename", "#story-delete", "#slide-add", "#slide-update", "#slide-show", "#slide-up",
                "#slide-down", "#slide-delete"))
            problems.addAll(fx(() -> outside("stories", stories.getScene().lookup(id))));
        BufferedImage[] shot = new BufferedImage[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shot[0] = SwingFXUtils.fromFXImage(stories.getScene().snapshot(null), null));
        Files.createDirectories(Path.of("target", "type-200"));
        ImageIO.write(shot[0], "png", Path.of("target", "type-200", "stories.png").toFile());
        WaitForAsyncUtils.waitForAsyncFx(10_000, stories::hide);
        assertThat(problems).as("crowding of the Stories window at 200 %").isEmpty();
    }

    @Test
    void theImportPreviewIsWholeAt200Percent(FxRobot robot) throws Exception {
        Path copy = MainWindowFixture.starterCopy(dir);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            app.context.typeScale().set(200);
            app.open(copy);
        });
        app.waitForIdle(60);
        java.io.File json = org.entente.TestFiles.corpus("timelinejs/women_in_computing.json").toFile();
        org.entente.ui.exchange.ImportDialog[] dialog = new org.entente.ui.exchange.ImportDialog[1];
        robot.interact(() -> dialog[0] = org.entente.ui.exchange.ExchangeActions.of(app.window.root()).orElseThrow().dropped(List.of(json)).orElseThrow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> dialog[0].model().stageProperty().get() == org.entente.ui.exchange.ImportViewModel.Stage.READY);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Scene scene = dialog[0].stage().getScene();
        // Known leftover (reported): a long problem sentence wraps but its list cell still ends it in "…" at 200 %.
        List<String> problems = new ArrayList<>(fx(() -> CutTexts.under(scene.getRoot(), l -> l instanceof TableCell<?, ?>
                || l instanceof javafx.scene.control.ListCell<?>).stream().map(t -> "import preview: " + t).toList()));
        // the short columns (action, kind, dates) show their texts whole; only titles and file names may end in "…"
        List<String> shortColumns = List.of("Action", "Kind", "When");
        problems.addAll(fx(() -> CutTexts.under(scene.getRoot(), l -> !(l instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && shortColumns.contains(cell.getTableColumn().getText()))).stream().map(t -> "import preview, short column: " + t).toList()));
        problems.addAll(fx(() -> followsTheType("import preview", scene.lookup("#import-cancel"))));
        for (String id : List.of("#import-summary", "#import-table", "#import-problems", "#import-duplicates", "#import-cancel", "#import-confirm"))
            problems.addAll(fx(() -> outside("import preview", scene.lookup(id))));
        BufferedImage[] shot = new BufferedImage[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shot[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        Files.createDirectories(Path.of("target", "type-200"));
        ImageIO.write(shot[0], "png", Path.of("target", "type-200", "import-preview.png").toFile());
        ShownNodes.click(robot, "#import-cancel", 30);
        assertThat(problems).as("crowding of the import preview at 200 %").isEmpty();
    }

    /** The least share of the 800 px window's height the trade plot keeps at 200 % type (its three rows of choices take 37 % themselves). */
    private static final double PLOT_FLOOR = 0.35;

    /** The least share of the 1280 px window's width the timeline's dates keep beside the details at 200 % type. */
    private static final double TIMELINE_SHARE = 0.45;

    /** A window that kept 13 px type at 200 % would pass every other check here without being at 200 %. */
    private static List<String> followsTheType(String where, Node node) {
        double size = ((javafx.scene.control.Labeled) node).getFont().getSize();
        return size >= 25 ? List.of() : List.of(where + ": " + node.getId() + " is in " + size + " px type, not the 26 px of 200 %");
    }

    /** Texts cut to "…" under {@code root}, but not in table cells (long titles are cut there by design). */
    private static List<String> cutShort(String where, Node root) {
        return CutTexts.under(root, l -> l instanceof TableCell<?, ?>).stream().map(t -> where + ": " + t).toList();
    }

    /** Whether {@code node} lies (nearly) whole inside its window. */
    private static List<String> outside(String where, Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double w = node.getScene().getWidth(), h = node.getScene().getHeight();
        if (!node.isVisible() || b.getWidth() <= 0) return List.of();
        if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > w + 1 || b.getMaxY() > h + 1)
            return List.of(where + ": " + node.getId() + " at " + b + " is outside the " + w + "×" + h + " window");
        return List.of();
    }

    private void snapshot(String name) throws Exception {
        BufferedImage[] shot = new BufferedImage[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shot[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path target = Path.of("target", "type-200", name);
        Files.createDirectories(target.getParent());
        ImageIO.write(shot[0], "png", target.toFile());
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}

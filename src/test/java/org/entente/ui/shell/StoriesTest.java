package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.analysis.Measure;
import org.entente.analysis.TieKind;
import org.entente.model.Slide;
import org.entente.model.Story;
import org.entente.ui.OffFxThread;
import org.entente.ui.network.NetworkAppView;
import org.entente.ui.network.NetworkViewModel;
import org.entente.ui.timeline.TimelineAppView;
import org.entente.ui.trade.ChartKind;
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
 * Stories in the real main window on the starter library: a slide's state captured and put back
 * field by field; a three-slide story built through the Stories window, played with the keys and
 * left with Esc.
 */
@ExtendWith(ApplicationExtension.class)
class StoriesTest {
    @TempDir static Path dir;
    private MainWindowFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = MainWindowFixture.show(stage, 1280, 800);
        app.open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() { app.closeLibrary(); }

    private void loaded() throws Exception {
        app.waitForIdle(60);
        app.window.views();
        app.waitForIdle(60);
        NetworkViewModel vm = app.view(NetworkAppView.class).viewModel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.countries().isEmpty() && !vm.isLayingOut()
                && !app.view(MeasuresAppView.class).trade().view().viewModel().availablePairs().isEmpty());
        app.waitForIdle(60);
    }

    private Map<String, String> capture() {
        AtomicReference<Map<String, String>> out = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> out.set(new HashMap<>(app.window.captureState())));
        return out.get();
    }

    @Test
    void aSlidesStateIsPutBackFieldByField() throws Exception {
        loaded();
        NetworkViewModel net = app.view(NetworkAppView.class).viewModel();
        TimelineAppView timeline = app.view(TimelineAppView.class);
        MeasuresAppView measures = app.view(MeasuresAppView.class);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            app.context.theme().set(org.entente.ui.common.Theme.HIGH_CONTRAST);
            app.context.typeScale().set(125);
            timeline.timeline().zoomTo(LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31));
            net.layout().set(NetworkViewModel.LayoutKind.EGO);
            net.tieKind().set(TieKind.CO_PARTICIPATION);
            net.measure().set(Measure.BETWEENNESS);
            net.date().set(LocalDate.of(2016, 5, 1));
            measures.trade().view().viewModel().kindProperty().set(ChartKind.INDEXED);
            measures.select(MeasuresAppView.Measure.TRADE);
            app.selectTab("Network");
        });
        app.waitForIdle(60);
        Map<String, String> slide = capture();
        assertThat(slide).containsEntry("view", "Network").containsEntry("theme", "high-contrast").containsEntry("typeScale", "125").containsEntry("network.date", "2016-05-01")
                .containsEntry("network.layout", "EGO").containsEntry("measures.trade.kind", "INDEXED")
                .containsKeys("timeline.from", "timeline.to", "timeline.actors", "events.search");

        // everything elsewhere, as a lecturer leaves it between slides
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            app.context.theme().set(org.entente.ui.common.Theme.LIGHT);
            app.context.typeScale().set(100);
            timeline.timeline().zoomTo(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
            net.layout().set(NetworkViewModel.LayoutKind.FORCE);
            net.tieKind().set(TieKind.PARTNERSHIP);
            net.measure().set(Measure.DEGREE);
            net.date().set(LocalDate.of(2022, 1, 1));
            measures.trade().view().viewModel().kindProperty().set(ChartKind.SHARE);
            app.selectTab("Events");
        });
        app.waitForIdle(60);
        assertThat(capture()).isNotEqualTo(slide);

        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.window.restoreState(slide));
        // the timeline glides to its range: wait for the glide, then compare every field
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> capture().equals(slide));
        } catch (java.util.concurrent.TimeoutException e) {
            // the comparison below names the fields that differ
        }
        app.waitForIdle(60);
        Map<String, String> restored = capture();
        for (Map.Entry<String, String> e : slide.entrySet()) assertThat(restored.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        assertThat(restored.keySet()).isEqualTo(slide.keySet());
    }

    @Test
    void aThreeSlideStoryIsBuiltPlayedSteppedWithTheKeysAndLeftWithEsc(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn("#menu-story").clickOn("#menu-stories");
        Window stories = waitForWindow(robot, "Stories");
        robot.clickOn("#story-new");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#story-title-field").tryQuery().isPresent());
        robot.doubleClickOn("#story-title-field").eraseText(20).write("Bamboo diplomacy").type(KeyCode.ENTER);
        ListView<Story> storyList = robot.lookup("#story-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storyList.getSelectionModel().getSelectedItem() != null
                && storyList.getSelectionModel().getSelectedItem().title().equals("Bamboo diplomacy"));

        // three slides: the timeline, the network, the measures, each as the main window shows it
        for (String view : List.of("Timeline", "Network", "Measures")) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.selectTab(view));
            app.waitForIdle(60);
            robot.clickOn("#slide-add");
            int expected = List.of("Timeline", "Network", "Measures").indexOf(view) + 1;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> slideList(robot).getItems().size() == expected);
        }
        assertThat(slideList(robot).getItems()).extracting(s -> s.state().get("view")).containsExactly("Timeline", "Network", "Measures");
        // a title and notes typed for the second slide, kept in the library
        robot.clickOn(robot.lookup("#slide-list .list-cell").nth(1).queryAs(Node.class));
        robot.doubleClickOn("#slide-title").eraseText(40).write("Ties as of today").type(KeyCode.ENTER);
        robot.clickOn("#slide-notes").write("Point at Russia and the United States: Tô Lâm");
        robot.clickOn("#slide-title");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OffFxThread.call(() -> app.context.library().stories().all()).get(0)
                .slides().get(1).notes().equals("Point at Russia and the United States: Tô Lâm"));
        assertThat(OffFxThread.call(() -> app.context.library().stories().all()).get(0).slides()).extracting(Slide::title)
                .containsExactly("Slide 1: Timeline", "Ties as of today", "Slide 3: Measures");

        // a slide deleted without a question, and put back where it was, notes and state and all
        assertThat(robot.lookup("#slide-undo-delete").queryButton().isVisible()).isFalse();
        robot.clickOn(robot.lookup("#slide-list .list-cell").nth(1).queryAs(Node.class));
        robot.clickOn("#slide-delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> slideList(robot).getItems().size() == 2);
        assertThat(OffFxThread.call(() -> app.context.library().stories().all()).get(0).slides()).extracting(Slide::title)
                .containsExactly("Slide 1: Timeline", "Slide 3: Measures");
        robot.clickOn("#slide-undo-delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> slideList(robot).getItems().size() == 3
                && !robot.lookup("#slide-undo-delete").queryButton().isVisible());
        Slide back = OffFxThread.call(() -> app.context.library().stories().all()).get(0).slides().get(1);
        assertThat(back.title()).isEqualTo("Ties as of today");
        assertThat(back.notes()).isEqualTo("Point at Russia and the United States: Tô Lâm");
        assertThat(back.state()).containsEntry("view", "Network");
        assertThat(slideList(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);

        // a picture of the window for whoever reads the build (not compared)
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(stories.getScene().snapshot(null), null), "png",
                        Path.of("target", "stories-window.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // play from the first slide, with the presenter view
        robot.clickOn(robot.lookup("#slide-list .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#story-presenter-view");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.selectTab("Events"));
        robot.clickOn("#story-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isFullScreen() && caption(robot).equals("Slide 1: Timeline"));
        assertThat(selectedTab()).isEqualTo("Timeline");
        assertThat(stories.isShowing()).isFalse();
        TextArea notes = robot.lookup("#presenter-notes").queryAs(TextArea.class);
        assertThat(robot.lookup("#presenter-next").queryAs(Label.class).getText()).isEqualTo("Next: Ties as of today");

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> caption(robot).equals("Ties as of today"));
        assertThat(selectedTab()).isEqualTo("Network");
        assertThat(notes.getText()).isEqualTo("Point at Russia and the United States: Tô Lâm");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> caption(robot).equals("Slide 3: Measures"));
        assertThat(selectedTab()).isEqualTo("Measures");
        robot.type(KeyCode.SPACE); // the last slide stays
        assertThat(caption(robot)).isEqualTo("Slide 3: Measures");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> caption(robot).equals("Ties as of today"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isFullScreen() && robot.lookup("#story-caption-title").tryQuery().isEmpty());
        assertThat(selectedTab()).as("the window as it was before playing").isEqualTo("Events");
        assertThat(robot.lookup("#presenter-notes").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stories::isShowing);
    }

    @Test
    void aStoryIsExportedAsAPdfOfAPagePerSlideAndAsPngsAtTwiceTheWindowsSize(FxRobot robot) throws Exception {
        loaded();
        // four slides of the window as it is on four views, made as Add Slide makes them
        List<Map<String, String>> states = new java.util.ArrayList<>();
        for (String view : List.of("Timeline", "Network", "Measures", "Events")) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.selectTab(view));
            app.waitForIdle(60);
            states.add(capture());
        }
        OffFxThread.call(() -> {
            var stories = app.context.library().stories();
            long id = stories.create("Đổi Mới to bamboo diplomacy").id();
            for (int i = 0; i < 4; i++) stories.addSlide(id, -1, new Slide(0, "Slide " + (i + 1) + " — " + states.get(i).get("view")
                    + (i == 1 ? ": Võ Văn Thưởng, 习近平" : ""), "", states.get(i)));
            return id;
        });
        Path pdf = dir.resolve("story-" + System.nanoTime() + ".pdf"), pngs = dir.resolve("pngs-" + System.nanoTime());
        org.entente.ui.common.FileDialogs.usePresenter(new org.entente.ui.common.FileDialogs.Presenter() {
            @Override public java.io.File open(javafx.stage.FileChooser c, Window o) { return null; }

            @Override public List<java.io.File> openMany(javafx.stage.FileChooser c, Window o) { return null; }

            @Override public java.io.File save(javafx.stage.FileChooser c, Window o) { return pdf.toFile(); }

            @Override public java.io.File folder(javafx.stage.DirectoryChooser c, Window o) { return pngs.toFile(); }
        });
        try {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.selectTab("Events"));
            robot.clickOn("#menu-story").clickOn("#menu-stories");
            waitForWindow(robot, "Stories");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> slideList(robot).getItems().size() == 4);
            robot.clickOn("#story-export-pdf");
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#story-export-status").queryAs(Label.class).getText().startsWith("Wrote"));
            double w = stage.getScene().getWidth(), h = stage.getScene().getHeight();
            String chartAxis = WaitForAsyncUtils.asyncFx(() -> ((org.jfree.chart.plot.XYPlot) app.view(org.entente.ui.trade.MeasuresAppView.class)
                    .trade().view().chartProperty().get().getPlot()).getRangeAxis().getLabel()).get(10, TimeUnit.SECONDS);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).as("a page per slide").isEqualTo(4);
                assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("1. Slide 1 — Timeline");
                // Timeline, network and chart: vector pages (paths, no picture), the slide's title as text above the view.
                for (int i = 0; i < 3; i++) {
                    var page = doc.getPage(i);
                    assertThat(PdfPages.images(page.getResources())).as("page %d has no picture", i + 1).isEmpty();
                    assertThat(PdfPages.operators(page)).as("page %d is drawn with paths", i + 1).contains("m", "l", "f");
                    assertThat(page.getMediaBox().getHeight()).as("page %d is the view's height and the title's band, not the window's", i + 1)
                            .isNotCloseTo((float) h, org.assertj.core.data.Offset.offset(1f));
                }
                assertThat(PdfPages.text(doc, 1)).contains("Slide 1 — Timeline");
                assertThat(PdfPages.text(doc, 3)).as("the chart's axis label as text").contains(chartAxis).contains("Slide 3 — Measures");
                // The events' table has no drawing: a picture of the whole window.
                var events = doc.getPage(3);
                assertThat(events.getMediaBox().getWidth()).isCloseTo((float) w, org.assertj.core.data.Offset.offset(1f));
                assertThat(events.getMediaBox().getHeight()).isCloseTo((float) h, org.assertj.core.data.Offset.offset(1f));
                assertThat(PdfPages.images(events.getResources())).hasSize(1);
                new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96); // the vector page renders
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(2, 96), "png",
                        Path.of("target", "story-pdf-page-3.png").toFile());
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(1, 96), "png",
                        Path.of("target", "story-pdf-page-2.png").toFile());
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96), "png",
                        Path.of("target", "story-pdf-page-1.png").toFile());
            }
            assertThat(selectedTab()).as("the window as it was before the export").isEqualTo("Events");

            robot.clickOn("#story-export-png");
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#story-export-status").queryAs(Label.class).getText().startsWith("Wrote 4"));
            List<Path> files;
            try (var list = java.nio.file.Files.list(pngs)) {
                files = list.sorted().toList();
            }
            assertThat(files).extracting(f -> f.getFileName().toString())
                    .containsExactly("01-Slide-1-Timeline.png", "02-Slide-2-Network-Võ-Văn-Thưởng-习近平.png", "03-Slide-3-Measures.png",
                            "04-Slide-4-Events.png");
            var image = javax.imageio.ImageIO.read(files.get(1).toFile());
            assertThat(image.getWidth()).isEqualTo((int) Math.round(w * 2));
            assertThat(image.getHeight()).isEqualTo((int) Math.round(h * 2));
        } finally {
            org.entente.ui.common.FileDialogs.usePresenter(org.entente.ui.common.FileDialogs.PLATFORM);
        }
    }

    @Test
    void addSlideFromTheMenuInAFreshWindowAddsToTheStoryThereAndACancelledExportLeavesNoFile(FxRobot robot) throws Exception {
        loaded();
        // a story made in an earlier session: the window's Stories list has never been read
        long id = OffFxThread.call(() -> {
            var stories = app.context.library().stories();
            long story = stories.create("Bamboo diplomacy").id();
            Map<String, String> state = capture();
            stories.addSlide(story, -1, new Slide(0, "First", "", state));
            // Enough slides that taking their pictures outlasts the robot's move to Cancel even on an idle
            // machine: with two, the export could finish before the click and the Cancel button was gone.
            for (int i = 2; i <= FILLER_SLIDES + 1; i++) stories.addSlide(story, -1, new Slide(0, "Filler " + i, "", state));
            return story;
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> app.selectTab("Network"));
        app.waitForIdle(60);
        robot.clickOn("#menu-story").clickOn("#menu-add-slide");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OffFxThread.call(() -> app.context.library().stories().byId(id).orElseThrow()).slides().size() == FILLER_SLIDES + 2);
        List<Story> all = OffFxThread.call(() -> app.context.library().stories().all());
        assertThat(all).as("no second story made").hasSize(1);
        List<String> titles = all.get(0).slides().stream().map(Slide::title).toList();
        assertThat(titles.get(0)).isEqualTo("First");
        assertThat(titles.get(titles.size() - 1)).isEqualTo("Slide " + (FILLER_SLIDES + 2) + ": Network");

        // an export cancelled while the slides are being taken: nothing in the folder
        Path pngs = dir.resolve("cancelled-" + System.nanoTime());
        // an earlier export's file of the same name, which a cancelled export must leave as it was
        java.nio.file.Files.createDirectories(pngs);
        java.nio.file.Files.writeString(pngs.resolve("01-First.png"), "an earlier export");
        org.entente.ui.common.FileDialogs.usePresenter(new org.entente.ui.common.FileDialogs.Presenter() {
            @Override public java.io.File open(javafx.stage.FileChooser c, Window o) { return null; }

            @Override public List<java.io.File> openMany(javafx.stage.FileChooser c, Window o) { return null; }

            @Override public java.io.File save(javafx.stage.FileChooser c, Window o) { return null; }

            @Override public java.io.File folder(javafx.stage.DirectoryChooser c, Window o) { return pngs.toFile(); }
        });
        try {
            // The Stories window shows once the slide's write is back on the FX thread, a moment after the library has it.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#slide-list").tryQueryAs(ListView.class)
                    .map(list -> list.getItems().size() == FILLER_SLIDES + 2).orElse(false));
            robot.clickOn("#story-export-png");
            robot.clickOn("#story-export-cancel");
            try {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#story-export-status").queryAs(Label.class).getText()
                        .equals("Export cancelled: nothing written"));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the export's status stayed " + robot.lookup("#story-export-status").queryAs(Label.class).getText(), e);
            }
            List<Path> left;
            try (var files = java.nio.file.Files.list(pngs)) {
                left = files.toList();
            }
            assertThat(left).extracting(f -> f.getFileName().toString()).containsExactly("01-First.png");
            assertThat(java.nio.file.Files.readString(pngs.resolve("01-First.png"))).isEqualTo("an earlier export");
            assertThat(selectedTab()).as("the window as it was").isEqualTo("Network");
        } finally {
            org.entente.ui.common.FileDialogs.usePresenter(org.entente.ui.common.FileDialogs.PLATFORM);
        }
    }

    /** Slides put between the first and the added one in the cancelled-export test. */
    private static final int FILLER_SLIDES = 40;

    @SuppressWarnings("unchecked")
    private static ListView<Slide> slideList(FxRobot robot) { return robot.lookup("#slide-list").queryAs(ListView.class); }

    private static String caption(FxRobot robot) {
        return robot.lookup("#story-caption-title").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private String selectedTab() { return app.window.tabs().getSelectionModel().getSelectedItem().getText(); }

    private static Window waitForWindow(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()));
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())).findFirst().orElseThrow();
    }
}

package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.entente.controls.timeline.TimelineView;
import org.entente.controls.timeline.impl.TimelineViewSkin;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.FileDialogs;
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
 * Timeline › Export: the timeline as shown (its range) as a PNG at the screen's size or twice it,
 * and as vector drawings (SVG with text elements, a one-page PDF of paths), written in the background.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineExportTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    AppContext context;
    Path answer;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1280, 800);
        context = fixture.context;
        fixture.selectTab("Timeline");
        fixture.open(MainWindowFixture.starterCopy(dir));
        // The save dialog a person would answer, answered with {@link #answer}.
        FileDialogs.usePresenter(savingTo(() -> answer));
    }

    /** Answers a save dialog with the path {@code answer} gives at that moment (none: cancelled); no other dialog. */
    static FileDialogs.Presenter savingTo(java.util.function.Supplier<Path> answer) {
        return new FileDialogs.Presenter() {
            @Override public File open(FileChooser chooser, Window owner) { return null; }
            @Override public List<File> openMany(FileChooser chooser, Window owner) { return null; }
            @Override public File save(FileChooser chooser, Window owner) { return answer.get() == null ? null : answer.get().toFile(); }
            @Override public File folder(DirectoryChooser chooser, Window owner) { return null; }
        };
    }

    @AfterEach
    void close() {
        FileDialogs.usePresenter(FileDialogs.PLATFORM);
        fixture.closeLibrary();
    }

    void settle() throws Exception {
        // the view reads a range once it has rested (120 ms), in the background
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            fixture.waitForIdle(30);
        }
    }

    @Test
    void exportsTheRangeShownAsAPngAtTwiceTheSize(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#timeline-range").write("2013 to 2016").type(KeyCode.ENTER);
        settle();
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertThat(timeline.getItems()).isNotEmpty();
        answer = dir.resolve("out-" + System.nanoTime()).resolve("timeline.png");
        Files.createDirectories(answer.getParent());

        robot.clickOn("#timeline-export");
        robot.clickOn("PNG image (2×, for slides)…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#timeline-status").queryAs(Label.class).getText().startsWith("Saved"));
        assertThat(robot.lookup("#timeline-status").queryAs(Label.class).getText()).isEqualTo("Saved " + answer);

        BufferedImage png = ImageIO.read(answer.toFile());
        BufferedImage shown = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(
                ((TimelineViewSkin) timeline.getSkin()).canvas().snapshot(null, null), null)).get(10, TimeUnit.SECONDS);
        assertThat(png.getWidth()).isEqualTo(shown.getWidth() * 2);
        assertThat(png.getHeight()).isEqualTo(shown.getHeight() * 2);
        // The same drawing as on screen (the range typed, the lanes shown), only sharper: halved, it
        // differs from the screen by little on average, and far more from a blank canvas.
        assertThat(meanDifference(png, shown)).isLessThan(12);
        BufferedImage blank = new BufferedImage(shown.getWidth(), shown.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(new java.awt.Color(shown.getRGB(shown.getWidth() - 2, shown.getHeight() - 2)));
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.dispose();
        assertThat(meanDifference(png, blank)).isGreaterThan(meanDifference(png, shown) * 2);
        try (var files = Files.list(answer.getParent())) {
            assertThat(files).containsExactly(answer);
        }
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(answer, Path.of("target/screenshots/timeline-export-2x.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Exports through the menu as a person would: the Export button, the item, the save dialog answered with {@code name}. */
    Path exportThroughMenu(FxRobot robot, String itemText, String name) throws Exception {
        settle();
        robot.clickOn("#timeline-range").write("2013 to 2016").type(KeyCode.ENTER);
        settle();
        answer = dir.resolve("out-" + System.nanoTime()).resolve(name);
        Files.createDirectories(answer.getParent());
        robot.clickOn("#timeline-export");
        robot.clickOn(itemText);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#timeline-status").queryAs(Label.class).getText().startsWith("Saved"));
        assertThat(robot.lookup("#timeline-status").queryAs(Label.class).getText()).isEqualTo("Saved " + answer);
        try (var files = Files.list(answer.getParent())) {
            assertThat(files).containsExactly(answer);
        }
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(answer, Path.of("target/screenshots/timeline-export-" + name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return answer;
    }

    BufferedImage screen(TimelineView timeline) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(
                ((TimelineViewSkin) timeline.getSkin()).canvas().snapshot(null, null), null)).get(10, TimeUnit.SECONDS);
    }

    /** Titles of the events the view draws one by one (not inside a "+N" chip) in the range shown. */
    List<String> titlesInRange(TimelineView timeline) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> timeline.getItems().stream()
                .filter(i -> ((TimelineViewSkin) timeline.getSkin()).itemCentre(i) != null)
                .map(org.entente.controls.timeline.TimelineItem::title).toList()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void exportsAPngAtTheScreensSize(FxRobot robot) throws Exception {
        Path file = exportThroughMenu(robot, "PNG image (1×, screen size)…", "timeline-1x.png");
        BufferedImage png = ImageIO.read(file.toFile());
        BufferedImage shown = screen(robot.lookup("#timeline").queryAs(TimelineView.class));
        assertThat(png.getWidth()).isEqualTo(shown.getWidth());
        assertThat(png.getHeight()).isEqualTo(shown.getHeight());
        assertThat(meanDifference(twice(png), shown)).isLessThan(4);
        assertThat(meanDifference(twice(png), blankLike(shown))).isGreaterThan(10);
    }

    @Test
    void exportsAnSvgOfShapesAndTextWithTheEventTitles(FxRobot robot) throws Exception {
        Path file = exportThroughMenu(robot, "SVG drawing (vector)…", "timeline.svg");
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        List<String> titles = titlesInRange(timeline);
        assertThat(titles).isNotEmpty();

        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the file names the SVG 1.1 DTD on the web; offline, it is not fetched
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document svg = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        BufferedImage shown = screen(timeline);
        assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("width").replace("px", ""))).isEqualTo(shown.getWidth());
        List<String> texts = new java.util.ArrayList<>();
        var nodes = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        // Vector: the titles are text a reader can search, the lanes and axis years too, and no picture is embedded.
        assertThat(texts).containsAnyElementsOf(titles);
        assertThat(texts).contains("2014", "2015");
        assertThat(svg.getElementsByTagNameNS("*", "image").getLength()).isZero();
        int shapes = 0;
        for (String shape : List.of("path", "rect", "line", "ellipse")) shapes += svg.getElementsByTagNameNS("*", shape).getLength();
        assertThat(shapes).isGreaterThan(50);
    }

    @Test
    void exportsAOnePagePdfDrawnAsPathsThatLooksLikeTheScreen(FxRobot robot) throws Exception {
        Path file = exportThroughMenu(robot, "PDF page (vector)…", "timeline.pdf");
        BufferedImage shown = screen(robot.lookup("#timeline").queryAs(TimelineView.class));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo((float) shown.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo((float) shown.getHeight());
            // no picture anywhere: the page holds one form of paths
            for (var name : page.getResources().getXObjectNames()) {
                var x = page.getResources().getXObject(name);
                assertThat(x).isInstanceOf(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject.class);
                var inner = ((org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) x).getResources();
                if (inner != null) for (var n : inner.getXObjectNames()) {
                    assertThat(inner.getXObject(n)).isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                }
            }
            BufferedImage rendered = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0, 2);
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(rendered, "png", Path.of("target/screenshots/timeline-export-pdf-page.png").toFile());
            // Drawn by Java2D with its own fonts, the page is close to the screen, and far from blank.
            double toScreen = meanDifference(rendered, shown);
            assertThat(toScreen).isLessThan(12);
            assertThat(meanDifference(rendered, blankLike(shown))).isGreaterThan(toScreen * 2);
        }
    }

    static BufferedImage blankLike(BufferedImage shown) {
        BufferedImage blank = new BufferedImage(shown.getWidth(), shown.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(new java.awt.Color(shown.getRGB(shown.getWidth() - 2, shown.getHeight() - 2)));
        g.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        g.dispose();
        return blank;
    }

    /** {@code image} at twice its size, each pixel a 2×2 block (so {@link #meanDifference} compares it at 1×). */
    static BufferedImage twice(BufferedImage image) {
        BufferedImage big = new BufferedImage(image.getWidth() * 2, image.getHeight() * 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < big.getHeight(); y++) for (int x = 0; x < big.getWidth(); x++) big.setRGB(x, y, image.getRGB(x / 2, y / 2));
        return big;
    }

    /** Mean difference per channel (0–255) between {@code big} halved (2×2 pixels averaged) and {@code small}. */
    static double meanDifference(BufferedImage big, BufferedImage small) {
        long sum = 0;
        for (int y = 0; y < small.getHeight(); y++) for (int x = 0; x < small.getWidth(); x++) {
            int[] mean = new int[3];
            for (int dy = 0; dy < 2; dy++) for (int dx = 0; dx < 2; dx++) {
                int p = big.getRGB(2 * x + dx, 2 * y + dy);
                mean[0] += p >> 16 & 0xff;
                mean[1] += p >> 8 & 0xff;
                mean[2] += p & 0xff;
            }
            int q = small.getRGB(x, y);
            sum += Math.abs(mean[0] / 4 - (q >> 16 & 0xff)) + Math.abs(mean[1] / 4 - (q >> 8 & 0xff)) + Math.abs(mean[2] / 4 - (q & 0xff));
        }
        return sum / (3.0 * small.getWidth() * small.getHeight());
    }
}

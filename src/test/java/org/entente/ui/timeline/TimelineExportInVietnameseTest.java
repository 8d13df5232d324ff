package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.entente.i18n.I18n;
import org.entente.ui.common.FileDialogs;
import org.entente.ui.common.Theme;
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
 * Timeline › Xuất in Vietnamese and the dark theme: the menu's items in Vietnamese, and the SVG
 * and PDF drawn as the screen shows them (Vietnamese texts with their diacritics, dark colours).
 */
@ExtendWith(ApplicationExtension.class)
class TimelineExportInVietnameseTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    Path answer;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.VIETNAMESE); // before anything is built: texts are read when nodes are made
        fixture = MainWindowFixture.show(stage, 1280, 800);
        fixture.context.theme().set(Theme.DARK);
        fixture.selectTab("Timeline");
        fixture.open(MainWindowFixture.starterCopy(dir));
        FileDialogs.usePresenter(TimelineExportTest.savingTo(() -> answer));
    }

    @AfterEach
    void close() {
        FileDialogs.usePresenter(FileDialogs.PLATFORM);
        fixture.closeLibrary();
        I18n.setLocale(I18n.ENGLISH);
    }

    void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            fixture.waitForIdle(30);
        }
    }

    Path export(FxRobot robot, String item, String name) throws Exception {
        answer = dir.resolve("vi-" + System.nanoTime()).resolve(name);
        Files.createDirectories(answer.getParent());
        robot.clickOn("#timeline-export");
        robot.clickOn(item);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#timeline-status").queryAs(Label.class).getText().equals("Đã lưu " + answer));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(answer, Path.of("target/screenshots/timeline-export-vi-dark-" + name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return answer;
    }

    @Test
    void exportsAVietnameseDarkTimelineAsSvgAndPdf(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#timeline-range").write("2013 to 2016").type(KeyCode.ENTER);
        settle();
        robot.clickOn("#timeline-export");
        for (String item : List.of("Ảnh PNG (1×, cỡ màn hình)…", "Ảnh PNG (2×, cho trang chiếu)…", "Hình vẽ SVG (vector)…", "Trang PDF (vector)…")) {
            assertThat(robot.lookup(item).tryQuery()).as(item).isPresent();
        }
        robot.type(KeyCode.ESCAPE);

        Path svg = export(robot, "Hình vẽ SVG (vector)…", "timeline.svg");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var nodes = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        // the lanes' counts and the corner's view name as the screen writes them in Vietnamese
        assertThat(texts).contains("12 sự kiện");
        assertThat(texts).anyMatch(t -> t.equals(I18n.t("timeline.axis.view.quarter")));

        Path pdf = export(robot, "Trang PDF (vector)…", "timeline.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Dòng thời gian");
            BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 1);
            ImageIO.write(page, "png", Path.of("target/screenshots/timeline-export-vi-dark-pdf-page.png").toFile());
            // dark, as on screen: the page's mean brightness is low
            long sum = 0;
            for (int y = 0; y < page.getHeight(); y++) for (int x = 0; x < page.getWidth(); x++) {
                int p = page.getRGB(x, y);
                sum += (p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff);
            }
            assertThat(sum / (3.0 * page.getWidth() * page.getHeight())).isLessThan(90);
        }
    }
}

package org.entente.controls.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sampler: renders the control alone on the reference facts to target/screenshots/timeline-control*.png (copied to screenshots/ by hand). */
@ExtendWith(ApplicationExtension.class)
class TimelineViewScreenshotTest {
    private TimelineView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        view = new TimelineView();
        SampleTimeline s = SampleTimeline.reference(SampleTimeline.reference());
        view.getItems().setAll(s.items);
        view.getLanes().setAll(s.lanes);
        view.getPeriods().setAll(s.periods);
        view.getLinks().setAll(s.links);
        view.zoomTo(LocalDate.of(2007, 7, 1), LocalDate.of(2025, 6, 30));
        stage.setScene(new Scene(new StackPane(view), 1600, 900));
        stage.show();
    }

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> img[0] = stage.getScene().snapshot(null)).get();
        BufferedImage out = SwingFXUtils.fromFXImage(img[0], null);
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        assertThat(new File(file.toString())).exists();
    }

    @Test
    void rendersTheReferenceTimeline(FxRobot robot) throws Exception {
        TimelineItem putin = view.getItems().stream().filter(i -> i.title().startsWith("Putin state visit")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> view.setSelectedItem(putin)).get();
        snapshot("timeline-control.png");
        assertThat(view.getAccessibleText()).contains("Putin state visit").contains("2024");
    }

    @Test
    void rendersAMonthsViewWithHoverTooltip(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.zoomTo(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 11, 30))).get();
        WaitForAsyncUtils.waitForFxEvents();
        TimelineItem lam = view.getItems().stream().filter(i -> i.title().startsWith("To Lam elected State")).findFirst().orElseThrow();
        double[] at = ((org.entente.controls.timeline.impl.TimelineViewSkin) view.getSkin()).itemCentre(lam);
        assertThat(at).isNotNull();
        robot.moveTo(view.localToScreen(at[0], at[1]));
        snapshot("timeline-control-months.png");
    }

    @Test
    void rendersTheDarkPalette() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.getParent().getStyleClass().add("dark");
            view.zoomTo(LocalDate.of(2011, 1, 1), LocalDate.of(2025, 3, 1));
        }).get();
        snapshot("timeline-control-dark.png");
        assertThat(((javafx.scene.paint.Color) view.getCanvasBackground()).getBrightness()).isLessThan(0.2);
    }

    @Test
    void rendersTenThousandSyntheticItemsWithClusters() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.getItems().setAll(SampleTimeline.synthetic(10_000, 4, 100, 7));
            view.getLanes().setAll(SampleTimeline.syntheticLanes(4));
            view.getPeriods().clear();
            view.getLinks().clear();
            view.fitAll();
        }).get();
        snapshot("timeline-control-dense.png");
    }
}

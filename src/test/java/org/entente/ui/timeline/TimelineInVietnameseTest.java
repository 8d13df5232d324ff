package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.entente.controls.timeline.TimelineLane;
import org.entente.controls.timeline.TimelineView;
import org.entente.controls.timeline.impl.TimelineViewSkin;
import org.entente.i18n.I18n;
import org.entente.ui.CutTexts;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Timeline tab in Vietnamese (issue #18): its tool bar, side panel, lanes, lane menu and time axis, at 1280×800. */
@ExtendWith(ApplicationExtension.class)
class TimelineInVietnameseTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private TimelineAppView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.VIETNAMESE); // before anything is built: texts are read when nodes are made
        Path file = dir.resolve("timeline-vi-" + System.nanoTime() + ".entente");
        TimelineTestLibrary.create(file).close();
        fixture = MainWindowFixture.show(stage, 1280, 800);
        view = fixture.view(TimelineAppView.class);
        fixture.window.tabs().getSelectionModel().select(
                fixture.window.tabs().getTabs().stream().filter(t -> "tab-timeline".equals(t.getId())).findFirst().orElseThrow());
        fixture.open(file);
    }

    @AfterEach
    void english() {
        fixture.closeLibrary();
        I18n.setLocale(I18n.ENGLISH);
    }

    static <T> T fx(Callable<T> c) { return WaitForAsyncUtils.waitForAsyncFx(5000, c); }

    private void settle() throws Exception {
        // the view reads the visible window once its range has rested (120 ms), in the background
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            fixture.waitForIdle(20);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.timeline().getItems().isEmpty());
    }

    @Test
    void theToolBarSidePanelAndLanesAreInVietnamese(FxRobot robot) throws Exception {
        settle();
        assertThat(robot.lookup("#timeline-compare").queryAs(MenuButton.class).getText()).isEqualTo("So sánh");
        assertThat(robot.lookup("#timeline-export").queryAs(MenuButton.class).getText()).isEqualTo("Xuất");
        assertThat(robot.lookup("#timeline-tiers").queryAs(ToggleButton.class).getText()).isEqualTo("Cấp độ");
        assertThat(robot.lookup("#timeline-fit").queryButton().getTooltip().getText()).isEqualTo("Vừa khung: hiện toàn bộ thư viện");
        ComboBox<?> groupBy = robot.lookup("#timeline-group-by").queryAs(ComboBox.class);
        // the list's button shows the chosen way of grouping
        assertThat(robot.from(groupBy).lookup(".list-cell").queryAllAs(ListCell.class)).extracting(ListCell::getText).contains("Cặp chủ thể");
        assertThat(robot.lookup(".timeline-side-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Tìm kiếm", "Bộ lọc");
        assertThat(robot.lookup("#timeline-clear-filters").queryButton().getText()).isEqualTo("Xóa bộ lọc");

        TimelineView timeline = view.timeline();
        assertThat(timeline.getLanes()).extracting(TimelineLane::getTitle).contains("Vietnam–Russia", "Không có quốc gia");
        assertThat(timeline.getLanes().get(0).getSubtitle()).endsWith(" sự kiện");
        // a status in Vietnamese once the window is read
        assertThat(robot.lookup("#timeline-status").queryAs(Label.class).getText()).contains("sự kiện");
    }

    @Test
    void theAxisNamesMonthsAsVietnameseWriteThem(FxRobot robot) throws Exception {
        settle();
        TimelineView timeline = view.timeline();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> timeline.zoomTo(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        settle();
        TimelineViewSkin skin = (TimelineViewSkin) timeline.getSkin();
        List<String> months = fx(() -> {
            skin.paintNow();
            return List.of(skin.axisTicks().minorLabels());
        });
        assertThat(months).contains("tháng 6", "tháng 12").noneMatch(l -> l.contains("June"));
        assertThat(fx(() -> List.of(skin.axisTicks().majorLabels()))).contains("2024");
        // to look at: target/screenshots/timeline-vi-months.png
        Path out = Path.of("target", "screenshots", "timeline-vi-months.png");
        Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(fx(() -> javafx.embed.swing.SwingFXUtils.fromFXImage(view.node().getScene().snapshot(null), null)), "png",
                out.toFile());
    }

    @Test
    void theLaneMenuIsInVietnamese(FxRobot robot) throws Exception {
        settle();
        TimelineView timeline = view.timeline();
        TimelineViewSkin skin = (TimelineViewSkin) timeline.getSkin();
        double[] header = fx(() -> skin.laneHeaderCentre(timeline.getLanes().get(0)));
        Point2D at = fx(() -> timeline.localToScreen(header[0], header[1]));
        robot.clickOn(at, MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Thu gọn các làn khác").tryQuery()).isPresent();
        assertThat(robot.lookup("Chuyển xuống").tryQuery()).isPresent();
        robot.clickOn("Thu gọn các làn khác");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.getLanes().get(1).isCollapsed()).isTrue();
    }

    /**
     * At 1280×800 every text of the tool bar and the side panel's footer is shown whole, not cut to
     * "…" (Vietnamese words are longer); renders target/screenshots/timeline-vi.png to look at.
     */
    @Test
    void nothingIsCutOffAt1280By800(FxRobot robot) throws Exception {
        settle();
        Node bar = robot.lookup(".timeline-tool-bar").query();
        Node footer = robot.lookup(".timeline-side-footer").query();
        List<String> cut = fx(() -> {
            List<String> out = new java.util.ArrayList<>();
            // the status line may end in "…" when long: its tooltip says it all
            for (Node root : List.of(bar, footer)) out.addAll(CutTexts.under(root, java.util.Set.of("timeline-status")));
            return out;
        });
        Path out = Path.of("target", "screenshots", "timeline-vi.png");
        Files.createDirectories(out.getParent());
        java.awt.image.BufferedImage image = fx(() -> javafx.embed.swing.SwingFXUtils.fromFXImage(view.node().getScene().snapshot(null), null));
        javax.imageio.ImageIO.write(image, "png", out.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(cut).isEmpty();
    }
}

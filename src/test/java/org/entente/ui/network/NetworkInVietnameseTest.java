package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.entente.controls.network.NetworkEdge;
import org.entente.controls.network.impl.Drawing;
import org.entente.controls.network.impl.DrawingParts;
import org.entente.controls.network.impl.NetworkViewSkin;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.shell.MainWindowFixture;
import org.entente.ui.CutTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The network tab in Vietnamese (issue #18): date, legend, level names, tie tooltips, exports and the replay dialog, at 1280×800. */
@ExtendWith(ApplicationExtension.class)
class NetworkInVietnameseTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    AppContext context;
    NetworkAppView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.VIETNAMESE); // before anything is built: texts are read when nodes are made
        Path file = MainWindowFixture.starterCopy(dir);
        fixture = MainWindowFixture.show(stage, 1280, 800);
        context = fixture.context;
        view = fixture.view(NetworkAppView.class);
        fixture.window.tabs().getSelectionModel().select(
                fixture.window.tabs().getTabs().stream().filter(t -> "tab-network".equals(t.getId())).findFirst().orElseThrow());
        view.viewModel().date().set(LocalDate.of(2024, 7, 1));
        fixture.open(file);
    }

    @AfterEach
    void english() {
        fixture.closeLibrary();
        I18n.setLocale(I18n.ENGLISH);
    }

    static <T> T fx(Callable<T> c) { return WaitForAsyncUtils.waitForAsyncFx(5000, c); }

    void waitForIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.library() != null && !view.viewModel().nodes().isEmpty()
                && context.tasks().idleProperty().get() && !view.viewModel().isLayingOut());
        WaitForAsyncUtils.waitForFxEvents();
    }

    long actorId(String name) {
        return view.viewModel().actors().values().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theDateLegendAndLevelsAreInVietnamese(FxRobot robot) throws Exception {
        waitForIdle();
        assertThat(fx(() -> view.diagram().getCaption())).isEqualTo("1 tháng 7 năm 2024");
        assertThat(fx(() -> view.diagram().getSubtitle())).startsWith("Quan hệ đối tác đang có hiệu lực · ").endsWith(" quan hệ");
        assertThat(fx(() -> view.diagram().getSizeLegend())).isEqualTo("Cỡ nút: số quan hệ có trọng số");
        List<String> legend = fx(() -> DrawingParts.legend(view.diagram().getEdges(), view.diagram().style()).stream()
                .map(Drawing.LegendEntry::label).toList());
        assertThat(legend).contains("Đối tác chiến lược toàn diện", "Đối tác chiến lược").noneMatch(l -> l.contains("partnership"));
        // the option bar and its choices
        assertThat(robot.lookup(".network-bar .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Quan hệ", "Cỡ nút", "Bố cục", "Quốc gia");
        ChoiceBox<?> measure = robot.lookup("#network-measure").queryAs(ChoiceBox.class);
        assertThat(robot.from(measure).lookup(".label").queryAs(Label.class).getText()).isEqualTo("Số quan hệ có trọng số");
        assertThat(robot.lookup("#network-follow").queryAs(javafx.scene.control.CheckBox.class).getText()).isEqualTo("Theo dòng thời gian");
    }

    @Test
    void aTiesTooltipGivesItsHistoryInVietnamese(FxRobot robot) throws Exception {
        waitForIdle();
        long vietnam = actorId("Vietnam"), russia = actorId("Russia");
        Point2D a = fx(() -> view.diagram().nodeLocation(vietnam)), b = fx(() -> view.diagram().nodeLocation(russia));
        // hover a point on the tie, outside both nodes, as a reader would
        robot.moveTo(fx(() -> view.diagram().localToScreen(a.add(b.subtract(a).multiply(0.5)))));
        NetworkViewSkin skin = (NetworkViewSkin) view.diagram().getSkin();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> skin.tooltip().isShowing()));
        String tip = fx(() -> skin.tooltip().getText());
        assertThat(tip).contains("Đối tác chiến lược toàn diện", "từ ", " năm ").doesNotContain("since");
        // and clicked: the side panel says it too
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        waitForIdle();
        assertThat(view.viewModel().details().get()).contains("Đối tác chiến lược toàn diện, ngày 1 tháng 7 năm 2024", "Nguồn: ");
    }

    /** The exported SVG, like the screen, is in Vietnamese. */
    @Test
    void theExportedSvgIsInVietnamese() throws Exception {
        waitForIdle();
        Path svg = dir.resolve("network-vi-" + System.nanoTime() + ".svg");
        fx(() -> view.exportSvg(svg)).get(20, TimeUnit.SECONDS);
        assertThat(Files.readString(svg)).contains("1 tháng 7 năm 2024", "Đối tác chiến lược toàn diện", "Cỡ nút");
    }

    @Test
    void theReplayDialogIsInVietnamese(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("#network-export").clickOn("Phát lại thành GIF hoặc MP4…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Mỗi khung hình ứng với").tryQuery()).isPresent();
        assertThat(robot.lookup("#replay-export").queryButton().getText()).isEqualTo("Xuất GIF");
        String summary = robot.lookup("#replay-summary").queryAs(Label.class).getText();
        assertThat(summary).contains(" khung hình, từ 1 tháng 1 năm ").contains("giây");
        Window dialog = fx(() -> robot.lookup("#replay-summary").query().getScene().getWindow());
        assertThat(((Stage) dialog).getTitle()).isEqualTo("Phát lại mạng lưới thành ảnh GIF hoặc video MP4");
    }

    /** Every text of the two bars is shown whole at 1280×800; renders target/screenshots/network-vi.png to look at. */
    @Test
    void nothingIsCutOffAt1280By800(FxRobot robot) throws Exception {
        waitForIdle();
        List<String> cut = fx(() -> {
            List<String> out = new ArrayList<>();
            for (Node bar : view.node().lookupAll(".network-bar")) out.addAll(CutTexts.under(bar, java.util.Set.of()));
            return out;
        });
        Path out = Path.of("target", "screenshots", "network-vi.png");
        Files.createDirectories(out.getParent());
        java.awt.image.BufferedImage image = fx(() -> {
            view.diagram().finishTransitions();
            return javafx.embed.swing.SwingFXUtils.fromFXImage(view.node().getScene().snapshot(null), null);
        });
        javax.imageio.ImageIO.write(image, "png", out.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(cut).isEmpty();
    }
}

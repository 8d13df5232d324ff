package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.ui.common.FxTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #17: the mirror view shows both reporters' word on 2023 side by side, each growth marked in
 * words as reported or computed from levels: Vietnam US$3.63 bn, +2.3 % reported (and +2.25 %
 * computed from its 2022 and 2023 levels); Russia no level, +8 % reported.
 */
@ExtendWith(ApplicationExtension.class)
class MirrorGrowthFxTest {
    @TempDir
    static Path dir;
    static Library library;
    TradeView view;
    Stage stage;

    @BeforeAll
    static void library() { library = StarterFixture.create(dir.resolve("starter.entente")); }

    @AfterAll
    static void close() { library.close(); }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new TradeView(new TradeViewModel(), new FxTaskExecutor());
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1280, 800));
        stage.show();
        view.load(library);
    }

    private void awaitData(TradeView v) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !v.viewModel().model().series().isEmpty()
                && !v.viewModel().model().series().get(0).series().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the rendered cells of the growth table's row for {@code year}, left to right. */
    private static List<String> shownRow(FxRobot robot, String year) {
        return robot.lookup("#trade-growth").queryAs(TableView.class).lookupAll(".table-row-cell").stream()
                .filter(r -> r.lookupAll(".table-cell").stream().anyMatch(c -> year.equals(((TableCell<?, ?>) c).getText())))
                .findFirst().map(r -> r.lookupAll(".table-cell").stream().map(c -> ((TableCell<?, ?>) c).getText()).toList())
                .orElse(List.of());
    }

    @Test
    void bothReportersClaimsFor2023AreShownSideBySideEachMarked(FxRobot robot) throws Exception {
        awaitData(view);
        assertThat(robot.lookup("#trade-growth").tryQuery()).as("only in the mirror view").isEmpty();
        robot.clickOn("#trade-kind-mirror");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shownRow(robot, "2023").isEmpty());
        assertThat(robot.lookup("#trade-growth-title").queryLabeled().getText())
                .isEqualTo("Growth as each side gives it: levels, growth computed from levels, reported growth");
        assertThat(shownRow(robot, "2023")).containsExactly("2023",
                "US$3.63 bn", "+2.3% (reported)\n+2.25% (computed from levels)",
                "no level", "+8% (reported)");
        // 2021, levels by both and no claim: growth is computed only where the same reporter gives the year before
        // (Vietnam 2020: US$5.7 bn, so (5.5 - 5.7) / 5.7 = -3.51 %; Russia gives no 2020 level).
        assertThat(shownRow(robot, "2021")).containsExactly("2021", "US$5.5 bn", "\u22123.51% (computed from levels)", "US$7.1 bn",
                "no growth figure");
        TableView<?> table = robot.lookup("#trade-growth").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Year", "Reported by Vietnam", "Reported by Russia");
        assertThat(table.getItems().get(0)).extracting(y -> ((org.entente.analysis.trade.MirrorYear) y).year()).isEqualTo(2023);

        // The tooltip names where each growth comes from.
        robot.moveTo(robot.lookup("#trade-growth .table-cell").match(c -> "+8% (reported)".equals(((TableCell<?, ?>) c).getText()))
                .queryAs(TableCell.class));
        String tip = robot.lookup("#trade-growth .table-cell").match(c -> "+8% (reported)".equals(((TableCell<?, ?>) c).getText()))
                .queryAs(TableCell.class).getTooltip().getText();
        assertThat(tip).isEqualTo("Russia reported +8% for 2023: Nhân Dân (republished by The Update), "
                + "“Nhân Dân article: President Putin on Vietnam–Russia trade in 2023” https://theupdate.co.rw/?p=30339 "
                + "(President Putin, citing Russian statistics)");
        String vnTip = robot.lookup("#trade-growth .table-cell").match(c -> ((TableCell<?, ?>) c).getText() != null
                && ((TableCell<?, ?>) c).getText().startsWith("+2.3% (reported)")).queryAs(TableCell.class).getTooltip().getText();
        assertThat(vnTip).endsWith("Computed from Vietnam's own levels: US$3.55 bn in 2022 → US$3.63 bn in 2023");

        robot.clickOn("#trade-kind-over-time");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trade-growth").tryQuery()).isEmpty();
    }

    @Test
    void theClaimsReadInVietnamese(FxRobot robot) throws Exception {
        awaitData(view);
        TradeView[] vi = new TradeView[1];
        try {
            robot.interact(() -> {
                I18n.setLocale(I18n.VIETNAMESE);
                vi[0] = new TradeView(new TradeViewModel(), new FxTaskExecutor());
                vi[0].viewModel().setData(view.viewModel().dataProperty().get());
                vi[0].viewModel().kindProperty().set(ChartKind.MIRROR);
                stage.setScene(new Scene((javafx.scene.Parent) vi[0].node(), 1280, 800));
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shownRow(robot, "2023").isEmpty());
            assertThat(shownRow(robot, "2023")).containsExactly("2023",
                    "3,63 tỷ USD", "+2,3% (được công bố)\n+2,25% (tính từ số liệu)",
                    "không có số liệu", "+8% (được công bố)");
        } finally {
            robot.interact(() -> I18n.setLocale(I18n.ENGLISH));
        }
    }
}

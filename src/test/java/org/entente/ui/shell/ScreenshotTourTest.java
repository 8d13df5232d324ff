package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshot tour renders a view of the starter library at the window's size, drawn and settled. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = MainWindowFixture.show(stage, 1280, 800).open(MainWindowFixture.starterCopy(dir));
    }

    @AfterEach
    void close() {
        fixture.closeLibrary();
        javafx.application.Platform.runLater(() -> EntenteApp.applyTheme(org.entente.ui.common.Theme.LIGHT));
    }

    @Test
    void theHighContrastAndTypeSizeShotsShowThemAndPutBackTheWindowsSettings(FxRobot robot) throws Exception {
        fixture.waitForIdle(60);
        Path out = dir.resolve("aids");
        CompletableFuture<List<Path>>[] tour = new CompletableFuture[1];
        robot.interact(() -> tour[0] = ScreenshotTour.run(fixture.window, fixture.context, stage, out, List.of("high-contrast", "type-200")));
        List<Path> files = tour[0].get(3, TimeUnit.MINUTES);
        assertThat(files).containsExactly(out.resolve("high-contrast.png").toAbsolutePath(), out.resolve("type-200.png").toAbsolutePath());
        // high contrast: most of the window is black; at 200 % (light) almost none of it
        assertThat(blackShare(javax.imageio.ImageIO.read(files.get(0).toFile()))).isGreaterThan(0.5);
        assertThat(blackShare(javax.imageio.ImageIO.read(files.get(1).toFile()))).isLessThan(0.1);
        // each shot puts back what it changed
        assertThat(fixture.context.theme().get()).isEqualTo(org.entente.ui.common.Theme.LIGHT);
        assertThat(fixture.context.typeScale().get()).isEqualTo(100);
    }

    /** Waits for the library to settle, then takes {@code shots} into {@code folder} as {@code entente screenshots} does. */
    private List<Path> tour(FxRobot robot, String folder, List<String> shots, int seconds) throws Exception {
        fixture.waitForIdle(60);
        CompletableFuture<List<Path>>[] tour = new CompletableFuture[1];
        robot.interact(() -> tour[0] = ScreenshotTour.run(fixture.window, fixture.context, stage, dir.resolve(folder), shots));
        return tour[0].get(seconds, TimeUnit.SECONDS);
    }

    private static double blackShare(BufferedImage image) {
        int black = 0, all = 0;
        for (int y = 0; y < image.getHeight(); y += 4)
            for (int x = 0; x < image.getWidth(); x += 4) {
                all++;
                if ((image.getRGB(x, y) & 0xffffff) == 0) black++;
            }
        return (double) black / all;
    }

    @Test
    void theNetworkIsRenderedAtTheWindowSizeWithItsTies(FxRobot robot) throws Exception {
        List<Path> files = tour(robot, "shots", List.of("network"), 180);
        assertThat(files).containsExactly(dir.resolve("shots").resolve("network.png").toAbsolutePath());

        BufferedImage image = javax.imageio.ImageIO.read(files.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 2)
            for (int x = 0; x < image.getWidth(); x += 2) colours.merge(image.getRGB(x, y), 1, Integer::sum);
        int samples = (image.getWidth() / 2) * (image.getHeight() / 2);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
        assertThat(colours.values().stream().mapToInt(i -> i).max().orElseThrow()).as("the commonest colour").isLessThan(samples * 9 / 10);
        // The ties are drawn, not only the countries: the diagram has edges and no transition is running.
        assertThat(fixture.view(org.entente.ui.network.NetworkAppView.class).diagram().getEdges()).isNotEmpty();
    }

    @Test
    void thePreferencesShotShowsTheWindowWithTheLibrarysBackupsAndClosesIt(FxRobot robot) throws Exception {
        List<Path> files = tour(robot, "preferences", List.of("preferences"), 90);
        assertThat(files).containsExactly(dir.resolve("preferences").resolve("preferences.png").toAbsolutePath());
        BufferedImage image = javax.imageio.ImageIO.read(files.get(0).toFile());
        assertThat(image.getWidth()).isBetween(300, 1280);
        assertThat(image.getHeight()).isBetween(200, 800);
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) colours.merge(image.getRGB(x, y), 1, Integer::sum);
        assertThat(colours.size()).as("distinct colours: text and controls, not a blank window").isGreaterThan(20);
        var window = fixture.window.preferencesWindow();
        assertThat(window.stage().isShowing()).as("the shot closes the window").isFalse();
        // the window was filled from the library before the shot: the spinner holds its number
        assertThat(((javafx.scene.control.Spinner<?>) window.stage().getScene().lookup("#prefs-keep-backups")).getValue())
                .isEqualTo(fixture.context.library().keepBackups());
    }

    @Test
    void theUnVotesNetworkShotPutsBackTheTieKindSoThePresentedNetworkHasItsPartnerships(FxRobot robot) throws Exception {
        // the starter library holds no UN votes: before the fix the tour waited two minutes for ties
        // of UN agreement in present-network and failed
        fixture.waitForIdle(60);
        Path out = dir.resolve("un-then-present");
        CompletableFuture<List<Path>>[] tour = new CompletableFuture[1];
        robot.interact(() -> tour[0] = ScreenshotTour.run(fixture.window, fixture.context, stage, out, List.of("network-un-votes", "present-network")));
        List<Path> files = tour[0].get(90, TimeUnit.SECONDS);
        assertThat(files).hasSize(2);
        var network = fixture.view(org.entente.ui.network.NetworkAppView.class);
        assertThat(network.viewModel().tieKind().get()).isEqualTo(org.entente.analysis.TieKind.PARTNERSHIP);
        assertThat(network.diagram().getEdges()).isNotEmpty();
    }

    @Test
    void theMirrorShotOfALibraryWithoutMirrorStatisticsShowsItsEmptyChart(FxRobot robot) throws Exception {
        // (a pair reported by one side only, as in the ten-million-event synthetic library)
        // before, the tour waited for mirror years that such a library never has, and failed after two minutes
        // (found on the ten-million-event synthetic library, whose trade figures have one reporter per pair)
        Path oneSided = MainWindowFixture.emptyLibrary(dir, "no-mirror");
        try (org.entente.store.Library library = org.entente.store.Library.open(oneSided)) {
            var vn = library.actors().save(org.entente.model.Actor.country("Việt Nam", "VNM"));
            var ru = library.actors().save(org.entente.model.Actor.country("Россия", "RUS"));
            // one reporter, exports only: a pair to choose, no mirror statistics (which compare totals) for it
            library.trade().save(new org.entente.model.TradeFigure(0, vn, ru, 2023, org.entente.model.TradeFlow.EXPORT, 3_600_000_000L,
                    org.entente.model.DataQuality.REPORTED, null));
        }
        robot.interact(() -> fixture.open(oneSided));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fixture.context.library() != null
                && fixture.context.library().file().getFileName().toString().startsWith("no-mirror"));
        fixture.waitForIdle(60);
        Path out = dir.resolve("no-mirror-shots");
        CompletableFuture<List<Path>>[] tour = new CompletableFuture[1];
        robot.interact(() -> tour[0] = ScreenshotTour.run(fixture.window, fixture.context, stage, out, List.of("trade-mirror")));
        assertThat(tour[0].get(90, TimeUnit.SECONDS)).containsExactly(out.resolve("trade-mirror.png").toAbsolutePath());
    }

    @Test
    void anUnknownShotIsRefusedWithTheNamesThereAre() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScreenshotTour.run(fixture.window, fixture.context, stage, dir, List.of("charts")))
                .hasMessageContaining("no shot called \"charts\"").hasMessageContaining("timeline, events, network, trade, trade-mirror, un-votes, network-un-votes, editor-event, present, present-events, present-network, present-trade, story, high-contrast, type-200, welcome, preferences");
    }
}

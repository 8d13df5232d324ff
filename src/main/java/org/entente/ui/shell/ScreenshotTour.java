package org.entente.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.ui.network.NetworkAppView;
import org.entente.ui.trade.MeasuresAppView;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppTab;

/**
 * Renders every main view of the open library to PNG files in one run, for the README and for looking
 * at a change: the four views (and the UN-vote agreement chart), an editor form, the presentation mode, the first-run welcome and Edit › Preferences…. Each shot waits until the
 * window has settled: no background task for several pulses, and for the network its ties drawn and its
 * transition finished. Runs on the FX thread, one step per settled window.
 */
public final class ScreenshotTour {
    /** The shots, in the order they are taken; {@code --only} picks some of them by name. */
    public static final List<String> SHOTS = List.of("timeline", "events", "network", "trade", "trade-mirror", "un-votes", "network-un-votes", "editor-event",
            "present", "present-events", "present-network", "present-trade", "story", "high-contrast", "type-200", "welcome",
            "preferences");

    /** The event selected before the shots, so the detail pane and the editor form show something real. */
    static final String SELECTED = "Putin's state visit to Vietnam";

    private final MainWindow window;
    private final AppContext context;
    private final Stage stage;
    private final Path outDir;
    private final List<String> shots;
    private final List<Path> written = new ArrayList<>();
    private final CompletableFuture<List<Path>> done = new CompletableFuture<>();
    private int next;

    private ScreenshotTour(MainWindow window, AppContext context, Stage stage, Path outDir, List<String> shots) {
        this.window = window;
        this.context = context;
        this.stage = stage;
        this.outDir = outDir;
        this.shots = shots;
    }

    /**
     * Starts the tour on the FX thread once {@code window} has a library open; the future completes with
     * the files written, or exceptionally. {@code shots} are names from {@link #SHOTS}.
     */
    public static CompletableFuture<List<Path>> run(MainWindow window, AppContext context, Stage stage, Path outDir, List<String> shots) {
        for (String s : shots)
            if (!SHOTS.contains(s)) throw new IllegalArgumentException(I18n.t("shell.screenshots.no-shot", s, String.join(", ", SHOTS)));
        ScreenshotTour tour = new ScreenshotTour(window, context, stage, outDir, shots);
        tour.whenSettled(() -> context.library() != null, tour::selectEvent);
        return tour.done;
    }

    private void selectEvent() {
        var library = context.library();
        // The event of that title, not the search's best hit (which ranks other Putin visits higher).
        context.tasks().run(I18n.t("shell.task.finding", SELECTED), () -> library.events().search(SELECTED, 50),
                hits -> hits.stream().filter(h -> h.event().title().equals(SELECTED)).findFirst()
                        .ifPresent(h -> context.selectedEventId().set(h.event().id())));
        whenSettled(() -> true, this::nextShot);
    }

    private void nextShot() {
        if (next >= shots.size()) {
            done.complete(written);
            return;
        }
        String shot = shots.get(next++);
        try {
            switch (shot) {
                case "timeline", "events" -> {
                    selectTab(shot);
                    whenSettled(() -> true, () -> snapshot(stage.getScene(), shot));
                }
                case "trade" -> {
                    selectTab("measures");
                    measures().select(MeasuresAppView.Measure.TRADE);
                    whenSettled(() -> true, () -> snapshot(stage.getScene(), shot));
                }
                case "trade-mirror" -> {
                    // Mirror statistics with both reporters' growth claims side by side (issue #17).
                    selectTab("measures");
                    MeasuresAppView measures = measures();
                    measures.select(MeasuresAppView.Measure.TRADE);
                    var trade = measures.trade().view().viewModel();
                    trade.kindProperty().set(org.entente.ui.trade.ChartKind.MIRROR);
                    // The mirror years follow from the loaded figures at once; once the load has settled they are all
                    // there are. (Waiting for some failed after two minutes on a library whose figures come from one
                    // reporter per pair, such as the ten-million-event synthetic one: its empty chart is the shot.)
                    whenSettled(() -> true, () -> snapshot(stage.getScene(), shot));
                }
                case "un-votes" -> {
                    // The agreement chart: the library's own roll calls (add them first with `entente datasets add un-votes`).
                    selectTab("measures");
                    MeasuresAppView measures = measures();
                    measures.select(MeasuresAppView.Measure.UN_AGREEMENT);
                    whenSettled(() -> measures.agreement().viewModel().dataProperty().get().table() != null,
                            () -> snapshot(stage.getScene(), shot));
                }
                case "network-un-votes" -> {
                    // UN vote agreement ties at the end of 2019, the last full year of the shipped votes.
                    selectTab("network");
                    NetworkAppView network = window.views().stream().filter(NetworkAppView.class::isInstance)
                            .map(NetworkAppView.class::cast).findFirst().orElseThrow();
                    // after its data are in (a load sets the date to the newest), then once laid out
                    whenSettled(() -> !network.viewModel().nodes().isEmpty(), () -> {
                        // put back afterwards: the shots after it (present-network) wait for the partnership ties
                        var date = network.viewModel().date().get();
                        var kind = network.viewModel().tieKind().get();
                        network.viewModel().date().set(java.time.LocalDate.of(2019, 12, 31));
                        network.viewModel().tieKind().set(org.entente.analysis.TieKind.UN_AGREEMENT);
                        whenSettled(() -> !network.viewModel().isLayingOut(), () -> {
                            network.diagram().finishTransitions();
                            snapshot(stage.getScene(), shot, () -> {
                                network.viewModel().tieKind().set(kind);
                                network.viewModel().date().set(date);
                            });
                        });
                    });
                }
                case "network" -> {
                    selectTab(shot);
                    NetworkAppView network = window.views().stream().filter(NetworkAppView.class::isInstance)
                            .map(NetworkAppView.class::cast).findFirst().orElseThrow();
                    // Its ties come from a query of their own after the nodes: wait for them, then end the fade-in.
                    whenSettled(() -> !network.diagram().getEdges().isEmpty(), () -> {
                        network.diagram().finishTransitions();
                        snapshot(stage.getScene(), shot);
                    });
                }
                case "editor-event" -> {
                    Long id = context.selectedEventId().get();
                    if (id == null) throw new IllegalStateException(I18n.t("shell.screenshots.no-event", SELECTED));
                    context.editing().edit(new RecordRef(RecordKind.EVENT, id));
                    whenSettled(() -> form() != null, () -> {
                        Window form = form();
                        snapshot(form.getScene(), shot);
                        form.hide();
                    });
                }
                case "present" -> {
                    // View › Present is full screen with large type; the shot keeps the window's size.
                    selectTab("timeline");
                    context.largeType().set(true);
                    whenSettled(() -> true, () -> {
                        snapshot(stage.getScene(), shot, () -> context.largeType().set(false));
                    });
                }
                case "present-events", "present-network", "present-trade" -> {
                    // Each view in presentation type, at the window's size (a projector's 1280×800, say).
                    String view = shot.substring("present-".length());
                    if (view.equals("trade")) {
                        selectTab("measures");
                        measures().select(MeasuresAppView.Measure.TRADE);
                    } else {
                        selectTab(view);
                    }
                    context.largeType().set(true);
                    NetworkAppView network = window.views().stream().filter(NetworkAppView.class::isInstance)
                            .map(NetworkAppView.class::cast).findFirst().orElseThrow();
                    whenSettled(() -> !view.equals("network") || !network.diagram().getEdges().isEmpty(), () -> {
                        if (view.equals("network")) network.diagram().finishTransitions();
                        snapshot(stage.getScene(), shot, () -> context.largeType().set(false));
                    });
                }
                case "story" -> {
                    // A story playing, its caption on the timeline: two slides made here of the
                    // window as it is (the selected event on the timeline, then the network), not saved.
                    selectTab("timeline");
                    whenSettled(() -> true, () -> {
                        var timeline = window.captureState();
                        selectTab("network");
                        whenSettled(() -> true, () -> {
                            var network = window.captureState();
                            var player = new org.entente.ui.story.StoryPlayer(window, List.of(
                                    new org.entente.model.Slide(0, SELECTED, "", timeline),
                                    new org.entente.model.Slide(0, I18n.t("shell.screenshots.slide.network"), "", network)));
                            player.play(0, false, false);
                            whenSettled(() -> true, () -> snapshot(stage.getScene(), shot, player::stop));
                        });
                    });
                }
                case "high-contrast" -> {
                    // View › High Contrast Theme on the timeline, whose drawing takes its palette from CSS.
                    selectTab("timeline");
                    org.entente.ui.common.Theme before = context.theme().get();
                    context.theme().set(org.entente.ui.common.Theme.HIGH_CONTRAST);
                    whenSettled(() -> true, () -> snapshot(stage.getScene(), shot, () -> context.theme().set(before)));
                }
                case "type-200" -> {
                    // View › Type Size › 200 % on the timeline: toolbars wrap, the drawing's fonts and rows grow.
                    selectTab("timeline");
                    int before = context.typeScale().get();
                    context.typeScale().set(200);
                    whenSettled(() -> true, () -> snapshot(stage.getScene(), shot, () -> context.typeScale().set(before)));
                }
                case "welcome" -> {
                    Stage welcome = org.entente.ui.help.WelcomeWindow.show(stage, context.library().file(), context);
                    whenSettled(() -> welcome.isShowing(), () -> {
                        snapshot(welcome.getScene(), shot);
                        welcome.hide();
                    });
                }
                case "preferences" -> {
                    window.showPreferences();
                    Stage preferences = window.preferencesWindow().stage();
                    whenSettled(preferences::isShowing, () -> {
                        snapshot(preferences.getScene(), shot);
                        preferences.hide();
                    });
                }
                default -> throw new IllegalArgumentException(shot);
            }
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private MeasuresAppView measures() {
        return window.views().stream().filter(MeasuresAppView.class::isInstance).map(MeasuresAppView.class::cast).findFirst().orElseThrow();
    }

    private void selectTab(String name) {
        String id = "tab-" + AppTab.of(name).orElseThrow(() -> new IllegalStateException(I18n.t("shell.screenshots.no-view", name))).key();
        Tab tab = window.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(I18n.t("shell.screenshots.no-view", name)));
        window.tabs().getSelectionModel().select(tab);
        // A view built just now missed the selection made before it existed: make it again.
        Long selected = context.selectedEventId().get();
        context.selectedEventId().set(null);
        context.selectedEventId().set(selected);
    }

    private Window form() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup("#form-event") != null).findFirst().orElse(null);
    }

    private void snapshot(Scene scene, String name) { snapshot(scene, name, () -> { }); }

    /** Writes the scene to NAME.png, runs {@code afterwards} (undoing the shot's settings), then takes the next shot. */
    private void snapshot(Scene scene, String name, Runnable afterwards) {
        try {
            WritableImage image = scene.snapshot(null);
            Files.createDirectories(outDir);
            Path out = outDir.resolve(name + ".png").toAbsolutePath();
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            written.add(out);
            afterwards.run();
            nextShot();
        } catch (Exception e) {
            done.completeExceptionally(e);
        }
    }

    /**
     * Runs {@code then} once {@code ready} holds, no background task has run for half a second (a
     * view's load may start another) and a frame has been laid out since; gives up after two
     * minutes, so a stuck view fails the tour.
     */
    private void whenSettled(BooleanSupplier ready, Runnable then) {
        QuietWait.until(stage.getScene(), () -> context.tasks().idleProperty().get() && ready.getAsBoolean(), 500, 1200, () -> {
            try {
                then.run();
            } catch (RuntimeException ex) {
                done.completeExceptionally(ex);
            }
        }, () -> done.completeExceptionally(new IllegalStateException(I18n.t("shell.screenshots.not-settled"))));
    }
}

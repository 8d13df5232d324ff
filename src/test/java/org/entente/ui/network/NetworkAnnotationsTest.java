package org.entente.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.entente.controls.network.NetworkEdge;
import org.entente.model.Actor;
import org.entente.model.Note;
import org.entente.model.Partnership;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.ui.common.AppContext;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.shell.MainWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A partnership's notes from the network's side panel, and the network's "My annotations" filter. */
@ExtendWith(ApplicationExtension.class)
class NetworkAnnotationsTest {
    @TempDir static Path dir;
    MainWindowFixture fixture;
    MainWindow window;
    AppContext context;
    NetworkAppView view;


    @Start
    void start(Stage stage) throws Exception {
        fixture = MainWindowFixture.show(stage, 1600, 1000);
        window = fixture.window;
        context = fixture.context;
        Path file = MainWindowFixture.starterCopy(dir);
        view = fixture.view(NetworkAppView.class);
        fixture.selectTab("Network");
        view.viewModel().date().set(LocalDate.of(2024, 7, 1));
        fixture.open(file);
    }

    @AfterEach
    void close() { fixture.closeLibrary(); }

    private void waitForIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.library() != null && context.tasks().idleProperty().get()
                && !view.viewModel().nodes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long actorId(String name) {
        return context.library().actors().all().stream().filter(a -> a.name().equals(name)).map(Actor::id).findFirst().orElseThrow();
    }

    @Test
    void aNoteOnTheClickedPartnershipAndOnlyAnnotatedTiesUnderMyAnnotations(FxRobot robot) throws Exception {
        waitForIdle();
        long vietnam = actorId("Vietnam"), russia = actorId("Russia");
        int allTies = view.viewModel().edges().size();
        assertThat(allTies).isGreaterThan(1);
        Point2D a = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.diagram().nodeLocation(vietnam));
        Point2D b = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.diagram().nodeLocation(russia));
        Point2D onEdge = a.add(b.subtract(a).multiply(0.5));
        robot.clickOn(WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.diagram().localToScreen(onEdge)), MouseButton.PRIMARY);
        waitForIdle();
        NetworkEdge edge = view.diagram().getSelectedEdge();
        assertThat(Set.of(edge.source(), edge.target())).containsExactlyInAnyOrder(vietnam, russia);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#network-annotations #note-add").tryQuery().isPresent());
        assertThat(robot.lookup("#network-annotations #record-origin").queryLabeled().getText()).isEqualTo("Starter library");

        robot.clickOn("#network-annotations #note-add");
        robot.clickOn("#network-annotations #note-editor").write("Upgraded in **2012**");
        robot.clickOn("#network-annotations #note-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#network-annotations .note-bold").tryQuery().isPresent());
        Partnership spell = context.library().partnerships().history(vietnam, russia).stream()
                .filter(p -> p.inForceOn(LocalDate.of(2024, 7, 1))).findFirst().orElseThrow();
        assertThat(context.library().notes().forRecord(new RecordRef(RecordKind.PARTNERSHIP, spell.id())))
                .extracting(Note::text).containsExactly("Upgraded in **2012**");

        robot.clickOn("#network-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().edges().size() == 1);
        NetworkEdge only = view.viewModel().edges().get(0);
        assertThat(Set.of(only.source(), only.target())).containsExactlyInAnyOrder(vietnam, russia);
        robot.clickOn("#network-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().edges().size() == allTies);
        assertThat(List.copyOf(view.viewModel().edges())).hasSize(allTies);
    }

    @Test
    void underMyAnnotationsOnlyTheAnnotatedEventsMakeSharedEventTies(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("#network-ties");
        UnAgreementTiesTest.choose(robot, "Shared events");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().subtitle().get().startsWith("Shared events in"));
        int allTies = view.viewModel().edges().size();
        assertThat(allTies).isGreaterThan(1);
        // An event of the year to the date that exactly two countries took part in.
        LocalDate day = LocalDate.of(2024, 7, 1);
        var library = context.library();
        java.util.Map<Long, Actor> actors = new java.util.HashMap<>();
        for (Actor a : library.actors().all()) actors.put(a.id(), a);
        var event = library.events().inWindow(day.minusYears(1).toEpochDay() + 1, day.toEpochDay() + 1).stream()
                .filter(h -> !"un-vote".equals(h.category()) && h.actorIds().length == 2
                        && java.util.Arrays.stream(h.actorIds()).allMatch(id -> actors.get(id).kind() == org.entente.model.ActorKind.COUNTRY))
                .findFirst().orElseThrow();
        library.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, event.id()), "Shared", List.of(), null, null, null));
        robot.interact(() -> context.libraryChanged());
        waitForIdle();

        robot.clickOn("#network-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().edges().size() == 1);
        NetworkEdge only = view.viewModel().edges().get(0);
        assertThat(Set.of(only.source(), only.target())).containsExactlyInAnyOrder(event.actorIds()[0], event.actorIds()[1]);
        assertThat(only.weight()).isEqualTo(1);
        robot.clickOn("#network-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.viewModel().edges().size() == allTies);
    }
}

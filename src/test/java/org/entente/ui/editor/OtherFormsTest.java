package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.DataQuality;
import org.entente.model.DateRange;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.store.LibraryCounts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each other form, opened from the Edit menu and filled in by typing, saves a valid record. */
class OtherFormsTest extends EditorFixture {
    @Start
    @Override
    void start(javafx.stage.Stage stage) { super.start(stage); }


    @Test
    void newActor(FxRobot robot) throws Exception {
        menu(robot, "New Actor…", "#form-actor");
        LibraryCounts before = counts();
        robot.clickOn("#actor-name").write("Lào");
        robot.clickOn("#actor-iso").write("lao");
        save(robot, "#form-actor");
        assertThat(counts().actors()).isEqualTo(before.actors() + 1);
        Actor laos = context.library().actors().byName("Lào").orElseThrow();
        assertThat(laos.kind()).isEqualTo(ActorKind.COUNTRY);
        assertThat(laos.isoCode()).isEqualTo("LAO");
    }

    @Test
    void newPartnershipWithBothActorsPickedByTyping(FxRobot robot) throws Exception {
        menu(robot, "New Partnership…", "#form-partnership");
        pick(robot, "#partnership-a", "viet", "Vietnam (VNM)");
        pick(robot, "#partnership-b", "rus", "Russia (RUS)");
        choose(robot, "#partnership-level", "Comprehensive strategic partnership");
        robot.clickOn("#partnership-from").write("2012-07");
        save(robot, "#form-partnership");
        Partnership p = context.library().partnerships().all().get(0);
        assertThat(p.pairLabel()).isEqualTo("Vietnam–Russia");
        assertThat(p.level()).isEqualTo(PartnershipLevel.COMPREHENSIVE_STRATEGIC);
        assertThat(p.from()).isEqualTo(EventDate.ofMonth(2012, 7));
        assertThat(p.isOngoing()).isTrue();
    }

    @Test
    void newOngoingPeriod(FxRobot robot) throws Exception {
        menu(robot, "New Period…", "#form-period");
        robot.clickOn("#period-name").write("Đổi Mới");
        robot.clickOn("#period-start").write("1986-12");
        robot.clickOn("#period-ongoing");
        save(robot, "#form-period");
        Period p = context.library().periods().all().stream().filter(x -> x.name().equals("Đổi Mới")).findFirst().orElseThrow();
        assertThat(p.when()).isEqualTo(DateRange.ongoingFrom(EventDate.ofMonth(1986, 12)));
    }

    @Test
    void newTradeFigure(FxRobot robot) throws Exception {
        menu(robot, "New Trade Figure…", "#form-trade-figure");
        pick(robot, "#trade-reporter", "viet", "Vietnam (VNM)");
        pick(robot, "#trade-partner", "rus", "Russia (RUS)");
        robot.clickOn("#trade-year").write("2023");
        robot.clickOn("#trade-value").write("3,630,000,000");
        choose(robot, "#trade-quality", "Approximate (“about $5 bn”)");
        save(robot, "#form-trade-figure");
        TradeFigure f = context.library().trade().all().get(0);
        assertThat(f.reporter().name()).isEqualTo("Vietnam");
        assertThat(f.partner().name()).isEqualTo("Russia");
        assertThat(f.year()).isEqualTo(2023);
        assertThat(f.flow()).isEqualTo(TradeFlow.TOTAL);
        assertThat(f.valueUsd()).isEqualTo(3_630_000_000L);
        assertThat(f.quality()).isEqualTo(DataQuality.APPROXIMATE);
    }

    @Test
    void newSource(FxRobot robot) throws Exception {
        menu(robot, "New Source…", "#form-source");
        LibraryCounts before = counts();
        robot.clickOn("#source-title").write("Việt Nam – Nga ra Tuyên bố chung");
        robot.clickOn("#source-publisher").write("VnExpress");
        robot.clickOn("#source-date").write("2024-06-20");
        robot.clickOn("#source-url").write("https://vnexpress.net/");
        robot.clickOn("#source-accessed").write("2024-06-21");
        save(robot, "#form-source");
        assertThat(counts().sources()).isEqualTo(before.sources() + 1);
        Source s = context.library().sources().all().stream().filter(x -> x.publisher() != null && x.publisher().equals("VnExpress"))
                .findFirst().orElseThrow();
        assertThat(s.title()).isEqualTo("Việt Nam – Nga ra Tuyên bố chung");
        assertThat(s.date()).isEqualTo(EventDate.ofDay(2024, 6, 20));
        assertThat(s.accessed()).isEqualTo(LocalDate.of(2024, 6, 21));
    }

    @Test
    void anUnknownParticipantIsCreatedOnTheSpot(FxRobot robot) throws Exception {
        openNewEventForm(robot);
        LibraryCounts before = counts();
        robot.clickOn("#event-title").write("Phạm Minh Chính in Vientiane");
        robot.clickOn("#event-start").write("2024-10");
        choose(robot, "#event-category", "Meeting");
        pick(robot, "#event-participant-input", "Lào", "Create actor “Lào”…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#form-actor").tryQuery().isPresent());
        assertThat(robot.lookup("#actor-name").queryTextInputControl().getText()).isEqualTo("Lào");
        robot.clickOn("#actor-iso").write("LAO");
        save(robot, "#form-actor");
        assertThat(counts().actors()).isEqualTo(before.actors() + 1);
        assertThat(robot.lookup(".participant-row .label").queryLabeled().getText()).isEqualTo("Lào (LAO)");
        save(robot, "#form-event");
        var stored = context.library().events().byId(context.selectedEventId().get()).orElseThrow();
        assertThat(stored.participants()).extracting(p -> p.actor().name()).containsExactly("Lào");
    }

    @Test
    void downAndEnterOnATypedNamePicksTheExistingActorBeforeTheOfferToCreateIt(FxRobot robot) throws Exception {
        openNewEventForm(robot);
        LibraryCounts before = counts();
        robot.clickOn("#event-participant-input").write("Russia");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> "Russia (RUS)".equals(c.getText())).tryQuery().isPresent());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".participant-row .label").tryQuery().isPresent()
                || robot.lookup("#form-actor").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-actor").tryQuery()).as("no new-actor form").isEmpty();
        assertThat(robot.lookup(".participant-row .label").queryLabeled().getText()).isEqualTo("Russia (RUS)");
        assertThat(counts().actors()).isEqualTo(before.actors());
    }

    @Test
    void enterOnARowEditsTheEvent(FxRobot robot) throws Exception {
        waitForIdle();
        // Enter rather than a double-click: on this shared machine the second click can come after
        // the double-click interval and count as a new single click.
        robot.clickOn("Putin state visit to Hanoi", MouseButton.PRIMARY);
        waitForIdle();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#form-event").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#event-title").queryTextInputControl().getText()).isEqualTo("Putin state visit to Hanoi");
        LibraryCounts before = counts();
        robot.doubleClickOn("#event-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Путин в Ханое");
        save(robot, "#form-event");
        assertThat(counts()).isEqualTo(before);
        assertThat(context.library().events().allHeaders()).extracting(h -> h.title()).contains("Путин в Ханое");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tableTitles(robot).contains("Путин в Ханое"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("table " + tableTitles(robot) + " filter '" + robot.lookup("#events-filter").queryTextInputControl().getText()
                    + "' version " + context.libraryVersion().get() + " idle " + context.tasks().idleProperty().get());
        }
        assertThat(tableTitles(robot)).doesNotContain("Putin state visit to Hanoi");
    }

    @Test
    void aCitedSourceGetsThePageOrParagraphTypedBesideIt(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("Putin state visit to Hanoi", MouseButton.PRIMARY);
        waitForIdle();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#form-event").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        long id = context.selectedEventId().get();
        robot.clickOn(robot.lookup("#form-event .citation-locator").queryTextInputControl()).write("para 4");
        save(robot, "#form-event");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library().events().byId(id).orElseThrow()
                .sources().stream().anyMatch(c -> "para 4".equals(c.locator())));
        assertThat(context.library().events().byId(id).orElseThrow().sources().get(0).locator()).isEqualTo("para 4");
        // One undo takes the locator away again.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library().events().byId(id).orElseThrow()
                .sources().stream().noneMatch(c -> "para 4".equals(c.locator())));
    }
}

package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import atlantafx.base.controls.Message;
import javafx.event.Event;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import org.entente.controls.timeline.TimelineEvent;
import org.entente.controls.timeline.TimelineItem;
import org.entente.model.Actor;
import org.entente.model.DataQuality;
import org.entente.model.EventDate;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.entente.store.LibraryCounts;
import org.entente.ui.timeline.TimelineAppView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Forms opened from the views and the Edit menu, and the edit layer's refusals shown in the form. */
class EditingFromViewsTest extends EditorFixture {
    @Start
    @Override
    void start(javafx.stage.Stage stage) { super.start(stage); }

    private void waitForForm(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void activatingAnEventOnTheTimelineOpensItsForm(FxRobot robot) throws Exception {
        waitForIdle();
        robot.interact(() -> window.tabs().getSelectionModel().select(tab("Timeline")));
        TimelineAppView timeline = (TimelineAppView) window.views().get(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.timeline().getItems().stream()
                .anyMatch(i -> i.title().equals("Xi Jinping in Hanoi")));
        TimelineItem item = timeline.timeline().getItems().stream().filter(i -> i.title().equals("Xi Jinping in Hanoi")).findFirst().orElseThrow();
        // What the control fires on a double-click (or Enter) on an item.
        robot.interact(() -> Event.fireEvent(timeline.timeline(), new TimelineEvent(timeline.timeline(), timeline.timeline(),
                TimelineEvent.ITEM_ACTIVATED, item, null, item.laneKey(), item.startDay(), item.endDay())));
        waitForForm(robot, "#form-event");
        assertThat(robot.lookup("#event-title").queryAs(TextInputControl.class).getText()).isEqualTo("Xi Jinping in Hanoi");
        assertThat(robot.lookup("#event-start").queryAs(TextInputControl.class).getText()).isEqualTo("2023-12-12");
        assertThat(robot.lookup("#event-end").queryAs(TextInputControl.class).getText()).isEqualTo("2023-12-13");
    }

    @Test
    void editSelectedEventFromTheMenu(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("Tô Lâm elected State President");
        waitForIdle();
        menu(robot, "Edit Selected Event…", "#form-event");
        assertThat(robot.lookup("#event-title").queryAs(TextInputControl.class).getText()).isEqualTo("Tô Lâm elected State President");
        assertThat(robot.lookup("#form-delete").query().isVisible()).isTrue();
    }

    @Test
    void aPartnershipEdgeOpensTheSpellInForceOnTheDate(FxRobot robot) throws Exception {
        waitForIdle();
        Actor vn = context.library().actors().byName("Vietnam").orElseThrow();
        Actor ru = context.library().actors().byName("Russia").orElseThrow();
        context.editor().savePartnership(new Partnership(0, vn, ru, PartnershipLevel.STRATEGIC, null,
                EventDate.ofMonth(2001, 3), EventDate.ofMonth(2012, 7), List.of(), null));
        context.editor().savePartnership(new Partnership(0, vn, ru, PartnershipLevel.COMPREHENSIVE_STRATEGIC, null,
                EventDate.ofMonth(2012, 7), null, List.of(), null));
        // What the network view asks for on a double-click on the pair's edge, dated 2005.
        robot.interact(() -> context.editing().editPartnership(ru.id(), vn.id(), java.time.LocalDate.of(2005, 1, 1)));
        waitForForm(robot, "#form-partnership");
        assertThat(robot.lookup("#partnership-from").queryAs(TextInputControl.class).getText()).isEqualTo("2001-03");
        assertThat(robot.lookup("#partnership-until").queryAs(TextInputControl.class).getText()).isEqualTo("2012-07");
    }

    @Test
    void aTradeFigureEditedInItsFormKeepsItsId(FxRobot robot) throws Exception {
        waitForIdle();
        Actor vn = context.library().actors().byName("Vietnam").orElseThrow();
        Actor ru = context.library().actors().byName("Russia").orElseThrow();
        TradeFigure f = context.editor().saveTradeFigure(new TradeFigure(0, vn, ru, 2023, TradeFlow.TOTAL, 3_600_000_000L, DataQuality.REPORTED, null));
        // What the trade chart asks for on a double-click on the figure's point.
        robot.interact(() -> context.editing().edit(new RecordRef(RecordKind.TRADE_FIGURE, f.id())));
        waitForForm(robot, "#form-trade-figure");
        robot.doubleClickOn("#trade-value").eraseText(20).write("3,630,000,000");
        save(robot, "#form-trade-figure");
        assertThat(context.library().trade().byId(f.id()).orElseThrow().valueUsd()).isEqualTo(3_630_000_000L);
    }

    @Test
    void aRefusedDeleteIsShownInTheFormAndChangesNothing(FxRobot robot) throws Exception {
        waitForIdle();
        Actor vn = context.library().actors().byName("Vietnam").orElseThrow();
        LibraryCounts before = counts();
        robot.interact(() -> context.editing().edit(new RecordRef(RecordKind.ACTOR, vn.id())));
        waitForForm(robot, "#form-actor");
        robot.clickOn("#form-delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#form-delete-confirm").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#form-delete-confirm").queryAs(DialogPane.class);
        robot.clickOn(confirm.lookupButton(confirm.getButtonTypes().get(0)));
        waitForIdle();
        Message error = robot.lookup("#form-save-error").queryAs(Message.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, error::isVisible);
        assertThat(error.getDescription()).contains("Cannot delete").contains("Vietnam").contains("3 events");
        assertThat(robot.lookup("#form-actor").tryQuery()).as("the form stays open").isPresent();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theDetailPanesEditButtonOpensTheSelectedEvent(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("Xi Jinping in Hanoi");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-edit").tryQuery().isPresent());
        robot.clickOn("#detail-edit");
        waitForForm(robot, "#form-event");
        assertThat(robot.lookup("#event-title").queryAs(TextInputControl.class).getText()).isEqualTo("Xi Jinping in Hanoi");
    }
}

package org.entente.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.DataQuality;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;

/**
 * The mirror chart's notes for a pair without totals from either side (each reports exports only,
 * as in the ten-million-event synthetic library): each note once.
 */
class MirrorNotesTest {
    private static final Actor VN = new Actor(1, "Việt Nam", ActorKind.COUNTRY, "VNM", null);
    private static final Actor RU = new Actor(2, "Россия", ActorKind.COUNTRY, "RUS", null);

    @Test
    void aPairWithoutTotalsIsToldSoOnceForEachReasonNotTwice() {
        TradePair pair = new TradePair(VN, RU);
        List<TradeFigure> exportsOnly = List.of(
                new TradeFigure(1, VN, RU, 2023, TradeFlow.EXPORT, 3_600_000_000L, DataQuality.REPORTED, null),
                new TradeFigure(2, RU, VN, 2023, TradeFlow.EXPORT, 1_200_000_000L, DataQuality.REPORTED, null));
        TradeChartModel model = TradeChartModel.build(exportsOnly, List.of(),
                new TradeChartSettings(ChartKind.MIRROR, List.of(pair), false, 2023, pair, pair, pair, MirrorSide.BOTH, false));

        assertThat(model.notes()).doesNotHaveDuplicates()
                .contains(I18n.t("measures.note.mirror-no-common-year", VN.name(), RU.name()),
                        I18n.t("measures.note.no-total", VN.name(), RU.name()), I18n.t("measures.note.no-total", RU.name(), VN.name()));
    }
}

package org.entente.ui.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.entente.analysis.trade.GrowthClaim;
import org.entente.analysis.trade.MirrorYear;
import org.entente.exchange.ChangePercent;
import org.entente.i18n.I18n;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.TradeFigure;

/**
 * The mirror view's table of both reporters' word on each year, newest first: each side's level,
 * and its growth, marked in words as "reported" (a claim the reporter published) or "computed from
 * levels" (from its own levels for the year and the year before). A tooltip names the claim's
 * source and the levels a computed growth comes from.
 */
final class GrowthTable {
    private final TableView<MirrorYear> table = new TableView<>();
    private final TableColumn<MirrorYear, String> first = new TableColumn<>(), second = new TableColumn<>();
    private java.util.function.Consumer<org.entente.model.TradeChange> onClaimActivated = c -> { };

    GrowthTable() {
        table.setId("trade-growth");
        table.getStyleClass().add("trade-growth");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label(I18n.t("measures.growth.empty")));
        TableColumn<MirrorYear, String> year = new TableColumn<>(I18n.t("measures.axis.year"));
        year.setCellValueFactory(d -> new SimpleStringProperty(Integer.toString(d.getValue().year())));
        year.setPrefWidth(60);
        year.setMinWidth(56); // "2023" whole, never "2…"
        year.setId("trade-growth-year");
        fill(first, MirrorYear::byFirst, "first");
        fill(second, MirrorYear::bySecond, "second");
        table.getColumns().setAll(List.of(year, first, second));
    }

    TableView<MirrorYear> node() { return table; }

    /** Called with the reported change under a double-clicked growth cell (to open it in its form). */
    void setOnClaimActivated(java.util.function.Consumer<org.entente.model.TradeChange> action) {
        onClaimActivated = action == null ? c -> { } : action;
    }

    /** Shows a pair's years; the reporters' names head their columns. */
    void show(TradePair pair, List<MirrorYear> years) {
        first.setText(pair == null ? "" : I18n.t("measures.growth.column.reporter", pair.home().name()));
        second.setText(pair == null ? "" : I18n.t("measures.growth.column.reporter", pair.partner().name()));
        table.getItems().setAll(years);
    }

    private void fill(TableColumn<MirrorYear, String> parent, Function<MirrorYear, GrowthClaim> side, String id) {
        TableColumn<MirrorYear, String> level = new TableColumn<>(I18n.t("measures.growth.column.level"));
        level.setId("trade-growth-" + id + "-level");
        level.setCellValueFactory(d -> new SimpleStringProperty(levelText(side.apply(d.getValue()))));
        level.setPrefWidth(125);
        level.setMinWidth(120); // "không có số liệu" whole
        level.getStyleClass().add("numeric");
        TableColumn<MirrorYear, String> growth = new TableColumn<>(I18n.t("measures.growth.column.growth"));
        growth.setId("trade-growth-" + id + "-growth");
        growth.setCellValueFactory(d -> new SimpleStringProperty(growthText(side.apply(d.getValue()))));
        growth.setPrefWidth(220);
        growth.setMinWidth(150);
        growth.setCellFactory(c -> new TableCell<>() {
            {
                setOnMouseClicked(e -> {
                    MirrorYear row = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
                    if (e.getClickCount() == 2 && row != null && side.apply(row).reported() != null)
                        onClaimActivated.accept(side.apply(row).reported());
                });
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                MirrorYear row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                String tip = row == null ? null : growthTip(side.apply(row));
                setTooltip(tip == null ? null : new Tooltip(tip));
            }
        });
        parent.getColumns().setAll(List.of(level, growth));
    }

    /** "US$3.63 bn", "US$2 bn (approximate)", or "no level". */
    static String levelText(GrowthClaim c) {
        if (c.level() == null) return I18n.t("measures.growth.no-level");
        String usd = I18n.usdBillions(c.level().valueUsd(), 2);
        return flagged(usd, c.level().quality());
    }

    /** "+2.3% (reported)" over "+2.25% (computed from levels)" (two lines: a row grows to hold both), one of them, or "no growth figure". */
    static String growthText(GrowthClaim c) {
        List<String> parts = new ArrayList<>(2);
        if (c.reported() != null)
            parts.add(I18n.t("measures.growth.reported", flagged(ChangePercent.show(c.reported().changePercent()), c.reported().quality())));
        if (c.computedPercent() != null)
            parts.add(I18n.t("measures.growth.computed", ChangePercent.show(twoDecimals(c.computedPercent()))));
        return switch (parts.size()) {
            case 0 -> I18n.t("measures.growth.none");
            case 1 -> parts.get(0);
            default -> I18n.t("measures.growth.both", parts.get(0), parts.get(1));
        };
    }

    /** Where the growth figures come from: the claim's source, and the two levels a computed growth is worked out from. */
    static String growthTip(GrowthClaim c) {
        List<String> lines = new ArrayList<>(2);
        if (c.reported() != null) {
            Citation s = c.reported().source();
            lines.add(I18n.t("measures.growth.tip.reported", c.reporter().name(), ChangePercent.show(c.reported().changePercent()),
                    Integer.toString(c.year()), s == null ? I18n.t("measures.growth.tip.no-source") : sourceText(s)));
        }
        if (c.computedPercent() != null)
            lines.add(I18n.t("measures.growth.tip.computed", c.reporter().name(), levelAndYear(c.previousLevel()), levelAndYear(c.level())));
        else if (c.level() != null)
            lines.add(I18n.t("measures.growth.tip.no-previous", c.reporter().name(), Integer.toString(c.year() - 1)));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String levelAndYear(TradeFigure f) {
        return I18n.t("measures.growth.tip.level", I18n.usdBillions(f.valueUsd(), 2), Integer.toString(f.year()));
    }

    private static String sourceText(Citation s) {
        String c = s.source().citation();
        if (s.source().url() != null) c += " " + s.source().url();
        return s.locator() == null ? c : I18n.t("measures.growth.tip.locator", c, s.locator());
    }

    private static String flagged(String text, DataQuality quality) {
        return quality == DataQuality.REPORTED ? text : I18n.t("measures.growth.flagged", text, TradeChartModel.qualityName(quality));
    }

    /** A computed growth to two decimals at most (the levels rarely carry more). */
    private static BigDecimal twoDecimals(BigDecimal percent) {
        BigDecimal r = percent.setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}

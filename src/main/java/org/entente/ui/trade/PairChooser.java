package org.entente.ui.trade;

import java.util.List;
import java.util.function.BiPredicate;

import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

import org.entente.i18n.I18n;
import org.entente.model.Actor;

/**
 * Choosing pairs of countries as the agreement and coded-events charts do: two country boxes and
 * Add pair, and the chosen pairs as chips that remove themselves when clicked. Ids are the view's
 * prefix and "-first", "-second", "-add", "-pairs".
 */
final class PairChooser {
    final ComboBox<Actor> first = new ComboBox<>(), second = new ComboBox<>();
    final Button add = new Button(I18n.t("measures.agreement.add-pair"));
    final FlowPane chips = new FlowPane();
    private final ObservableList<AgreementViewModel.Pair> chosen;

    PairChooser(String idPrefix, ObservableList<AgreementViewModel.Pair> chosen, BiPredicate<Actor, Actor> addPair) {
        this.chosen = chosen;
        StringConverter<Actor> names = new StringConverter<>() {
            @Override
            public String toString(Actor a) { return a == null ? "" : a.name(); }

            @Override
            public Actor fromString(String s) {
                return first.getItems().stream().filter(a -> a.name().equalsIgnoreCase(s.strip())).findFirst().orElse(null);
            }
        };
        for (ComboBox<Actor> box : List.of(first, second)) {
            box.setConverter(names);
            box.setVisibleRowCount(14);
        }
        first.setId(idPrefix + "-first");
        second.setId(idPrefix + "-second");
        first.setPromptText(I18n.t("measures.agreement.first"));
        second.setPromptText(I18n.t("measures.agreement.second"));
        add.setId(idPrefix + "-add");
        add.disableProperty().bind(first.valueProperty().isNull().or(second.valueProperty().isNull()));
        add.setOnAction(e -> {
            addPair.test(first.getValue(), second.getValue());
            second.setValue(null);
        });
        chips.setId(idPrefix + "-pairs");
        chips.getStyleClass().add("trade-choices");
    }

    /** The countries both boxes offer. */
    void setCountries(List<Actor> countries) {
        first.getItems().setAll(countries);
        second.getItems().setAll(countries);
    }

    /** Shows the chosen pairs as chips. */
    void showChips() {
        chips.getChildren().clear();
        chips.getChildren().add(new Label(I18n.t("measures.pairs")));
        for (AgreementViewModel.Pair p : chosen) {
            Button remove = new Button(p.label() + "  ×");
            remove.getStyleClass().add("agreement-pair");
            remove.setAccessibleText(I18n.t("measures.agreement.remove-pair", p.label()));
            remove.setOnAction(e -> chosen.remove(p));
            chips.getChildren().add(remove);
        }
    }

    /**
     * Widens {@code table}'s columns with the type size, as the trade table does ({@link TradeView#columnFactor}):
     * their widths are set in pixels for 100 %, and at 200 % on 1280×800 every header was cut to "…".
     * The table then scrolls sideways rather than squeeze them.
     */
    static void widenWithType(javafx.scene.control.TableView<?> table, javafx.beans.value.ObservableIntegerValue typeScale) {
        java.util.Map<javafx.scene.control.TableColumn<?, ?>, Double> widths = new java.util.HashMap<>();
        for (javafx.scene.control.TableColumn<?, ?> c : table.getColumns()) widths.put(c, c.getPrefWidth());
        Runnable apply = () -> {
            double f = TradeView.columnFactor(typeScale.get());
            for (javafx.scene.control.TableColumn<?, ?> c : table.getColumns()) c.setPrefWidth(widths.get(c) * f);
        };
        typeScale.addListener((o, was, size) -> apply.run());
        apply.run();
    }

    /** A text column of the views' tables; numbers right-aligned. */
    static TableColumn<AgreementView.Row, String> column(String title, java.util.function.Function<AgreementView.Row, String> value, double width, boolean numeric) {
        TableColumn<AgreementView.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        if (numeric) c.getStyleClass().add("numeric");
        return c;
    }
}

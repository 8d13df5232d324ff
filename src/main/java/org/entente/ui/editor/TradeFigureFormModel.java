package org.entente.ui.editor;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import javafx.beans.property.StringProperty;
import org.entente.i18n.I18n;
import org.entente.model.TradeFigure;

/** The trade figure form: one year's trade between two actors as the reporter states it. */
public final class TradeFigureFormModel extends TradeFormModel<TradeFigure> {
    public static final String VALUE = "value";

    public TradeFigureFormModel(TradeFigure f) {
        super(f == null ? 0 : f.id(), "editor.heading.new-trade-figure", "editor.heading.edit-trade-figure",
                VALUE, "editor.rule.trade.value.required");
        if (f != null) load(f.reporter(), f.partner(), f.year(), f.flow(), I18n.integer(f.valueUsd()), f.quality(), f.source());
        watchFields();
    }

    @Override
    protected String amountProblem(String text) { return valueProblem(text, I18n.locale()); }

    /** The example value of the prompt and messages, written as the interface writes numbers. */
    static String example() { return I18n.integer(3_630_000_000L); }

    /** Why {@code text} is not a value to save, in the interface's language, or null when it is one. */
    static String valueProblem(String text, Locale locale) {
        String other = otherGrouping(text, locale);
        if (other != null) return I18n.t("editor.rule.trade.value.ambiguous", text.strip(), I18n.integer(Long.parseLong(other)));
        Long v = parseValue(text, locale);
        return v == null ? I18n.t("editor.rule.trade.value.number", example())
                : v < 0 ? I18n.t("editor.rule.trade.value.negative") : null;
    }

    private static final Pattern CURRENCY = Pattern.compile("^(?:US\\$|\\$)|USD$", Pattern.CASE_INSENSITIVE);

    /** The digits of {@code text} without a dollar sign, "USD" or spaces (as typed, or as the interface groups thousands). */
    private static String bare(String text) {
        return CURRENCY.matcher(text.strip()).replaceAll("").replaceAll("[\\s_\\u00a0\\u202f]", "");
    }

    /**
     * Whole dollars as a user of {@code locale} writes them: digits, grouped in threes by the
     * language's separator ("3,630,000,000" in English, "3.630.000.000" in Vietnamese) or by
     * spaces, with an optional "$", "US$" or "USD"; null when not a whole number.
     */
    static Long parseValue(String text, Locale locale) {
        String t = bare(text);
        char group = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        if (grouped(t, group)) t = t.replace(Character.toString(group), "");
        if (!t.matches("-?\\d{1,18}")) return null;
        return Long.parseLong(t);
    }

    /**
     * The digits of {@code text} when it is grouped in threes by the mark that is the decimal
     * separator in {@code locale} ("3,630,000,000" in Vietnamese, "3.630.000.000" in English): a
     * number written the other language's way, which this one would read as a fraction; else null.
     */
    static String otherGrouping(String text, Locale locale) {
        String t = bare(text);
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        if (!grouped(t, decimal)) return null;
        String digits = t.replace(Character.toString(decimal), "");
        return digits.matches("-?\\d{1,18}") ? digits : null;
    }

    private static boolean grouped(String t, char separator) {
        return t.matches("-?\\d{1,3}(?:" + Pattern.quote(Character.toString(separator)) + "\\d{3})+");
    }

    @Override
    protected TradeFigure create() {
        return new TradeFigure(id(), reporter().get(), partner().get(), yearNumber(), flow().get(),
                parseValue(value().get(), I18n.locale()), quality().get(), source().get());
    }

    public StringProperty value() { return amount(); }
}

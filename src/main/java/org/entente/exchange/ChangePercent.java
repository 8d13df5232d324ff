package org.entente.exchange;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.entente.i18n.I18n;

/**
 * A reported change of trade written as text: {@code 2.3}, {@code +2.3}, {@code +2.3 %},
 * {@code -35%}, {@code −4.1 %}. Read into a {@link BigDecimal} exactly as written (2.3 stays 2.3).
 * A comma is refused rather than guessed: "2,3 %" is 2.3 in Vietnamese or French writing but
 * 23 in a file that groups thousands, and a silent tenfold error in a growth claim is worse than a
 * question.
 */
public final class ChangePercent {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private ChangePercent() {}

    /**
     * The percentage in {@code cell}.
     *
     * @throws IllegalArgumentException with a message for the user (in the interface language) naming the text
     */
    public static BigDecimal parse(String cell) {
        if (cell == null || cell.isBlank()) throw new IllegalArgumentException(I18n.t("exchange.change.empty"));
        String v = cell.strip().replace('\u2212', '-').replace("\u00a0", " ").replace("\u202f", " ");
        if (v.endsWith("%")) v = v.substring(0, v.length() - 1).strip();
        v = v.replace(" ", "");
        if (v.indexOf(',') >= 0)
            throw new IllegalArgumentException(I18n.t("exchange.change.comma", cell.strip(), v.replace(',', '.')));
        if (!NUMBER.matcher(v).matches()) throw new IllegalArgumentException(I18n.t("exchange.change.not-a-percentage", cell.strip()));
        return new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
    }

    /** How a file writes a change: plain, with a point, no sign for a rise and no '%' ("2.3", "-35"). */
    public static String write(BigDecimal percent) { return percent.toPlainString(); }

    /** A change for people, in the interface language, signed: "+2.3%", "−35%"; "+2,3%" in Vietnamese. */
    public static String show(BigDecimal percent) {
        String digits = I18n.decimal(percent.abs().doubleValue(), Math.max(0, percent.scale()));
        String sign = percent.signum() > 0 ? "+" : percent.signum() < 0 ? "\u2212" : "";
        return I18n.t("common.percent", sign + digits);
    }
}

package org.entente.exchange;

import java.util.List;

import org.entente.i18n.I18n;
import org.entente.model.DateParseException;
import org.entente.model.EventDate;

/**
 * A date that could not be read, said in the interface's language: the model's
 * {@link DateParseException} writes English only (the model knows no bundles), and says what is
 * wrong by its {@link DateParseException#kind kind} and arguments, which are written out here.
 */
public final class DateProblems {
    private DateProblems() {}

    /** {@code "2024-13-40" is not a date: month 13}, or its Vietnamese. */
    public static String message(DateParseException e) {
        return I18n.t("exchange.date.not-a-date", e.input(), reason(e));
    }

    /** What is wrong without the quoted date: {@code month 13}, {@code the end day 31 (June 2024 has 30 days)}. */
    public static String reason(DateParseException e) {
        List<Object> a = e.args();
        String detail = switch (e.kind()) {
            case EMPTY -> I18n.t("exchange.date.empty");
            case FORMAT -> I18n.t("exchange.date.format");
            case NO_YEAR_ZERO -> I18n.t("exchange.date.no-year-zero");
            case MONTH -> I18n.t("exchange.date.month", String.valueOf(a.get(0)));
            case DAY -> I18n.t("exchange.date.day", String.valueOf(a.get(0)),
                    EventDate.ofMonth((Integer) a.get(1), (Integer) a.get(2)).display(I18n.locale()), String.valueOf(a.get(3)));
            case END_BEFORE_START -> I18n.t("exchange.date.end-before-start", a.get(0), a.get(1));
            case OTHER -> e.detail();
        };
        if (e.side() == null) return detail;
        return "end".equals(e.side()) ? I18n.t("exchange.date.in-end", detail) : I18n.t("exchange.date.in-start", detail);
    }

    /**
     * The message of a date or range the model refused: a {@link DateParseException} in the
     * interface's language, anything else as {@link ModelMessages} says it.
     */
    public static String message(IllegalArgumentException e) {
        return e instanceof DateParseException d ? message(d) : ModelMessages.of(e);
    }
}

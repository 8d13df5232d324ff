package org.entente.ui.editor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.i18n.I18n;
import org.entente.model.DateParseException;
import org.entente.model.EventDate;

/** The date rules every form shares, saying in the interface's language what the model's parser refused. */
final class DateRules {
    private DateRules() {}

    /** What a date field may hold, shown as its prompt: the same in every language. */
    static final String PROMPT = "2024, 2024-06, 2024-06-19, ~2001, -0044-03-15";

    /** The parts of a date text as {@link EventDate#parse} reads them, to name the wrong part. */
    private static final Pattern PARTS = Pattern.compile("(~)?(-)?(\\d{1,5})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /**
     * The message for a date text: {@code requiredKey}'s text when it is empty and required, or
     * what is wrong with it; null when fine.
     */
    static String date(String text, boolean required, String requiredKey) {
        if (FormModel.blank(text)) return required ? I18n.t(requiredKey) : null;
        try {
            EventDate.parse(text);
            return null;
        } catch (DateParseException e) {
            return message(e);
        }
    }

    /** {@code e} in the interface's language; the model's own (English) message for a case it does not know. */
    static String message(DateParseException e) {
        Matcher m = PARTS.matcher(e.input().strip());
        switch (e.part()) {
            case "format":
                return I18n.t("editor.rule.date.format", e.input());
            case "year":
                return I18n.t("editor.rule.date.year-zero", e.input());
            case "month":
                if (m.matches() && m.group(4) != null) return I18n.t("editor.rule.date.month", e.input(), Integer.toString(Integer.parseInt(m.group(4))));
                break;
            case "day":
                if (m.matches() && m.group(5) != null) {
                    int year = Integer.parseInt(m.group(3)) * (m.group(2) != null ? -1 : 1);
                    int month = Integer.parseInt(m.group(4));
                    int days = YearMonth.of(EventDate.astronomicalYear(year), month).lengthOfMonth();
                    return I18n.t("editor.rule.date.day", e.input(), Integer.toString(Integer.parseInt(m.group(5))),
                            EventDate.ofMonth(year, month).display(I18n.locale()), Integer.toString(days));
                }
                break;
            default:
                break;
        }
        return e.getMessage();
    }

    /** The parsed date, or null when the text is empty or not a date. */
    static EventDate parse(String text) {
        if (FormModel.blank(text)) return null;
        try {
            return EventDate.parse(text);
        } catch (DateParseException e) {
            return null;
        }
    }

    /** The message when {@code end} finishes before {@code start} begins (both parsed, or null to skip). */
    static String order(EventDate start, EventDate end) {
        if (start == null || end == null) return null;
        return end.endDay() <= start.firstDay() ? I18n.t("editor.rule.date.order", end.toString(), start.toString()) : null;
    }

    /** An optional ISO day (yyyy-mm-dd), e.g. when a source was accessed; {@code messageKey}'s text when it is not one. */
    static String isoDay(String text, String messageKey) {
        if (FormModel.blank(text)) return null;
        try {
            LocalDate.parse(text.strip());
            return null;
        } catch (DateTimeParseException e) {
            return I18n.t(messageKey);
        }
    }
}

package org.entente.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.entente.model.DateParseException;
import org.entente.model.EventDate;

/** The date rules every form shares, with the model's own parse messages. */
final class DateRules {
    private DateRules() {}

    /** What a date field may hold, shown as its prompt. */
    static final String PROMPT = "2024, 2024-06, 2024-06-19, ~2001, -0044-03-15";

    /** The message for a date text: required and empty, or what {@link EventDate#parse} says is wrong; null when fine. */
    static String date(String text, boolean required, String what) {
        if (FormModel.blank(text)) return required ? what + " is required" : null;
        try {
            EventDate.parse(text);
            return null;
        } catch (DateParseException e) {
            return e.getMessage();
        }
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
        return end.endDay() <= start.firstDay() ? "The end " + end + " is before the start " + start : null;
    }

    /** An optional ISO day (yyyy-mm-dd), e.g. when a source was accessed. */
    static String isoDay(String text, String what) {
        if (FormModel.blank(text)) return null;
        try {
            LocalDate.parse(text.strip());
            return null;
        } catch (DateTimeParseException e) {
            return what + " must be a day like 2024-06-19";
        }
    }
}

package org.entente.ui.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.entente.i18n.I18n;
import org.entente.model.EventDate;

/**
 * Moments the interface shows (when a note was written, when a change was made), in the interface
 * language and the computer's time zone: the day as the model writes dates ("19 June 2024",
 * "19 tháng 6 năm 2024", not java.time's month names, which are wrong for Vietnamese) and the time
 * on the 24-hour clock both languages use.
 */
public final class DateTimes {
    private DateTimes() {}

    /** "19 June 2024, 14:05" or "14:05 ngày 19 tháng 6 năm 2024". */
    public static String dateTime(Instant at) { return dateTime(LocalDateTime.ofInstant(at, ZoneId.systemDefault())); }

    /** As {@link #dateTime(Instant)}, for a local date and time. */
    public static String dateTime(LocalDateTime at) {
        return I18n.t("shell.time.date-time", EventDate.of(at.toLocalDate()).display(I18n.locale()),
                at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(I18n.locale())));
    }

    /** The time of day with seconds: "14:05:33". */
    public static String time(Instant at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(I18n.locale()).withZone(ZoneId.systemDefault()).format(at);
    }
}

package org.entente.model;

import java.util.List;

/**
 * A date text that does not name a real date; the message says which part is wrong.
 *
 * <p>The message is English (the model knows no other language); {@link #kind} and {@link #args}
 * say the same for code that writes it in the interface's language (the exchange package's
 * {@code DateProblems}).
 */
public final class DateParseException extends IllegalArgumentException {
    /** What is wrong with the date, so that it can be said in another language. */
    public enum Kind {
        /** The text is empty. */
        EMPTY,
        /** Not YYYY, YYYY-MM or YYYY-MM-DD. */
        FORMAT,
        /** Year 0, which the calendar does not have. */
        NO_YEAR_ZERO,
        /** A month outside 1–12; args: the month. */
        MONTH,
        /** A day that the month does not have; args: the day, the year, the month, the month's days. */
        DAY,
        /** A range that ends before it starts; args: the end and the start, as their text. */
        END_BEFORE_START,
        /** Another reason, given as text by the code that threw it. */
        OTHER
    }

    private static final String NOT_A_DATE = "is not a date: ";

    private final String input;
    private final String part;
    private final Kind kind;
    private final List<Object> args;
    private final String detail;
    private final String side;

    /** A date that is wrong for {@code reason}, already written out (its kind is {@link Kind#OTHER}). */
    public DateParseException(String input, String part, String reason) {
        this(input, part, Kind.OTHER, reason, null, List.of());
    }

    /** A date that is wrong for a reason of a known {@code kind}; {@code reason} is its English text. */
    public DateParseException(String input, String part, Kind kind, String reason, Object... args) {
        this(input, part, kind, reason, null, List.of(args));
    }

    private DateParseException(String input, String part, Kind kind, String detail, String side, List<Object> args) {
        super('"' + input + "\" " + NOT_A_DATE + (side == null ? detail : "the " + side + " " + detail));
        this.input = input;
        this.part = part;
        this.kind = kind;
        this.detail = detail;
        this.side = side;
        this.args = args;
    }

    /** The text that was parsed. */
    public String input() { return input; }

    /** The part that is wrong: "year", "month", "day", "range" or "format". */
    public String part() { return part; }

    /** What is wrong, for messages in another language. */
    public Kind kind() { return kind; }

    /** The values the reason names (see {@link Kind}). */
    public List<Object> args() { return args; }

    /** "start" or "end" when the wrong date is one side of a range, else null. */
    public String side() { return side; }

    /** The reason alone, without the quoted input and without the side of a range. */
    public String detail() { return detail; }

    /** The reason alone, without the quoted input, for messages that quote it themselves. */
    public String reason() {
        String m = getMessage();
        return m.substring(m.indexOf(NOT_A_DATE) + NOT_A_DATE.length());
    }

    /** The same problem as the {@code side} ("start" or "end") of the range written {@code whole}. */
    public DateParseException inRange(String whole, String side) {
        return new DateParseException(whole, part, kind, detail, side, args);
    }

    /** The same problem, for the date as it was written elsewhere ({@code input}). */
    public DateParseException forInput(String input) {
        return new DateParseException(input, part, kind, detail, this.side, args);
    }
}

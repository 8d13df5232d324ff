package org.entente.model;

/** A date text that does not name a real date; the message says which part is wrong. */
public final class DateParseException extends IllegalArgumentException {
    private final String input;
    private final String part;

    public DateParseException(String input, String part, String reason) {
        super('"' + input + "\" is not a date: " + reason);
        this.input = input;
        this.part = part;
    }

    /** The text that was parsed. */
    public String input() { return input; }

    /** The part that is wrong: "year", "month", "day", "range" or "format". */
    public String part() { return part; }

    /** The reason alone, without the quoted input, for messages that quote it themselves. */
    public String reason() {
        String m = getMessage();
        return m.substring(m.indexOf("is not a date: ") + "is not a date: ".length());
    }
}

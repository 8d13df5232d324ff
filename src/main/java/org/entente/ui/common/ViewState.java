package org.entente.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and writing the text fields of a slide's state ({@link AppView#captureState()}). Lists
 * are one item per line, as names hold commas ("Korea, Republic of") but never line breaks.
 */
public final class ViewState {
    private ViewState() { }

    /**
     * Not saved with a slide: put in the state handed to {@code restoreState} by whoever wants the
     * views to jump rather than move ("none", as an export taking pictures of slides does).
     */
    public static final String TRANSITION = "transition";

    /** The items as one text, one per line. */
    public static String lines(Collection<String> items) { return String.join("\n", items); }

    /** The items of a field written by {@link #lines(Collection)}; none when the field is absent or empty. */
    public static List<String> lines(Map<String, String> state, String name) {
        String v = state.get(name);
        return v == null || v.isEmpty() ? List.of() : List.of(v.split("\n", -1));
    }

    /** A number field, if present and a number. */
    public static Optional<Double> number(Map<String, String> state, String name) {
        try {
            return Optional.ofNullable(state.get(name)).map(Double::valueOf).filter(d -> !d.isNaN() && !d.isInfinite());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date field (ISO, 2023-09-10), if present and a date. */
    public static Optional<LocalDate> date(Map<String, String> state, String name) {
        try {
            return Optional.ofNullable(state.get(name)).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A true/false field, if present. */
    public static Optional<Boolean> flag(Map<String, String> state, String name) {
        return Optional.ofNullable(state.get(name)).map(Boolean::valueOf);
    }

    /** An enum field by constant name, if present and one of {@code type}'s constants. */
    public static <E extends Enum<E>> Optional<E> choice(Map<String, String> state, String name, Class<E> type) {
        String v = state.get(name);
        if (v == null) return Optional.empty();
        for (E e : type.getEnumConstants()) if (e.name().equals(v)) return Optional.of(e);
        return Optional.empty();
    }
}

package org.entente.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * An event whose long texts (title, place, summary) stay in UTF-8, as the library stores them, for
 * an export that writes them straight out again: a million events then cost no decoding into
 * Strings and no encoding back (issue #15). The texts are tidied exactly as {@link Event} tidies
 * them (the title on one line without white space around it, a blank place or summary null, and
 * bytes that are not UTF-8 read as U+FFFD, as {@code new String(bytes, UTF_8)} reads them), so
 * each array holds the UTF-8 of the same {@link Event}'s text; most texts are tidy already and are
 * only looked at, byte by byte. The arrays are the record's own: nothing may change them.
 *
 * @param title   the title's UTF-8
 * @param place   the place's UTF-8, or null
 * @param summary the summary's UTF-8, or null
 * @see Event for the other components
 */
public record Utf8Event(long id, byte[] title, DateRange when, Category category, List<Participant> participants,
                        byte[] place, byte[] summary, int importance, List<String> tags, List<Citation> sources) {

    public Utf8Event {
        title = isTidy(title, true) ? title : utf8(Event.tidyTitle(text(title)));
        if (when == null) throw new IllegalArgumentException("an event needs a date");
        if (category == null) category = Category.OTHER;
        if (importance < Event.MIN_IMPORTANCE || importance > Event.MAX_IMPORTANCE)
            throw new IllegalArgumentException("importance " + importance + " is not 1–5");
        if (place != null && !isTidy(place, false)) place = utf8(Source.blankToNull(text(place)));
        if (summary != null && !isTidy(summary, false)) summary = utf8(Source.blankToNull(text(summary)));
        participants = participants == null ? List.of() : List.copyOf(participants);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The same event with its texts as Strings. */
    public Event toEvent() {
        return new Event(id, text(title), when, category, participants, text(place), text(summary), importance, tags, sources);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Event u && id == u.id && Arrays.equals(title, u.title) && when.equals(u.when)
                && category.equals(u.category) && participants.equals(u.participants) && Arrays.equals(place, u.place)
                && Arrays.equals(summary, u.summary) && importance == u.importance && tags.equals(u.tags) && sources.equals(u.sources);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Arrays.hashCode(title);
    }

    @Override
    public String toString() {
        return "Utf8Event[" + toEvent() + "]";
    }

    private static String text(byte[] utf8) { return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8); }

    private static byte[] utf8(String text) { return text == null ? null : text.getBytes(StandardCharsets.UTF_8); }

    /**
     * Whether {@code b} is well-formed UTF-8 that the String path would keep as it is: not empty,
     * no white space (as {@link String#strip} sees it) at either end and, for a title, no control
     * character ({@link Character#isISOControl}: U+0000–U+001F, U+007F–U+009F). When in doubt it
     * says no, and the caller tidies the decoded String instead.
     */
    static boolean isTidy(byte[] b, boolean oneLine) {
        int n = b == null ? 0 : b.length;
        if (n == 0) return false;
        for (int i = 0; i < n; ) {
            int x = b[i];
            if (x >= 0) {
                if (oneLine && (x < 0x20 || x == 0x7F)) return false;
                i++;
                continue;
            }
            int length = sequenceLength(b, i, n);
            if (length == 0) return false;
            if (oneLine && x == (byte) 0xC2 && (b[i + 1] & 0xFF) < 0xA0) return false; // U+0080–U+009F
            i += length;
        }
        int last = n - 1;
        while ((b[last] & 0xC0) == 0x80) last--;
        return !Character.isWhitespace(codePointAt(b, 0)) && !Character.isWhitespace(codePointAt(b, last));
    }

    /**
     * The length of the well-formed UTF-8 sequence that starts with the non-ASCII byte at {@code i},
     * or 0 (the Unicode Standard's table 3-7, which Java's decoder follows: no overlong forms, no
     * surrogates, nothing above U+10FFFF).
     */
    private static int sequenceLength(byte[] b, int i, int n) {
        int lead = b[i] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) return i + 1 < n && continuation(b[i + 1]) ? 2 : 0;
        int low = 0x80, high = 0xBF, length;
        if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) low = 0xA0;
            else if (lead == 0xED) high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) low = 0x90;
            else if (lead == 0xF4) high = 0x8F;
        } else {
            return 0;
        }
        if (i + length > n) return 0;
        int second = b[i + 1] & 0xFF;
        if (second < low || second > high) return 0;
        for (int k = 2; k < length; k++) if (!continuation(b[i + k])) return 0;
        return length;
    }

    private static boolean continuation(byte x) { return (x & 0xC0) == 0x80; }

    /** The code point of the well-formed sequence at {@code i}. */
    private static int codePointAt(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) return lead;
        if (lead < 0xE0) return (lead & 0x1F) << 6 | (b[i + 1] & 0x3F);
        if (lead < 0xF0) return (lead & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
        return (lead & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
    }
}

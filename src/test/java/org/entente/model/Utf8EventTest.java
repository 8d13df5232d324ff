package org.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A {@link Utf8Event}'s texts are the UTF-8 of the texts the same {@link Event} would hold, whatever
 * bytes the library gave: tidy ones kept as they are, untidy or malformed ones tidied through a String.
 */
class Utf8EventTest {
    private static final DateRange WHEN = DateRange.parse("2024-06-20");

    /** Pieces that test the edges: white space and controls of both kinds, quotes, multibyte text, and broken sequences. */
    private static final List<byte[]> PIECES = List.of(
            utf8("a"), utf8("Tô Lâm"), utf8("Võ Văn Thưởng"), utf8("Путин"), utf8("习近平"), utf8("😀"), utf8("🇻🇳"),
            utf8(" "), utf8("\t"), utf8("\n"), utf8("\r\n"), utf8("\u000B"), utf8("\u001F"), utf8("\u0000"), utf8("\u007F"),
            utf8("\u0085"), utf8("\u009F"), utf8("\u00A0"), utf8("\u00A9"), utf8("\u2003"), utf8("\u2007"), utf8("\u2028"),
            utf8("\u3000"), utf8("\uFEFF"), utf8(","), utf8("\""), utf8("|"), utf8("\\"),
            bytes(0x80), bytes(0xBF), bytes(0xC2), bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF),
            bytes(0xE1, 0xBB), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0x9F, 0xBF), bytes(0xF0, 0x8F, 0xBF, 0xBF),
            bytes(0xF4, 0x8F, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF));

    @Property
    void textsFromAnyBytesAreThoseOfTheSameEvent(@ForAll("texts") byte[] title, @ForAll("texts") byte[] place,
                                                 @ForAll("texts") byte[] summary) {
        assertSameAsEvent(title, place, summary);
    }

    @Property
    void textsFromAnyStringAreThoseOfTheSameEvent(@ForAll String title, @ForAll String place, @ForAll String summary) {
        assertSameAsEvent(utf8(title), utf8(place), utf8(summary));
    }

    @Test
    void tidyTextIsKeptAsItIsAndUntidyTextIsTidied() {
        byte[] title = utf8("Tô Lâm, Võ Văn Thưởng, Путин, 习近平 😀");
        byte[] summary = utf8("Line one\r\nLine two, \"quoted\"");
        Utf8Event tidy = new Utf8Event(1, title, WHEN, null, null, null, summary, 3, null, null);
        assertThat(tidy.title()).isSameAs(title);
        assertThat(tidy.summary()).isSameAs(summary);

        Utf8Event untidy = new Utf8Event(1, utf8(" \u3000line\nbreak\u2003"), WHEN, null, null, utf8(" \t "),
                bytes('a', 0xC0, 0xAF, ' ', ' '), 3, null, null);
        assertThat(new String(untidy.title(), StandardCharsets.UTF_8)).isEqualTo("line break");
        assertThat(untidy.place()).isNull();
        assertThat(new String(untidy.summary(), StandardCharsets.UTF_8)).isEqualTo("a\uFFFD\uFFFD");
        assertThat(untidy.toEvent()).isEqualTo(new Event(1, "line break", WHEN, null, null, null, "a\uFFFD\uFFFD", 3, null, null));
    }

    @Test
    void aBlankTitleIsRefusedAsAnEventRefusesIt() {
        assertThatThrownBy(() -> new Utf8Event(1, utf8(" \u3000 "), WHEN, null, null, null, null, 3, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an event needs a title");
        assertThatThrownBy(() -> new Utf8Event(1, null, WHEN, null, null, null, null, 3, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an event needs a title");
    }

    private static void assertSameAsEvent(byte[] title, byte[] place, byte[] summary) {
        Event event;
        try {
            event = new Event(7, text(title), WHEN, Category.MEETING, null, text(place), text(summary), 2, null, null);
        } catch (IllegalArgumentException refused) {
            assertThatThrownBy(() -> new Utf8Event(7, title, WHEN, Category.MEETING, null, place, summary, 2, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(refused.getMessage());
            return;
        }
        Utf8Event u = new Utf8Event(7, title, WHEN, Category.MEETING, null, place, summary, 2, null, null);
        assertThat(u.title()).isEqualTo(utf8(event.title()));
        assertThat(u.place()).isEqualTo(event.place() == null ? null : utf8(event.place()));
        assertThat(u.summary()).isEqualTo(event.summary() == null ? null : utf8(event.summary()));
        // A title of controls alone is tidied to "", which Event takes but cannot be made with again (Event's own quirk).
        if (!event.title().isEmpty()) assertThat(u.toEvent()).isEqualTo(event);
    }

    @Provide
    Arbitrary<byte[]> texts() {
        Arbitrary<byte[]> pieced = Arbitraries.of(PIECES).list().ofMaxSize(8).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, pieced),
                net.jqwik.api.Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }

    private static String text(byte[] b) { return b == null ? null : new String(b, StandardCharsets.UTF_8); }

    private static byte[] utf8(String s) { return s == null ? null : s.getBytes(StandardCharsets.UTF_8); }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }
}

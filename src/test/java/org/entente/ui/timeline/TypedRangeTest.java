package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.model.DateParseException;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

/** The range typed in the timeline's "go to" field (was the test of a copy in org.entente.time that nothing used). */
class TypedRangeTest {
    @Test
    void readsRangesAtTheirPrecision() {
        TypedRange r = TypedRange.parse("2023-09 to 2024-08");
        assertThat(r.fromDay()).isEqualTo(EventDate.parse("2023-09").firstDay());
        assertThat(r.toDay()).isEqualTo(EventDate.parse("2024-08").endDay());
        assertThat(TypedRange.parse("2008–2024").toDay()).isEqualTo(EventDate.parse("2024").endDay());
        assertThat(TypedRange.parse("2008 .. 2024")).isEqualTo(TypedRange.parse("2008-2024".replace("-", " - ")));
        assertThat(TypedRange.parse("2024-06-19")).isEqualTo(new TypedRange(EventDate.parse("2024-06-19").firstDay(), EventDate.parse("2024-06-19").endDay()));
        TypedRange bce = TypedRange.parse("-0050 .. -0040");
        assertThat(bce.fromDay()).isEqualTo(EventDate.parse("-0050").firstDay());
        assertThat(bce.toDay()).isEqualTo(EventDate.parse("-0040").endDay());
        assertThat(TypedRange.parse("2012-07/2013")).isEqualTo(new TypedRange(EventDate.parse("2012-07").firstDay(), EventDate.parse("2013").endDay()));
    }

    @Test
    void saysWhatIsWrong() {
        // The view shows these messages under the range field: they name the side that is wrong.
        assertThatThrownBy(() -> TypedRange.parse("2024 to 2020")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> TypedRange.parse("2024-13 to 2025")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the start \"2024-13\" is not a date").hasRootCauseMessage(rootMessage("2024-13"));
        assertThatThrownBy(() -> TypedRange.parse("soon")).isInstanceOf(IllegalArgumentException.class).hasCauseInstanceOf(DateParseException.class);
    }

    private static String rootMessage(String text) {
        try {
            EventDate.parse(text);
            throw new AssertionError(text + " parsed");
        } catch (DateParseException e) {
            assertThat(e.getMessage()).contains("month 13");
            return e.getMessage();
        }
    }
}

package org.entente.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.model.DateParseException;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

class TypedRangeTest {
    @Test
    void readsRangesAtTheirPrecision() {
        TypedRange r = TypedRange.parse("2023-09 to 2024-08");
        assertThat(r.startDay()).isEqualTo(EventDate.parse("2023-09").firstDay());
        assertThat(r.endDay()).isEqualTo(EventDate.parse("2024-08").endDay());
        assertThat(TypedRange.parse("2008–2024").endDay()).isEqualTo(EventDate.parse("2024").endDay());
        assertThat(TypedRange.parse("2008 .. 2024")).isEqualTo(TypedRange.parse("2008-2024".replace("-", " - ")));
        assertThat(TypedRange.parse("2024-06-19")).isEqualTo(new TypedRange(EventDate.parse("2024-06-19").firstDay(), EventDate.parse("2024-06-19").endDay()));
        TypedRange bce = TypedRange.parse("-0050 .. -0040");
        assertThat(bce.startDay()).isEqualTo(EventDate.parse("-0050").firstDay());
        assertThat(bce.endDay()).isEqualTo(EventDate.parse("-0040").endDay());
        assertThat(TypedRange.parse("2012-07/2013")).isEqualTo(new TypedRange(EventDate.parse("2012-07").firstDay(), EventDate.parse("2013").endDay()));
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> TypedRange.parse("2024 to 2020")).isInstanceOf(DateParseException.class).hasMessageContaining("before the start");
        assertThatThrownBy(() -> TypedRange.parse("2024-13 to 2025")).isInstanceOf(DateParseException.class).hasMessageContaining("month 13");
        assertThatThrownBy(() -> TypedRange.parse("soon")).isInstanceOf(DateParseException.class);
    }
}

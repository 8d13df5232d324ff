package org.entente.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    @Test
    void dayAndPixelAreInversesAcrossScales() {
        Random rnd = new Random(1);
        for (int n = 0; n < 2000; n++) {
            double start = (rnd.nextDouble() - 0.7) * 36_500_000;
            double span = Math.pow(10, rnd.nextDouble() * 7.5 - 0.5);
            TimeScale s = new TimeScale(start, start + span, rnd.nextDouble() * 300, 100 + rnd.nextDouble() * 2400);
            double day = start + rnd.nextDouble() * span;
            assertThat(s.xToDay(s.dayToX(day))).isCloseTo(day, within(span * 1e-9 + 1e-6));
            assertThat(s.dayToX(s.startDay())).isCloseTo(s.left(), within(1e-6));
            assertThat(s.dayToX(s.endDay())).isCloseTo(s.right(), within(1e-6));
            // monotonic
            assertThat(s.dayToX(day + span / 100)).isGreaterThan(s.dayToX(day));
        }
    }

    @Test
    void zoomKeepsTheAnchorDateUnderTheAnchor() {
        Random rnd = new Random(2);
        for (int n = 0; n < 2000; n++) {
            double start = (rnd.nextDouble() - 0.5) * 1_000_000;
            TimeScale s = new TimeScale(start, start + 1 + rnd.nextDouble() * 100_000, 180, 1420);
            double anchor = s.left() + rnd.nextDouble() * s.width();
            double before = s.xToDay(anchor);
            double factor = Math.exp((rnd.nextDouble() - 0.5) * 4);
            TimeScale z = s.zoom(factor, anchor);
            assertThat(z.xToDay(anchor)).isCloseTo(before, within(s.span() * 1e-9));
            assertThat(z.span()).isCloseTo(s.span() / factor, within(s.span() * 1e-9));
        }
    }

    @Test
    void panMovesByWholePixels() {
        TimeScale s = new TimeScale(0, 1000, 0, 1000);
        TimeScale p = s.pan(50);
        assertThat(p.startDay()).isEqualTo(50);
        assertThat(p.dayToX(500)).isCloseTo(s.dayToX(500) - 50, within(1e-9));
    }

    @Test
    void refusesEmptySpansAndWidths() {
        assertThatThrownBy(() -> new TimeScale(5, 5, 0, 100)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> new TimeScale(0, 5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

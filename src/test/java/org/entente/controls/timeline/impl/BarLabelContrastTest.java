package org.entente.controls.timeline.impl;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * Labels inside month-precision bars (faded at their start) were white on a pale tint: the colour
 * of a label must contrast with the bar as the reader sees it, blended over the background.
 */
class BarLabelContrastTest {
    /** The light palette's category colours (timeline.css) and the dark palette's. */
    private static final String[] LIGHT = {"#2563eb", "#0891b2", "#16a34a", "#7c3aed", "#ca8a04", "#db2777", "#64748b", "#ea580c", "#dc2626", "#6b7280"};
    private static final String[] DARK = {"#60a5fa", "#22d3ee", "#4ade80", "#a78bfa", "#facc15", "#f472b6", "#94a3b8", "#fb923c", "#f87171", "#9ca3af"};

    @Test
    void aLabelOnAFadedBarContrastsWithTheBarAsSeenInBothThemes() {
        check(LIGHT, Color.WHITE);
        check(DARK, Color.web("#0d1117"));
    }

    private static void check(String[] palette, Color background) {
        for (String hex : palette) {
            Color bar = Color.web(hex);
            Color seen = bar.interpolate(background, 1 - TimelineStyles.FADED_LABEL_ALPHA);
            Color text = TimelineStyles.textOnBar(bar, background, TimelineStyles.FADED_LABEL_ALPHA);
            assertThat(TimelineStyles.contrast(text, seen)).as(hex + " faded over " + background).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aMeetingsTealMonthBarOnWhiteGetsDarkText() {
        // the case seen: "Putin at the APEC summit in Da Nang", a month-precision meeting
        assertThat(TimelineStyles.textOnBar(Color.web("#0891b2"), Color.WHITE, TimelineStyles.FADED_LABEL_ALPHA)).isEqualTo(Color.web("#1f2328"));
    }

    @Test
    void aSolidDarkBarKeepsWhiteText() {
        assertThat(TimelineStyles.textOnBar(Color.web("#1d4ed8"), Color.WHITE, 1)).isEqualTo(Color.WHITE);
    }
}

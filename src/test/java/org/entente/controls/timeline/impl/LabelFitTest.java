package org.entente.controls.timeline.impl;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A label cut to fit keeps the point of a "topic: point" title: at 1280×800 the UN votes read
 * "UN vote ES-11/1 on aggression against Ukraine:…", hiding "Vietnam abstains" (issue #16).
 */
@ExtendWith(ApplicationExtension.class)
class LabelFitTest {
    @Start
    void start(Stage stage) { }

    @Test
    void aCutTitleKeepsWhatFollowsItsColon() throws Exception {
        String[] fitted = new String[3];
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            TimelineStyles styles = new TimelineStyles(null);
            Font f = Font.font("System", 12);
            String vote = "UN vote ES-11/1 on aggression against Ukraine: Vietnam abstains";
            double max = styles.rawMeasure(f, vote) * 0.7;
            fitted[0] = styles.fit(f, vote, max);
            fitted[1] = String.valueOf(styles.rawMeasure(f, fitted[0]) <= max);
            fitted[2] = styles.fit(f, "Vietnam–Russia comprehensive strategic partnership", styles.rawMeasure(f, "Vietnam–Russia comprehensive") + 12);
        }).get();
        assertThat(fitted[0]).startsWith("UN vote ES-11/1").endsWith("…: Vietnam abstains");
        assertThat(fitted[1]).isEqualTo("true");
        // a title without a colon is cut at its end, as before
        assertThat(fitted[2]).startsWith("Vietnam–Russia").endsWith("…");
    }
}

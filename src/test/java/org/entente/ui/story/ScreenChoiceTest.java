package org.entente.ui.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/** Where the slides and the presenter view go, for one, two and three screens and the main window on either. */
class ScreenChoiceTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1920, 1080);
    static final Rectangle2D MONITOR = new Rectangle2D(-1024, 0, 1024, 768);

    static Rectangle2D window(double x, double y) { return new Rectangle2D(x, y, 1000, 700); }

    @Test
    void oneScreenLeavesNoChoice() {
        assertThat(ScreenChoice.choose(List.of(LAPTOP), window(40, 40))).isEmpty();
        assertThat(ScreenChoice.choose(List.of(), window(40, 40))).isEmpty();
    }

    @Test
    void twoScreensPutTheSlidesOnTheOneTheWindowIsNotOn() {
        List<Rectangle2D> screens = List.of(LAPTOP, PROJECTOR);
        assertThat(ScreenChoice.choose(screens, window(40, 40))).contains(new ScreenChoice.Placement(0, 1));
        // The window on the projector's screen: the presenter view goes there, the slides to the laptop.
        assertThat(ScreenChoice.choose(screens, window(1500, 100))).contains(new ScreenChoice.Placement(1, 0));
        // Listed the other way round, the same screens are chosen.
        assertThat(ScreenChoice.choose(List.of(PROJECTOR, LAPTOP), window(40, 40))).contains(new ScreenChoice.Placement(1, 0));
    }

    @Test
    void aWindowAcrossTwoScreensBelongsToTheOneWithItsCentre() {
        List<Rectangle2D> screens = List.of(LAPTOP, PROJECTOR);
        // 1000 wide from x = 900: centre at 1400, on the projector.
        assertThat(ScreenChoice.choose(screens, window(900, 50))).contains(new ScreenChoice.Placement(1, 0));
        // Centre off every screen (dragged half out below): the screen it overlaps most.
        assertThat(ScreenChoice.choose(screens, new Rectangle2D(100, 500, 1000, 700))).contains(new ScreenChoice.Placement(0, 1));
        // Entirely off every screen: the first (the primary) is the laptop's.
        assertThat(ScreenChoice.choose(screens, new Rectangle2D(5000, 5000, 300, 300))).contains(new ScreenChoice.Placement(0, 1));
    }

    @Test
    void withThreeScreensTheLargestOtherTakesTheSlides() {
        List<Rectangle2D> screens = List.of(LAPTOP, MONITOR, PROJECTOR);
        assertThat(ScreenChoice.choose(screens, window(40, 40))).contains(new ScreenChoice.Placement(0, 2));
        assertThat(ScreenChoice.choose(screens, window(-900, 20))).contains(new ScreenChoice.Placement(1, 2));
        // On the projector itself: the laptop's screen (1280×800) is larger than the monitor (1024×768).
        assertThat(ScreenChoice.choose(screens, window(1400, 100))).contains(new ScreenChoice.Placement(2, 0));
        // Two other screens of one size: the first listed.
        Rectangle2D twin = new Rectangle2D(3200, 0, 1920, 1080);
        assertThat(ScreenChoice.choose(List.of(LAPTOP, PROJECTOR, twin), window(40, 40))).contains(new ScreenChoice.Placement(0, 1));
    }
}

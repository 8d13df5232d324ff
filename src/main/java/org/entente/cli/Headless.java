package org.entente.cli;

/** Selects Monocle's headless platform and software rendering; must run before JavaFX starts. */
final class Headless {
    private Headless() {}

    static void enable() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // The virtual screen must hold the largest window we render (default 1280x800).
        System.setProperty("headless.geometry", "3840x2400-32");
        System.setProperty("java.awt.headless", "true");
    }
}

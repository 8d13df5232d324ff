package org.entente.cli;

/** Selects Monocle's headless platform and software rendering; must run before JavaFX starts. */
final class Headless {
    private Headless() {}

    /** Headless when asked ({@code --headless} / {@code --no-headless}), else when there is no display (Linux without DISPLAY). */
    static void enableUnless(Boolean headless) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean noDisplay = System.getenv("DISPLAY") == null && !os.startsWith("windows") && !os.startsWith("mac");
        if (headless != null ? headless : noDisplay) enable();
    }

    static void enable() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // The virtual screen must hold the largest window we render (default 1280x800).
        System.setProperty("headless.geometry", "3840x2400-32");
        System.setProperty("java.awt.headless", "true");
    }
}

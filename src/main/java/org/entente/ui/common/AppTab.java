package org.entente.ui.common;

import java.util.Locale;
import java.util.Optional;

import org.entente.i18n.I18n;

/**
 * The main window's views by stable names, whatever the interface language: a tab's id
 * ({@code #tab-timeline}), the "view" a story's slide stores ("Timeline", as slides have stored it
 * since stories began, so slides move between versions), and the title shown on the tab.
 */
public enum AppTab {
    TIMELINE, EVENTS, NETWORK, MEASURES;

    /** "timeline": the tab's id is "tab-" and this; also what the screenshot commands take. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** "Timeline": the view's name in a slide's state, never translated. */
    public String stateName() { return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT); }

    /** The tab's title in the interface language: "Timeline" or "Dòng thời gian". */
    public String title() {
        return switch (this) {
            case TIMELINE -> I18n.t("shell.tab.timeline");
            case EVENTS -> I18n.t("shell.tab.events");
            case NETWORK -> I18n.t("shell.tab.network");
            case MEASURES -> I18n.t("shell.tab.measures");
        };
    }

    /**
     * The view called {@code name}: its state name or key in any case ("Timeline", "timeline"), or
     * its title in the interface language; empty for none.
     */
    public static Optional<AppTab> of(String name) {
        if (name == null) return Optional.empty();
        String n = name.strip();
        for (AppTab t : values()) if (t.key().equalsIgnoreCase(n) || t.title().equalsIgnoreCase(n)) return Optional.of(t);
        return Optional.empty();
    }

    /** The title of the view a slide names (its state's "view"), or the name as it is when no view has it. */
    public static String titleOf(String name) { return of(name).map(AppTab::title).orElse(name == null ? "" : name); }
}

package org.entente.ui.story;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.LibraryMenuItems;
import org.entente.ui.common.StoryHost;

/** The Story menu: the Stories window (make, edit, reorder slides) and playing the story last worked on. */
public final class StoryActions {
    private final StoryHost host;
    private final AppContext context;
    private StoriesWindow window;

    private StoryActions(StoryHost host, AppContext context) {
        this.host = host;
        this.context = context;
    }

    /** Adds the Story menu before Help. */
    public static StoryActions install(MenuBar bar, StoryHost host, AppContext context) {
        StoryActions actions = new StoryActions(host, context);
        MenuItem stories = LibraryMenuItems.item(I18n.t("story.menu.stories"), "menu-stories",
                new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), context, () -> actions.window().show());
        MenuItem addSlide = LibraryMenuItems.item(I18n.t("story.menu.add-slide"), "menu-add-slide",
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), context,
                () -> actions.window().addSlideOfTheView());
        MenuItem play = LibraryMenuItems.item(I18n.t("story.menu.play"), "menu-play-story", new KeyCodeCombination(KeyCode.F5), context,
                () -> actions.window().playFromStart());
        Menu menu = new Menu(I18n.t("story.menu"), null, stories, addSlide, play);
        menu.setId("menu-story");
        int help = bar.getMenus().size();
        for (int i = 0; i < bar.getMenus().size(); i++) if ("menu-help".equals(bar.getMenus().get(i).getId())) help = i;
        bar.getMenus().add(help, menu);
        return actions;
    }

    private StoriesWindow window() {
        if (window == null) window = new StoriesWindow(host, context);
        return window;
    }
}

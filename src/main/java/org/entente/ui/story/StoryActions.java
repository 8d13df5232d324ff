package org.entente.ui.story;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.entente.ui.common.AppContext;
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
        MenuItem stories = new MenuItem("Stories…");
        stories.setId("menu-stories");
        stories.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Y"));
        stories.setOnAction(e -> actions.window().show());
        stories.disableProperty().bind(context.libraryProperty().isNull());
        MenuItem addSlide = new MenuItem("Add Slide of This View");
        addSlide.setId("menu-add-slide");
        addSlide.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        addSlide.setOnAction(e -> actions.window().addSlideOfTheView());
        addSlide.disableProperty().bind(context.libraryProperty().isNull());
        MenuItem play = new MenuItem("Play Story");
        play.setId("menu-play-story");
        play.setAccelerator(KeyCombination.keyCombination("F5"));
        play.setOnAction(e -> actions.window().playFromStart());
        play.disableProperty().bind(context.libraryProperty().isNull());
        Menu menu = new Menu("Story", null, stories, addSlide, play);
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

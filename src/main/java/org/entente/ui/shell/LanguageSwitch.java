package org.entente.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.entente.app.edit.UndoHistory;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.AppTab;
import org.entente.ui.common.FxTaskExecutor;

/**
 * View › Language: the interface in the system's language, in English or in Vietnamese, remembered
 * between runs and changed at once, without losing work.
 *
 * <p>Texts are read as nodes are built, so a change builds the main window again on its stage.
 * Every edit is already in the library file as it is made, so the new window, with a context of its
 * own, opens the same library and takes back what the old one showed: the tab, the selection and
 * each view's state (as a story's slide keeps them), the theme, type size and other display
 * settings, and the undo history. Then the old window's library closes and its task threads stop.
 * The other windows close (they belong to the old window); the welcome and Edit › Preferences…, if
 * they were open, open again.
 *
 * <p>Something being typed elsewhere (an editor form, the Stories window, a note in the detail
 * pane) would be lost with its window, so then the language does not change under it: the user is
 * told what to finish first, and may have the language change when Entente next starts instead.
 */
public final class LanguageSwitch {
    /** The preference that remembers the choice: "system", "en" or "vi". */
    static final String PREFERENCE = "language";

    /** How long a rebuilt window may take to settle before the old one is let go of anyway. */
    static final Duration SETTLE_AT_MOST = Duration.minutes(2);

    private LanguageSwitch() {}

    /** The Language menu's choices, as the preference spells them. */
    public enum Choice {
        SYSTEM("system"), ENGLISH("en"), VIETNAMESE("vi");

        private final String value;

        Choice(String value) { this.value = value; }

        /** "system", "en" or "vi". */
        public String value() { return value; }

        /** The interface language it stands for now: the system's if Entente speaks it, else English. */
        public Locale locale() {
            return switch (this) {
                case SYSTEM -> I18n.supportedOrEnglish(Locale.getDefault());
                case ENGLISH -> I18n.ENGLISH;
                case VIETNAMESE -> I18n.VIETNAMESE;
            };
        }

        /** "System Language", "English", "Tiếng Việt" (each language by its own name). */
        String menuText() {
            return switch (this) {
                case SYSTEM -> I18n.t("common.language.system");
                case ENGLISH -> I18n.t("common.language.en");
                case VIETNAMESE -> I18n.t("common.language.vi");
            };
        }

        /** The choice spelt {@code value}; the system's language for none or an unknown one. */
        public static Choice of(String value) {
            for (Choice c : values()) if (c.value.equals(value)) return c;
            return SYSTEM;
        }
    }

    /** The choice {@code prefs} remember. */
    public static Choice remembered(AppPreferences prefs) { return Choice.of(prefs.getString(PREFERENCE, null)); }

    /**
     * At start, before any window is built: the remembered language, unless the command line chose
     * one for this run ({@code --language}).
     */
    public static void applyRemembered(AppPreferences prefs) {
        if (!I18n.fixedForThisRun()) I18n.setLocale(remembered(prefs).locale());
    }

    /** View › Language for {@code window}: one radio item per choice, the remembered one ticked. */
    static Menu menu(MainWindow window) {
        Menu menu = new Menu(I18n.t("shell.menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (Choice choice : Choice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.menuText());
            item.setId("menu-language-" + choice.value());
            item.setToggleGroup(group);
            item.setUserData(choice);
            items.add(item);
            item.setOnAction(e -> {
                choose(window, choice);
                // Ticked: what is remembered, which stays as it was when the change was called off.
                Choice now = remembered(window.prefs());
                for (RadioMenuItem i : items) i.setSelected(i.getUserData() == now);
            });
        }
        Choice now = remembered(window.prefs());
        for (RadioMenuItem i : items) i.setSelected(i.getUserData() == now);
        // Edit › Preferences… chooses too: the ticks show what is remembered whenever the menu opens.
        menu.setOnShowing(e -> {
            Choice remembered = remembered(window.prefs());
            for (RadioMenuItem i : items) i.setSelected(i.getUserData() == remembered);
        });
        menu.getItems().addAll(items);
        // A window half way through opening its library has nothing yet to carry over.
        menu.disableProperty().bind(window.openingLibrary());
        return menu;
    }

    /**
     * The user chose {@code choice}: remembers it and rebuilds {@code window} in its language, or,
     * while something is being typed in another window, asks whether to wait for the next start.
     * Returns the rebuild under way, or null when there is none.
     */
    static CompletableFuture<MainWindow> choose(MainWindow window, Choice choice) {
        AppPreferences prefs = window.prefs();
        Locale target = choice.locale();
        if (target.equals(I18n.locale())) {
            prefs.putString(PREFERENCE, choice.value());
            return null;
        }
        List<String> typing = typingIn(window);
        if (!typing.isEmpty()) {
            if (changeAtNextStart(window, typing)) prefs.putString(PREFERENCE, choice.value());
            return null;
        }
        prefs.putString(PREFERENCE, choice.value());
        return rebuild(window, target);
    }

    /** What is being typed where a rebuild would lose it: other windows by title, and a note being written in the detail pane. */
    static List<String> typingIn(MainWindow window) {
        List<String> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w == window.stage() || w instanceof PopupWindow || !w.isShowing() || w.getScene() == null) continue;
            if (holdsTyping(w.getScene().getRoot()))
                out.add(w instanceof Stage s && s.getTitle() != null && !s.getTitle().isBlank() ? s.getTitle() : I18n.t("shell.language.busy.untitled"));
        }
        if (window.root().lookupAll("#note-save").stream().anyMatch(save -> !save.isDisabled())) out.add(I18n.t("shell.language.busy.note"));
        return out;
    }

    /** A field one can type in, with something in it (a spinner's field is applied as it is set). */
    private static boolean holdsTyping(Parent root) {
        return root.lookupAll(".text-input").stream().anyMatch(n -> n instanceof TextInputControl t && t.isEditable() && !t.isDisabled()
                && t.getText() != null && !t.getText().isEmpty() && !(t.getParent() instanceof Spinner));
    }

    private static boolean changeAtNextStart(MainWindow window, List<String> typing) {
        ButtonType later = new ButtonType(I18n.t("shell.language.busy.later"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        StringBuilder list = new StringBuilder();
        for (String t : typing) list.append(list.length() == 0 ? "" : "\n").append(I18n.t("shell.language.busy.item", t));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.t("shell.language.busy.body", list.toString()), later, cancel);
        alert.setHeaderText(I18n.t("shell.language.busy.header"));
        alert.getDialogPane().setId("language-busy-dialog");
        alert.initOwner(window.stage());
        return alert.showAndWait().filter(later::equals).isPresent();
    }

    /**
     * Builds {@code old} again on its stage in {@code locale}, with the same library, view state,
     * display settings and undo history (FX thread). The future completes with the new window once it
     * has settled and the old window's library is closed.
     */
    public static CompletableFuture<MainWindow> rebuild(MainWindow old, Locale locale) {
        Stage stage = old.stage();
        AppContext was = old.context();
        Map<String, String> state = old.captureBuiltState();
        Set<AppTab> built = old.builtTabs();
        Library library = was.library();
        UndoHistory history = was.editor() == null ? null : was.editor().history();
        Set<String> closed = closeOtherWindows(stage);
        boolean welcome = closed.contains("welcome-window");
        // The old window lets go first: its views, timers and watcher no longer follow a library.
        was.setLibrary(null);

        I18n.setLocale(locale);
        AppContext context = new AppContext(new FxTaskExecutor());
        EntenteApp.rememberDisplaySettings(context, old.prefs());
        context.theme().set(was.theme().get());
        context.typeScale().set(was.typeScale().get());
        context.largeType().set(was.largeType().get());
        context.focusSelection().set(was.focusSelection().get());
        context.links().enabled().set(was.links().enabled().get());
        EntenteApp.applyTheme(context.theme().get());
        MainWindow window = new MainWindow(stage, context, old.prefs());
        window.setOpenFailureHandler(old.openFailureHandler());
        window.setOnRebuilt(old.onRebuilt());
        window.spotlightOn().set(old.spotlightOn().get());
        Scene before = stage.getScene();
        stage.setScene(window.createScene(before.getWidth(), before.getHeight()));
        if (old.onRebuilt() != null) old.onRebuilt().accept(window);
        // The language was chosen there: Edit › Preferences… opens again, in the new language, over the new window.
        if (closed.contains("preferences-window")) window.showPreferences();

        CompletableFuture<MainWindow> done = new CompletableFuture<>();
        Runnable letGo = () -> {
            was.tasks().shutdown();
            if (library == null) {
                done.complete(window);
                return;
            }
            context.tasks().run(I18n.t("shell.task.closing-previous"), () -> {
                library.close();
                return null;
            }, x -> done.complete(window), error -> done.complete(window));
        };
        if (library == null) {
            window.showNoLibrary();
            letGo.run();
            return done;
        }
        Path file = library.file();
        context.carryUndoHistory(file, history);
        window.openLibrary(file, false, () -> {
            if (context.library() == null) {
                letGo.run();
                return;
            }
            // The views the old window had built load now; once they have, they take back its state.
            window.build(built);
            whenSettled(context, () -> {
                window.restoreBuiltState(state);
                if (welcome) org.entente.ui.help.WelcomeWindow.show(stage, file, context);
                whenSettled(context, letGo);
            });
        });
        return done;
    }

    /** Closes every window but {@code stage}'s; returns the ids of the closed windows' roots ("welcome-window"). */
    private static Set<String> closeOtherWindows(Stage stage) {
        Set<String> closed = new java.util.HashSet<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w == stage || !w.isShowing()) continue;
            if (w.getScene() != null && w.getScene().getRoot().getId() != null) closed.add(w.getScene().getRoot().getId());
            w.hide();
        }
        return closed;
    }

    /** Runs {@code then} once no task of {@code context} has run for a few polls (a load may start another), or after {@link #SETTLE_AT_MOST}. */
    private static void whenSettled(AppContext context, Runnable then) {
        int[] quiet = {0}, polls = {0};
        Duration every = Duration.millis(50);
        int most = (int) (SETTLE_AT_MOST.toMillis() / every.toMillis());
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(every, e -> {
            quiet[0] = context.tasks().idleProperty().get() ? quiet[0] + 1 : 0;
            if (quiet[0] >= 4 || ++polls[0] > most) {
                poll.stop();
                then.run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}

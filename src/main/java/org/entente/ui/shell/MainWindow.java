package org.entente.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.entente.app.LibraryService;
import org.entente.app.task.BackgroundTask;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import org.entente.store.LibraryCounts;
import org.entente.ui.events.EventsView;
import java.util.function.Supplier;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppTab;
import org.entente.ui.common.AppStyles;
import org.entente.ui.common.Fxml;
import org.entente.ui.common.AppView;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.Theme;
import org.entente.ui.common.TypeScale;
import org.entente.ui.common.StatusBar;
import org.entente.ui.undo.UndoActions;

/** The main window: menus, a tab per view, the status bar; opens libraries in the background. */
public final class MainWindow implements org.entente.ui.common.StoryHost {
    private final Stage stage;
    private final AppContext context;
    private final AppPreferences prefs;
    // The frame, from MainWindow.fxml.
    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private Menu fileMenu, editMenu, viewMenu, typeSizeMenu, recentMenu;
    @FXML private MenuItem saveCopy, typeLarger, typeSmaller;
    @FXML private SeparatorMenuItem afterThemes;
    @FXML private CheckMenuItem largeType, spotlightItem, focusItem, linkItem;
    @FXML private TabPane tabs;
    @FXML private StackPane centre;
    @FXML private VBox opening;
    private final StatusBar statusBar;
    /**
     * One tab: its view is built the first time the tab is shown, so the window opens quickly. The
     * tab's id and the slides' name for it come from {@link AppTab}, never from its title, which is
     * in the interface language.
     */
    private final class ViewSlot {
        final AppTab name;
        final Ikon icon;
        final Supplier<AppView> factory;
        final Tab tab;
        AppView view;

        /**
         * Begins the view's first read of a library on the thread that opened it, before the FX thread
         * hands it over, so that the read overlaps the FX thread's work (start-up); returns at once.
         * Null: the view reads when it is handed the library.
         */
        final Consumer<Library> readsAhead;
        /** Whether {@link #view} is built, for the library-opening thread; guarded by {@link #openLock}. */
        boolean built;

        ViewSlot(AppTab name, Ikon icon, Supplier<AppView> factory) { this(name, icon, factory, null); }

        ViewSlot(AppTab name, Ikon icon, Supplier<AppView> factory, Consumer<Library> readsAhead) {
            this.readsAhead = readsAhead;
            this.name = name;
            this.icon = icon;
            this.factory = factory;
            tab = new Tab(name.title());
            tab.setGraphic(new FontIcon(icon));
            tab.setId("tab-" + name.key());
        }

        /** Who waits for this view to be built ({@link #whenBuilt}). */
        final List<Consumer<AppView>> onBuilt = new ArrayList<>();

        AppView view() {
            if (view == null) {
                view = factory.get();
                tab.setContent(view.node());
                // Built after a library's open ended and before the FX thread got to hand it over (at
                // start-up, a coin toss with the first view): the library is handed over now, in this
                // turn, rather than after the frame that styles this view, so that a first read that
                // has ended is drawn in that frame. The view is then told of that library only.
                OpenAttempt waiting = registerForOpening(this);
                boolean handOverNow = waiting != null && takeForHandOver(waiting);
                if (!handOverNow && context.library() != null) view.libraryOpened(context);
                // Those waiting for the view (e.g. --measure-startup's marks) see its first window arrive.
                for (Consumer<AppView> then : List.copyOf(onBuilt)) then.accept(view);
                onBuilt.clear();
                if (handOverNow) showOpenedLibrary(waiting.library(), waiting.previous());
            }
            return view;
        }
    }

    private final List<ViewSlot> slots = new ArrayList<>();
    /** Guards what the library-opening thread and the FX thread share: {@link #awaiting} and {@link ViewSlot#built}. */
    private final Object openLock = new Object();
    /** One open of a library: what it opened, and the library shown before it. */
    private record OpenAttempt(Library library, Library previous) {}

    /** The open whose library is open and not yet handed to the views on the FX thread; guarded by {@link #openLock}. */
    private OpenAttempt awaiting;

    /** Notes the slot's view as built; returns the open awaiting its hand-over, if any. */
    private OpenAttempt registerForOpening(ViewSlot slot) {
        synchronized (openLock) {
            slot.built = true;
            return awaiting;
        }
    }

    /**
     * On the open task's thread: unless the open was cancelled, makes {@code attempt} the one awaiting its
     * hand-over and begins the first reads of the views that read ahead, when they are built or in front
     * (tab {@code inFront}, the view built next). Returns the open it replaced (never handed over), or null.
     *
     * @throws java.util.concurrent.CancellationException when the open was cancelled (nothing published)
     */
    private OpenAttempt awaitHandOver(OpenAttempt attempt, int inFront, java.util.function.BooleanSupplier cancelled) {
        synchronized (openLock) {
            if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
            OpenAttempt replaced = awaiting;
            awaiting = attempt;
            // Under the lock, so that a view built now finds its read begun. Views not built and not in
            // front read when they are shown.
            for (int i = 0; i < slots.size(); i++) {
                ViewSlot slot = slots.get(i);
                if (slot.readsAhead != null && (slot.built || i == Math.max(0, inFront))) slot.readsAhead.accept(attempt.library());
            }
            return replaced;
        }
    }

    /** On the FX thread: whether {@code attempt} was awaiting its hand-over, which it no longer is. */
    private boolean takeForHandOver(OpenAttempt attempt) {
        synchronized (openLock) {
            if (awaiting != attempt) return false;
            awaiting = null;
            return true;
        }
    }

    /** Whether a library has been opened and not yet handed to the views (for tests of the start-up's race). */
    public boolean hasLibraryAwaitingHandOver() {
        synchronized (openLock) {
            return awaiting != null;
        }
    }
    private PointerSpotlight spotlight;
    private UndoActions undoActions;
    private org.entente.ui.backup.BackupActions backupActions;
    private Consumer<Throwable> openFailureHandler;

    public MainWindow(Stage stage, AppContext context, AppPreferences prefs) {
        this.stage = stage;
        this.context = context;
        this.prefs = prefs;
        context.setWindow(stage);
        org.entente.ui.common.StandardButtons.install();
        statusBar = new StatusBar(context.tasks());
        spotlight = new PointerSpotlight(context);
        Fxml.load(MainWindow.class.getResource("MainWindow.fxml"), this);
        context.followOpeningLibrary(opening.visibleProperty());
        createViews();
        for (ViewSlot slot : slots) tabs.getTabs().add(slot.tab);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, o, i) -> {
            if (o.intValue() >= 0 && slots.get(o.intValue()).view != null) slots.get(o.intValue()).view.tabSelected(false);
            if (i.intValue() >= 0) slots.get(i.intValue()).view().tabSelected(true);
        });
        // The first view and the tooltips are built after the window's first frame: the window shows at once.
        root.sceneProperty().addListener((obs, o, scene) -> {
            if (scene == null) return;
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(() -> {
                        statusBar.addTooltips();
                        slots.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex())).view();
                    });
                }
            });
        });
        centre.getChildren().add(spotlight.layer());
        fillMenus();
        org.entente.ui.exchange.ExchangeActions.install(menuBar, root, context);
        org.entente.ui.exchange.DatasetActions.install(menuBar, context);
        org.entente.ui.editor.EditorActions.install(menuBar, context, context::editor);
        org.entente.ui.common.annotate.CitationActions.install(menuBar, context);
        org.entente.ui.help.HelpActions.install(menuBar, stage, context);
        backupActions = org.entente.ui.backup.BackupActions.install(menuBar, stage, context);
        org.entente.ui.story.StoryActions.install(menuBar, this, context);
        root.setBottom(statusBar);

        // The theme and the type size as style classes on the root: the custom controls (timeline,
        // network) draw their canvases from CSS palettes chosen under ".dark" or ".high-contrast" and
        // fonts in em of the root's size, as AtlantaFX's theme colours the rest.
        AppStyles.follow(root, context);
        context.theme().addListener((obs, o, theme) -> EntenteApp.applyTheme(theme));
        context.libraryVersion().addListener((obs, o, v) -> refreshCounts());
        context.tasks().lastFailureProperty().addListener((obs, o, error) -> {
            if (error != null) {
                context.tasks().clearFailure();
                LibraryException condition = libraryCondition(error);
                if (condition != null) showLibraryCondition(condition, error.getMessage());
                else showError(I18n.t("shell.error.title"), error.getMessage());
            }
        });
    }

    /** The views, in tab order. Each feature adds its own line here. */
    private void createViews() {
        // The Timeline's model is made before its view: the library's open begins its first read while
        // the FX thread is still building the view (start-up, #13).
        var timelineModel = new org.entente.ui.timeline.TimelineViewModel(context.tasks());
        slots.add(new ViewSlot(AppTab.TIMELINE, MaterialDesignT.TIMELINE_TEXT_OUTLINE,
                () -> new org.entente.ui.timeline.TimelineAppView(context, timelineModel), timelineModel::beginOpening));
        // A read begun ahead would show the library as it was before an edit made since.
        context.libraryVersion().addListener((obs, o, v) -> timelineModel.dropEarlyRead());
        slots.add(new ViewSlot(AppTab.EVENTS, MaterialDesignT.TABLE_LARGE, () -> new EventsView(context)));
        slots.add(new ViewSlot(AppTab.NETWORK, MaterialDesignG.GRAPH_OUTLINE, () -> new org.entente.ui.network.NetworkAppView(context)));
        slots.add(new ViewSlot(AppTab.MEASURES, MaterialDesignC.CHART_LINE, () -> new org.entente.ui.trade.MeasuresAppView(context)));
    }

    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(AppStyles.main());
        return scene;
    }

    public BorderPane root() { return root; }

    public TabPane tabs() { return tabs; }

    /** File › Back Up Now, Restore from Backup…, and the daily backup. */
    public org.entente.ui.backup.BackupActions backupActions() { return backupActions; }

    /** Edit › Undo, Redo and Undo History. */
    public UndoActions undoActions() { return undoActions; }

    /** What the window's views share: the open library, the tasks, the selection, the display settings. */
    public AppContext context() { return context; }

    AppPreferences prefs() { return prefs; }

    /** View › Pointer Spotlight. */
    javafx.beans.property.BooleanProperty spotlightOn() { return spotlight.onProperty(); }

    /** True while a library is being opened (the window shows "Opening the library…"). */
    javafx.beans.value.ObservableBooleanValue openingLibrary() { return opening.visibleProperty(); }

    private Consumer<MainWindow> onRebuilt;

    /**
     * Called with the window that takes this one's place on its stage when View › Language rebuilds
     * it ({@link LanguageSwitch}): whoever holds this window holds that one from then on. The new
     * window passes it on to the next.
     */
    public void setOnRebuilt(Consumer<MainWindow> handler) { onRebuilt = handler; }

    Consumer<MainWindow> onRebuilt() { return onRebuilt; }

    Consumer<Throwable> openFailureHandler() { return openFailureHandler; }

    /** Says that no library is open, for a window built without opening one (a rebuild of a window that had none). */
    void showNoLibrary() {
        opening.setVisible(false);
        statusBar.showLibrary(I18n.t("shell.status.no-library"));
    }

    /** Every view, building on the FX thread those not shown yet (for tests and tools). */
    public List<AppView> views() {
        if (Platform.isFxApplicationThread()) return slots.stream().map(ViewSlot::view).toList();
        var result = new java.util.concurrent.CompletableFuture<List<AppView>>();
        Platform.runLater(() -> result.complete(slots.stream().map(ViewSlot::view).toList()));
        return result.join();
    }

    // ---- stories -------------------------------------------------------------------------------------

    @Override
    public java.util.Map<String, String> captureState() { return captureState(views()); }

    /**
     * The state of the views built so far, for a window rebuilt in their place ({@link LanguageSwitch}):
     * the views never shown have nothing to keep, and are not built just to be asked.
     */
    java.util.Map<String, String> captureBuiltState() { return captureState(builtViews()); }

    /**
     * Runs {@code then} on the FX thread with the view of {@code name} once it is built: at once if
     * it is, else when it is (views are built when first shown; --measure-startup watches the first).
     */
    void whenBuilt(AppTab name, Consumer<AppView> then) {
        for (ViewSlot slot : slots) {
            if (slot.name != name) continue;
            if (slot.view != null) then.accept(slot.view);
            else slot.onBuilt.add(then);
        }
    }

    /** The tabs whose views have been built. */
    java.util.Set<AppTab> builtTabs() {
        java.util.Set<AppTab> out = java.util.EnumSet.noneOf(AppTab.class);
        for (ViewSlot slot : slots) if (slot.view != null) out.add(slot.name);
        return out;
    }

    /** Builds the views of {@code names} now, so that they load at once. */
    void build(java.util.Set<AppTab> names) {
        for (ViewSlot slot : slots) if (names.contains(slot.name)) slot.view();
    }

    private List<AppView> builtViews() { return slots.stream().filter(slot -> slot.view != null).map(slot -> slot.view).toList(); }

    private java.util.Map<String, String> captureState(List<AppView> views) {
        java.util.Map<String, String> s = new java.util.HashMap<>();
        s.put("view", slots.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex())).name.stateName());
        s.put("theme", context.theme().get().key());
        s.put("typeScale", Integer.toString(context.typeScale().get()));
        s.put("largeType", Boolean.toString(context.largeType().get()));
        Long selected = context.selectedEventId().get();
        if (selected != null) s.put("selection", selected.toString());
        for (AppView v : views) s.putAll(v.captureState());
        return s;
    }

    @Override
    public void restoreState(java.util.Map<String, String> s) { restoreState(s, true); }

    /** As {@link #restoreState(java.util.Map)}, to the views built so far only (those a rebuild built again). */
    void restoreBuiltState(java.util.Map<String, String> s) { restoreState(s, false); }

    private void restoreState(java.util.Map<String, String> s, boolean everyView) {
        org.entente.ui.common.Theme theme = org.entente.ui.common.Theme.ofKey(s.get("theme"));
        if (theme != null) context.theme().set(theme);
        org.entente.ui.common.ViewState.number(s, "typeScale").map(Double::intValue)
                .filter(org.entente.ui.common.TypeScale.STEPS::contains).ifPresent(context.typeScale()::set);
        org.entente.ui.common.ViewState.flag(s, "largeType").ifPresent(context.largeType()::set);
        AppTab view = AppTab.of(s.get("view")).orElse(null);
        for (int i = 0; i < slots.size(); i++) if (slots.get(i).name == view) tabs.getSelectionModel().select(i);
        // The selection first: the views' own ranges, restored next, have the last word on what is in view.
        Long selection = org.entente.ui.common.ViewState.number(s, "selection").map(Double::longValue).orElse(null);
        context.selectedEventId().set(selection);
        for (AppView v : everyView ? views() : builtViews()) v.restoreState(s);
    }

    @Override
    public Stage stage() { return stage; }

    @Override
    public java.util.Optional<org.entente.ui.common.VectorDrawing> vectorDrawing() {
        int shown = tabs.getSelectionModel().getSelectedIndex();
        AppView view = shown < 0 ? null : slots.get(shown).view();
        return view == null ? java.util.Optional.empty() : view.vectorDrawing();
    }

    private javafx.scene.Node overlay;

    @Override
    public void showOverlay(javafx.scene.Node node) {
        if (overlay != null) centre.getChildren().remove(overlay);
        overlay = node;
        if (node != null) centre.getChildren().add(node);
    }

    /** View › Light / Dark / High Contrast Theme: one of them ticked, the context's theme. */
    private List<MenuItem> themeItems() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(theme.menuText());
            item.setId("menu-theme-" + theme.key());
            item.setToggleGroup(group);
            item.setSelected(context.theme().get() == theme);
            item.setOnAction(e -> context.theme().set(theme));
            context.theme().addListener((obs, o, now) -> item.setSelected(now == theme));
            items.add(item);
        }
        return items;
    }

    /**
     * Puts into the frame's menus what is built from data or by other classes: File › Open Recent and
     * Print…, View's themes, Language, type sizes and one item a tab, Edit's undo; binds the check items.
     */
    private void fillMenus() {
        refreshRecent();
        MenuItem print = ViewPrinting.menuItem(() -> stage, () -> tabs.getSelectionModel().getSelectedIndex() < 0 ? null
                : slots.get(tabs.getSelectionModel().getSelectedIndex()).view());
        fileMenu.getItems().add(fileMenu.getItems().indexOf(saveCopy) + 1, print);
        fileMenu.setOnShowing(e -> ViewPrinting.refresh(print));
        saveCopy.disableProperty().bind(context.libraryProperty().isNull());

        undoActions = UndoActions.install(editMenu, context, root);

        viewMenu.getItems().addAll(0, themeItems());
        viewMenu.getItems().add(viewMenu.getItems().indexOf(afterThemes) + 1, LanguageSwitch.menu(this));
        fillTypeSizeMenu();
        largeType.selectedProperty().bindBidirectional(context.largeType());
        linkItem.selectedProperty().bindBidirectional(context.links().enabled());
        spotlightItem.selectedProperty().bindBidirectional(spotlight.onProperty());
        focusItem.selectedProperty().bindBidirectional(context.focusSelection());
        for (int i = 0; i < slots.size(); i++) {
            int index = i;
            MenuItem go = new MenuItem(slots.get(i).name.title());
            if (i < 9) go.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN));
            go.setOnAction(e -> tabs.getSelectionModel().select(index));
            viewMenu.getItems().add(go);
        }
    }

    /** View › Type Size: after Larger, Smaller and Normal Size (in the frame), the sizes of {@link TypeScale#STEPS}. */
    private void fillTypeSizeMenu() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (int size : TypeScale.STEPS) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(I18n.t("shell.menu.view.type-size.step", size));
            item.setId("menu-type-" + size);
            item.setToggleGroup(group);
            item.setSelected(context.typeScale().get() == size);
            item.setOnAction(e -> context.typeScale().set(size));
            context.typeScale().addListener((obs, o, now) -> item.setSelected(now.intValue() == size));
            typeSizeMenu.getItems().add(item);
        }
        // The keypad's + and - (and Shift+= for "+") do the same as the menu's keys.
        root.sceneProperty().addListener((obs, o, scene) -> {
            if (scene == null) return;
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), typeLarger::fire);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), typeSmaller::fire);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS,
                    KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), typeLarger::fire);
        });
    }

    // ---- the frame's menu items (MainWindow.fxml) ---------------------------------------------------

    @FXML
    private void newLibrary() { chooseFile(true, I18n.t("shell.chooser.new")).ifPresent(p -> openLibrary(p, false)); }

    @FXML
    private void openChosenLibrary() { chooseFile(false, I18n.t("shell.chooser.open")).ifPresent(p -> openLibrary(p, false)); }

    @FXML
    private void saveChosenCopy() { chooseFile(true, I18n.t("shell.chooser.save-copy")).ifPresent(this::saveCopy); }

    @FXML
    private void quit() { stage.close(); }

    /** Edit › Find: the search field of the view shown. */
    @FXML
    private void find() {
        var node = tabs.getSelectionModel().getSelectedItem().getContent().lookup(".text-field");
        if (node != null) node.requestFocus();
    }

    @FXML
    private void clearSelection() { context.selectedEventId().set(null); }

    @FXML
    private void typeLarger() { context.typeScale().set(TypeScale.larger(context.typeScale().get())); }

    @FXML
    private void typeSmaller() { context.typeScale().set(TypeScale.smaller(context.typeScale().get())); }

    @FXML
    private void typeNormal() { context.typeScale().set(TypeScale.NORMAL); }

    @FXML
    private void toggleFullScreen() { stage.setFullScreen(!stage.isFullScreen()); }

    /** View › Present: full screen and large type together, or neither. */
    @FXML
    private void togglePresent() {
        boolean on = !stage.isFullScreen();
        context.largeType().set(on);
        stage.setFullScreen(on);
    }

    @FXML
    private void showDataSources() { AboutDialog.showSources(stage); }

    private org.entente.ui.preferences.PreferencesWindow preferences;

    /** Edit › Preferences…: the View menu's theme, type size and language, the welcome at start, and the library's backups to keep, in one window. */
    @FXML
    void showPreferences() {
        if (preferences == null) preferences = new org.entente.ui.preferences.PreferencesWindow(context, new org.entente.ui.preferences.PreferencesWindow.Actions() {
            @Override
            public List<org.entente.ui.preferences.PreferencesWindow.Language> languages() {
                return java.util.Arrays.stream(LanguageSwitch.Choice.values())
                        .map(c -> new org.entente.ui.preferences.PreferencesWindow.Language(c.value(), c.menuText())).toList();
            }

            @Override
            public String language() { return LanguageSwitch.remembered(prefs).value(); }

            @Override
            public void chooseLanguage(String value) { LanguageSwitch.choose(MainWindow.this, LanguageSwitch.Choice.of(value)); }

            @Override
            public void keepBackups(int count) { backupActions.keepBackups(count); }

            @Override
            public boolean welcomeAtNextStart() { return org.entente.ui.help.WelcomeWindow.showsAtNextStart(prefs); }

            @Override
            public void welcomeAtNextStart(boolean show) { org.entente.ui.help.WelcomeWindow.showAtNextStart(prefs, show); }
        });
        preferences.show(stage);
    }

    /** The Preferences window, once Edit › Preferences… has made it (for the screenshot tour). */
    org.entente.ui.preferences.PreferencesWindow preferencesWindow() { return preferences; }

    private java.util.Optional<Path> chooseFile(boolean save, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("shell.chooser.filter"), "*.db"));
        return save ? org.entente.ui.common.FileDialogs.save(chooser, stage) : org.entente.ui.common.FileDialogs.open(chooser, stage);
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : prefs.recentLibraries()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openLibrary(p, false));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /**
     * Replaces the error dialog shown when a library cannot be opened: the app's batch modes
     * (--measure-startup, screenshot) have nobody to close a dialog, so they print the error and quit.
     */
    public void setOpenFailureHandler(Consumer<Throwable> handler) { this.openFailureHandler = handler; }

    /**
     * Opens {@code file} in the background (seeding it with the starter library when
     * {@code seedIfNew}), then shows it in every view. The previous library closes once the new
     * one is open; if opening fails, the previous one stays open and the user is told why.
     */
    public void openLibrary(Path file, boolean seedIfNew) { openLibrary(file, seedIfNew, () -> { }); }

    /**
     * As {@link #openLibrary(Path, boolean)}, then runs {@code afterwards} on the FX thread once the
     * attempt has ended: the library shown in every view, or the failure told.
     */
    public void openLibrary(Path file, boolean seedIfNew, Runnable afterwards) {
        Object thisOpen = new Object();
        latestOpen = thisOpen;
        opening.setVisible(true);
        statusBar.showLibrary(I18n.t("shell.status.opening-file", file));
        Library previous = context.library();
        int inFront = tabs.getSelectionModel().getSelectedIndex();
        var mine = new java.util.concurrent.atomic.AtomicReference<OpenAttempt>();
        context.tasks().execute(BackgroundTask.of(I18n.t("shell.task.opening"), progress -> {
            Library library = seedIfNew ? LibraryService.openOrCreateWithStarter(file) : LibraryService.openOrCreateEmpty(file);
            // The views that read ahead begin their first reads here, while the FX thread may still be
            // building the window's first view (start-up); they take the results in libraryOpened.
            OpenAttempt attempt = new OpenAttempt(library, previous);
            // Known before it can await its hand-over: a Cancel that comes just after takes it back and closes it.
            mine.set(attempt);
            OpenAttempt replaced;
            try {
                replaced = awaitHandOver(attempt, inFront, progress::isCancelled);
            } catch (java.util.concurrent.CancellationException e) {
                library.close();
                throw e;
            }
            // Another open ended meanwhile and was never shown: this one is shown in its place.
            if (replaced != null) replaced.library().close();
            return attempt;
        }).onSuccess(attempt -> {
            // Unless a view built meanwhile has handed it over already (ViewSlot.view).
            if (takeForHandOver(attempt)) showOpenedLibrary(attempt.library(), previous);
            afterwards.run();
        }).onFailure(error -> {
            // Cancelled after its library was open and before it was shown: nobody will show it.
            OpenAttempt attempt = mine.get();
            if (attempt != null && takeForHandOver(attempt)) attempt.library().close();
            // Unless a later open is under way (its cover and its file's name stay), the window goes back to what it showed.
            boolean latest = latestOpen == thisOpen;
            if (error instanceof java.util.concurrent.CancellationException) {
                // The status bar's Cancel, or a window letting go (View › Language).
                if (latest && context.library() == previous) showLibraryAgain(previous);
                afterwards.run();
                return;
            }
            if (latest) opening.setVisible(false);
            afterwards.run();
            if (openFailureHandler != null) {
                openFailureHandler.accept(error);
                return;
            }
            if (latest) statusBar.showLibrary(previous == null ? I18n.t("shell.status.no-library") : libraryText(previous));
            backupActions.offerBackupAfterOpenFailure(file, error, () -> showError(I18n.t("shell.open.failed"),
                    previous == null ? error.getMessage() : I18n.t("shell.open.failed.previous-stays", error.getMessage(), previous.file().getFileName())), copy -> openLibrary(copy, false));
        }));
    }

    /** The newest {@link #openLibrary} attempt (a token), FX thread. */
    private Object latestOpen;

    /** The window as it was before an open that ended without showing its library: {@code library}, or none. */
    private void showLibraryAgain(Library library) {
        if (library == null) showNoLibrary();
        else {
            opening.setVisible(false);
            statusBar.showLibrary(libraryText(library));
        }
    }

    /** What the status bar says of the open library: its path, and whether it is read-only. */
    private static String libraryText(Library library) {
        return library.isReadOnly() ? I18n.t("shell.status.read-only", library.file()) : library.file().toString();
    }

    /** The library just opened, in place of {@code previous}: in the window, its status bar and every view built. FX thread. */
    private void showOpenedLibrary(Library library, Library previous) {
        context.setLibrary(library);
        prefs.addRecent(library.file());
        refreshRecent();
        statusBar.showLibrary(libraryText(library));
        // Told at the watcher's next tick, not only at the next edit.
        library.onGone(gone -> Platform.runLater(() -> {
            if (context.library() == library) showLibraryCondition(gone, gone.getMessage());
        }));
        stage.setTitle(I18n.t("shell.window.title", library.file().getFileName()));
        opening.setVisible(false);
        for (ViewSlot slot : slots) if (slot.view != null) slot.view.libraryOpened(context);
        refreshCounts();
        if (previous != null) context.tasks().run(I18n.t("shell.task.closing-previous"), () -> {
            previous.close();
            return null;
        }, x -> { });
    }

    /**
     * Copies the library to {@code target} and opens the copy. The status bar's Cancel stops the copy
     * (a ten-million-event library takes about a minute) and leaves a file already at that name as it was.
     */
    private void saveCopy(Path target) {
        Library library = context.library();
        context.tasks().execute(BackgroundTask.<Path>of(I18n.t("shell.task.saving-copy"), progress -> {
            library.saveCopyTo(target, progress::isCancelled);
            return target;
        }).onSuccess(p -> openLibrary(p, false)));
    }

    private void refreshCounts() {
        Library library = context.library();
        if (library == null) return;
        context.tasks().run(I18n.t("shell.task.counting"), library::counts, (Consumer<LibraryCounts>) statusBar::showCounts);
        indexSearchBacklog(library);
    }

    /**
     * The library whose search backlog is being indexed now, or whose indexing was cancelled (then
     * the status bar's Resume link goes on, as does opening it again), or a read-only library whose
     * backlog was looked up (it cannot be indexed there).
     */
    private Library searchIndexing;

    /**
     * Indexes the events a large import left out of the search index (issue #15), in the
     * background, in batches that each commit how far they got: Cancel, a crash or closing the
     * window loses at most one batch, and the next open or the status bar's Resume link goes on.
     * Meanwhile the status bar says that searches may miss events.
     */
    private void indexSearchBacklog(Library library) {
        if (searchIndexing == library) return;
        searchIndexing = library;
        statusBar.offerSearchIndexResume(null);
        java.util.concurrent.atomic.AtomicBoolean began = new java.util.concurrent.atomic.AtomicBoolean();
        context.tasks().execute(BackgroundTask.of(I18n.t("shell.task.search-index"), progress -> {
            began.set(true);
            java.util.Optional<org.entente.store.SearchBacklog> backlog = library.searchBacklog();
            showSearchBacklog(library, backlog.orElse(null));
            // A read-only library's backlog is told, not indexed.
            if (backlog.isEmpty() || library.isReadOnly()) return backlog.isEmpty();
            org.entente.store.SearchBacklog first = backlog.get();
            return library.indexSearchBacklog((phase, done, total) -> {
                progress.update(done, total, I18n.t("shell.task.search-index"));
                // All done (a cancel can come after the last batch): no notice, rather than "no events not indexed yet".
                showSearchBacklog(library, done >= total ? null : new org.entente.store.SearchBacklog(first.firstId(), first.lastId(), total - done));
            }, progress::isCancelled);
        }).onSuccess(complete -> {
            if (complete) {
                showSearchBacklog(library, null);
                if (searchIndexing == library) searchIndexing = null;
            }
        }).onFailure(error -> {
            // Cancelled: the rest waits for the Resume link or the next open. A failure is told; the backlog stays recorded.
            if (!(error instanceof java.util.concurrent.CancellationException)) {
                if (searchIndexing == library) searchIndexing = null;
                showError(I18n.t("shell.task.search-index.failed"), error.getMessage());
            } else if (context.library() == library) {
                if (!library.isReadOnly()) statusBar.offerSearchIndexResume(() -> {
                    if (context.library() != library) return;
                    if (searchIndexing == library) searchIndexing = null;
                    indexSearchBacklog(library);
                });
                // Cancelled while still queued, before it looked: the notice (and with it the link) shows what is left.
                if (!began.get()) context.tasks().execute(BackgroundTask.of(I18n.t("shell.task.search-index"),
                                p -> library.isClosed() ? java.util.Optional.<org.entente.store.SearchBacklog>empty() : library.searchBacklog())
                        .aside().onSuccess(left -> showSearchBacklog(library, left.orElse(null)))
                        .onFailure(lookUpFailed -> { })); // another library opened meanwhile: nothing to show
            }
        }));
    }

    private void showSearchBacklog(Library library, org.entente.store.SearchBacklog backlog) {
        Platform.runLater(() -> {
            if (context.library() != library) return;
            context.searchBacklogProperty().set(backlog);
            statusBar.showSearchBacklog(backlog);
            // Nothing left (also after a cancelled build that got to the end): a later import's backlog is built again.
            if (backlog == null && searchIndexing == library) searchIndexing = null;
        });
    }

    /**
     * A failure that says something about the library file itself (read-only, a full disk, the
     * file removed while open), found in {@code error}'s causes, or null.
     */
    private static LibraryException libraryCondition(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LibraryException e) {
                switch (e.reason()) {
                    // Another window's or program's lock is the usual error: trying again is the way out.
                    case READ_ONLY, DISK_FULL, GONE: return e;
                    default: return null;
                }
            }
        }
        return null;
    }

    /** The removal of the open library is told once, whether the watcher or an edit found it first. */
    private Library goneShownFor;

    /**
     * The error dialog for a condition of the library file, with what the user can do about it:
     * File › Save a Copy As… where nothing more can be saved to the file (read-only, removed),
     * File › Restore from Backup… where the library is as it was (a full disk).
     */
    private void showLibraryCondition(LibraryException condition, String message) {
        Library library = context.library();
        if (condition.reason() == LibraryException.Reason.GONE) {
            if (library != null && goneShownFor == library) return;
            goneShownFor = library;
        }
        boolean canSave = condition.reason() == LibraryException.Reason.GONE || condition.reason() == LibraryException.Reason.READ_ONLY;
        ButtonType action = canSave ? new ButtonType(I18n.t("shell.condition.save-copy"), ButtonBar.ButtonData.OK_DONE)
                : new ButtonType(I18n.t("shell.condition.restore"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE, action);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().lookupButton(action).setId(canSave ? "error-save-copy" : "error-restore-backup");
        alert.setHeaderText(switch (condition.reason()) {
            case READ_ONLY -> I18n.t("shell.condition.read-only");
            case DISK_FULL -> I18n.t("shell.condition.disk-full");
            default -> I18n.t("shell.condition.gone");
        });
        alert.initOwner(stage);
        alert.setOnHidden(e -> {
            if (alert.getResult() != action || context.library() == null) return;
            if (canSave) chooseFile(true, I18n.t("shell.chooser.save-copy")).ifPresent(this::saveCopy);
            else backupActions.showBackups();
        });
        alert.show();
    }

    void showError(String header, String message) {
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.getDialogPane().setId("error-dialog");
            alert.setHeaderText(header);
            alert.initOwner(stage);
            alert.show();
        };
        if (Platform.isFxApplicationThread()) show.run();
        else Platform.runLater(show);
    }
}

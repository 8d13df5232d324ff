package org.entente.ui.common;

import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;
import org.entente.app.edit.LibraryEditor;
import org.entente.app.edit.UndoHistory;
import org.entente.store.Library;

/** What every view shares: the open library, background tasks, selection and display settings. */
public final class AppContext {
    private final FxTaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>(this, "library");
    private final ReadOnlyObjectWrapper<LibraryEditor> editor = new ReadOnlyObjectWrapper<>(this, "editor");
    private final ObjectProperty<Long> selectedEventId = new SimpleObjectProperty<>(this, "selectedEventId");
    private final ObjectProperty<Long> focusActorId = new SimpleObjectProperty<>(this, "focusActorId");
    private final ObjectProperty<LocalDate> focusDate = new SimpleObjectProperty<>(this, "focusDate");
    private final LongProperty libraryVersion = new SimpleLongProperty(this, "libraryVersion");
    private final ObjectProperty<org.entente.store.SearchBacklog> searchBacklog = new SimpleObjectProperty<>(this, "searchBacklog");
    private final BooleanProperty largeType = new SimpleBooleanProperty(this, "largeType");
    /** True while the window opens a library (a new context opens one first: the app's start). */
    private final BooleanProperty openingLibrary = new SimpleBooleanProperty(this, "openingLibrary", true);
    private final BooleanProperty focusSelection = new SimpleBooleanProperty(this, "focusSelection");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final javafx.beans.property.IntegerProperty typeScale = new javafx.beans.property.SimpleIntegerProperty(this, "typeScale", TypeScale.NORMAL);
    private final javafx.beans.property.ReadOnlyIntegerWrapper effectiveTypeScale =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "effectiveTypeScale", TypeScale.NORMAL);
    private Window window;
    /** How often the open library is asked whether another window or process has changed it. */
    static final java.time.Duration OTHER_WRITERS_POLL = java.time.Duration.ofSeconds(1);
    private org.entente.store.LibraryWatcher watcher;
    private Editing editing = Editing.NONE;

    public AppContext(FxTaskExecutor tasks) {
        this.tasks = tasks;
        // A window exists: its thread must never wait on the database (the guide's rule, checked).
        Library.forbidOnThreadsWhere(javafx.application.Platform::isFxApplicationThread);
        effectiveTypeScale.bind(javafx.beans.binding.Bindings.createIntegerBinding(
                () -> TypeScale.effective(typeScale.get(), largeType.get()), typeScale, largeType));
    }

    /** The open library, or null while none is open. Query it only inside background tasks. */
    public Library library() { return library.get(); }

    public ReadOnlyObjectProperty<Library> libraryProperty() { return library.getReadOnlyProperty(); }

    /** The shell opens and closes libraries; views only follow {@link #libraryProperty()}. */
    public void setLibrary(Library value) {
        selectedEventId.set(null);
        focusActorId.set(null);
        if (watcher != null) watcher.close();
        watcher = null;
        // The undo history belongs to one library: a fresh editor for each library opened, with a
        // fresh history unless the same file was opened again to keep its history.
        UndoHistory history = new UndoHistory();
        if (value != null) {
            if (carriedHistory != null && sameFile(value.file(), carriedFile)) history = carriedHistory;
            carriedHistory = null;
            carriedFile = null;
        }
        searchBacklog.set(null);
        editor.set(value == null ? null : new LibraryEditor(value, history));
        library.set(value);
        // Edits made in another Entente window (or process) on the same file show here too:
        // the watcher notices them (never this window's own) and every view reloads.
        if (value != null) watcher = value.watchOtherWriters(OTHER_WRITERS_POLL, () -> javafx.application.Platform.runLater(() -> {
            if (library.get() == value) libraryChanged();
        }));
    }

    private java.nio.file.Path carriedFile;
    private UndoHistory carriedHistory;

    /**
     * Lets the next library set here keep {@code history} if it is the file {@code file}: a window
     * rebuilt on the same library (View › Language) can still undo what was done before.
     */
    public void carryUndoHistory(java.nio.file.Path file, UndoHistory history) {
        carriedFile = file;
        carriedHistory = history;
    }

    private static boolean sameFile(java.nio.file.Path a, java.nio.file.Path b) {
        return a != null && b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * The editor of the open library (null while none is open): every user edit goes through it,
     * so that it can be undone. Call its methods off the FX thread, e.g. with {@link #edit}.
     */
    public LibraryEditor editor() { return editor.get(); }

    /** The watcher of the open library for other windows' edits, or null (for tests and diagnostics). */
    public org.entente.store.LibraryWatcher watcher() { return watcher; }

    public ReadOnlyObjectProperty<LibraryEditor> editorProperty() { return editor.getReadOnlyProperty(); }

    /**
     * Runs an edit in the background through the open library's editor; on success (FX thread)
     * every view reloads and {@code onSuccess} gets the result. A failure ({@code EditException},
     * library unchanged) is shown to the user by the shell.
     */
    public <T> void edit(String title, java.util.function.Function<LibraryEditor, T> work, java.util.function.Consumer<T> onSuccess) {
        edit(title, work, onSuccess, null);
    }

    /**
     * Like {@link #edit(String, java.util.function.Function, java.util.function.Consumer)}, and on
     * failure or cancel {@code onFailure} (FX thread) first puts back what the caller showed ahead
     * of the write — a toggled star, a disabled Save button — before the shell shows the error.
     */
    public <T> void edit(String title, java.util.function.Function<LibraryEditor, T> work, java.util.function.Consumer<T> onSuccess,
                         java.util.function.Consumer<Throwable> onFailure) {
        LibraryEditor e = editor();
        if (e == null) {
            if (onFailure != null) onFailure.accept(new IllegalStateException(org.entente.i18n.I18n.t("shell.error.no-library")));
            return;
        }
        tasks.run(title, () -> work.apply(e), result -> {
            libraryChanged();
            if (onSuccess != null) onSuccess.accept(result);
        }, onFailure == null ? null : error -> {
            onFailure.accept(error);
            if (!(error instanceof java.util.concurrent.CancellationException)) tasks.reportFailure(error);
        });
    }

    public FxTaskExecutor tasks() { return tasks; }

    /** The selected event (null for none): the table, the timeline and the detail pane share it. */
    public ObjectProperty<Long> selectedEventId() { return selectedEventId; }

    /** An actor other views should focus on, e.g. after a click on a network node. */
    public ObjectProperty<Long> focusActorId() { return focusActorId; }

    /** The date the timeline is centred on; the network follows it when linked. */
    public ObjectProperty<LocalDate> focusDate() { return focusDate; }

    /** What the views share when View › Link Views is on. */
    public LinkedViews links() { return links; }

    private final LinkedViews links = new LinkedViews();

    /** Bumped after every write; views reload when it changes. */
    public LongProperty libraryVersion() { return libraryVersion; }

    /**
     * The open library's events not yet in the search index (a large import's, indexed in the
     * background after its commit), or null when every event can be found: while it is set,
     * searches say that their results may be incomplete. The shell keeps it up to date.
     */
    public ObjectProperty<org.entente.store.SearchBacklog> searchBacklogProperty() { return searchBacklog; }

    /** Call on the FX thread after a write, so that every view reloads what it shows. */
    public void libraryChanged() { libraryVersion.set(libraryVersion.get() + 1); }

    /** Lecturer mode (View › Large Type, and Present): type at least {@link TypeScale#LARGE_TYPE_MINIMUM} %. */
    public BooleanProperty largeType() { return largeType; }

    /** Whether the window is opening a library now; views follow it. */
    public javafx.beans.value.ObservableBooleanValue openingLibraryProperty() { return openingLibrary; }

    /** The shell's window says whether it is opening a library (a newer window takes over from an older one). */
    public void followOpeningLibrary(javafx.beans.value.ObservableBooleanValue opening) { openingLibrary.bind(opening); }

    /** View › Focus on Selection: views draw what is not selected faint (the timeline does). */
    public BooleanProperty focusSelection() { return focusSelection; }

    /** The colour theme of every window. */
    public ObjectProperty<Theme> theme() { return theme; }

    /** The type size chosen in View › Type Size, in percent (one of {@link TypeScale#STEPS}). */
    public javafx.beans.property.IntegerProperty typeScale() { return typeScale; }

    /**
     * The type size every view and chart shows, in percent: the chosen size, raised to at least
     * {@link TypeScale#LARGE_TYPE_MINIMUM} while Large Type (or Present) is on.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty effectiveTypeScale() { return effectiveTypeScale.getReadOnlyProperty(); }

    public Window window() { return window; }

    /** Opens records in their forms (double-click in a view, Edit menu); does nothing until an editor is installed. */
    public Editing editing() { return editing; }

    public void setEditing(Editing value) { editing = value == null ? Editing.NONE : value; }

    /** Set once by the main window. */
    public void setWindow(Window w) { window = w; }
}

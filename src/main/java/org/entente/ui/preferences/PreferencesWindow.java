package org.entente.ui.preferences;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.AppStyles;
import org.entente.ui.common.Fxml;
import org.entente.ui.common.Theme;
import org.entente.ui.common.TypeScale;

/**
 * Edit › Preferences…: the settings the menus hold, in one place (layout in PreferencesWindow.fxml),
 * and whether the welcome shows at the next start (which only its dismissal set before).
 * Each choice takes effect at once through the menus' own code, so that the menus and this window
 * always agree: the theme and the type size are the context's properties the View menu sets; the
 * language and the number of backups to keep are the shell's View › Language and Restore from
 * Backup… actions, lent through {@link Actions} (this package sees neither the shell nor the
 * backups package).
 */
public final class PreferencesWindow {
    /** One choice of View › Language: its value as remembered ("system", "en", "vi") and its menu text. */
    public record Language(String value, String text) {}

    /** What the shell lends this window: the actions of View › Language, of the backups' setting and of the welcome. */
    public interface Actions {
        /** View › Language's choices, in the menu's order. */
        List<Language> languages();

        /** The language remembered now ("system", "en", "vi"). */
        String language();

        /** Chooses a language as View › Language does (which may build the main window again). */
        void chooseLanguage(String value);

        /** Sets how many backups the open library keeps, as Restore from Backup… does (in the background). */
        void keepBackups(int count);

        /** True if the welcome shows when Entente next starts (the first run's, until it is dismissed). */
        boolean welcomeAtNextStart();

        /** Has the welcome shown at the next start, or not. */
        void welcomeAtNextStart(boolean show);
    }

    private final AppContext context;
    private final Actions actions;
    private final Stage stage = new Stage();
    @FXML private VBox root;
    @FXML private ComboBox<Theme> theme;
    @FXML private ComboBox<Integer> typeSize;
    @FXML private ComboBox<Language> language;
    @FXML private CheckBox welcome;
    @FXML private Label libraryHeading;
    @FXML private Spinner<Integer> keep;
    /** The chosen type size as an object, held here: the combo box's value is bound to it both ways (weakly). */
    private final ObjectProperty<Integer> chosenTypeSize;
    /** True while the window sets a choice from what is remembered, so that no listener acts on it. */
    private boolean showing;

    public PreferencesWindow(AppContext context, Actions actions) {
        this.context = context;
        this.actions = actions;
        stage.setTitle(I18n.t("shell.prefs.title"));
        Fxml.load(PreferencesWindow.class.getResource("PreferencesWindow.fxml"), this);

        theme.getItems().setAll(Theme.values());
        theme.setConverter(converter(Theme::menuText));
        theme.valueProperty().bindBidirectional(context.theme());

        typeSize.getItems().setAll(TypeScale.STEPS);
        typeSize.setConverter(converter(size -> I18n.t("shell.menu.view.type-size.step", size)));
        chosenTypeSize = context.typeScale().asObject();
        typeSize.valueProperty().bindBidirectional(chosenTypeSize);

        language.getItems().setAll(actions.languages());
        language.setConverter(converter(Language::text));
        showRememberedLanguage();
        language.valueProperty().addListener((obs, was, now) -> {
            if (showing || now == null || now.equals(was)) return;
            actions.chooseLanguage(now.value());
            // What is remembered: the change may have been called off (something being typed elsewhere).
            showRememberedLanguage();
        });

        welcome.setOnAction(e -> actions.welcomeAtNextStart(welcome.isSelected()));

        keep.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(LibraryBackups.MIN_KEEP, LibraryBackups.MAX_KEEP,
                LibraryBackups.DEFAULT_KEEP));
        keep.valueProperty().addListener((obs, was, count) -> {
            if (showing || count == null || Objects.equals(was, count)) return;
            actions.keepBackups(count);
        });
        context.libraryProperty().addListener((obs, o, library) -> { if (stage.isShowing()) readLibrary(); });
        // Restore from Backup… may have changed the number meanwhile.
        stage.focusedProperty().addListener((obs, o, focused) -> { if (focused) readLibrary(); });

        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(AppStyles.main(), PreferencesWindow.class.getResource("preferences.css").toExternalForm());
        // Esc closes the window wherever the focus is (the spinner's field takes Esc for itself), but
        // first an open list of choices, as everywhere.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE || theme.isShowing() || typeSize.isShowing() || language.isShowing()) return;
            e.consume();
            close();
        });
        stage.setScene(scene);
        AppStyles.follow(root, context);
        // A larger type size makes the window larger: it fits itself to what it holds.
        context.effectiveTypeScale().addListener((obs, o, size) -> { if (stage.isShowing()) fit(); });
    }

    /** Shows the window above {@code owner}, with the choices as they are now. */
    public void show(Window owner) {
        if (stage.getOwner() == null && owner != null) stage.initOwner(owner);
        showRememberedLanguage();
        welcome.setSelected(actions.welcomeAtNextStart());
        readLibrary();
        stage.show();
        fit();
        stage.toFront();
        theme.requestFocus();
    }

    /**
     * Sizes the window to what it holds, no wider than its owner: at a large type size the hint then
     * wraps, and the height is the one the content needs at that width (so the Close button stays in).
     */
    private void fit() {
        root.setPrefWidth(Region.USE_COMPUTED_SIZE);
        Window owner = stage.getOwner();
        if (owner != null && owner.getWidth() > 0) root.setPrefWidth(Math.min(root.prefWidth(-1), owner.getWidth() * 0.95));
        stage.sizeToScene();
    }

    private void showRememberedLanguage() {
        String remembered = actions.language();
        showing = true;
        language.setValue(language.getItems().stream().filter(l -> l.value().equals(remembered)).findFirst().orElse(null));
        showing = false;
    }

    /** Reads the open library's number of backups to keep, in the background. */
    private void readLibrary() {
        Library library = context.library();
        keep.setDisable(library == null);
        libraryHeading.setText(library == null ? I18n.t("shell.prefs.no-library")
                : I18n.t("shell.backups.of", library.file().getFileName()));
        if (library == null) return;
        context.tasks().run(I18n.t("shell.task.backups.reading"), library::keepBackups, count -> {
            if (context.library() != library) return;
            showing = true;
            keep.getValueFactory().setValue(count);
            showing = false;
        });
    }

    @FXML
    private void close() { stage.hide(); }

    /** The window's stage (for the shell and tests). */
    public Stage stage() { return stage; }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : text.apply(value); }

            @Override
            public T fromString(String string) { throw new UnsupportedOperationException(); }
        };
    }
}

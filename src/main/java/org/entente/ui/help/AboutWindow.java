package org.entente.ui.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Fxml;


/**
 * Help › About: the version, where the library and the log are, and the licences of everything Entente
 * bundles (libraries, fonts, icons, data), from {@code bundled.tsv} beside this class (layout in AboutWindow.fxml).
 */
public final class AboutWindow {
    /**
     * One bundled component.
     *
     * @param name    what it is, e.g. "SQLite JDBC (org.xerial:sqlite-jdbc)"
     * @param licence its licence, e.g. "Apache-2.0"
     */
    public record Bundled(String name, String licence) {}

    @FXML private Label versionLabel;
    @FXML private Label runtimeLabel;
    @FXML private Label libraryLabel;
    @FXML private Label logLabel;
    @FXML private Button copyLibraryPath;
    @FXML private TableView<Bundled> bundledTable;
    @FXML private TableColumn<Bundled, String> nameColumn;
    @FXML private TableColumn<Bundled, String> licenceColumn;
    @FXML private Button closeButton;
    private final Stage stage;

    private AboutWindow(Window owner, Path library, Path logFile, AppContext context) {
        stage = HelpWindows.stage(owner, I18n.t("shell.about.title"), Fxml.load(AboutWindow.class.getResource("AboutWindow.fxml"), this), context);
        versionLabel.setText(I18n.t("shell.about.version", HelpWindows.version()));
        runtimeLabel.setText("Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.runtime.version", "?")
                + " · " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        String libraryText = library == null ? I18n.t("shell.status.no-library") : library.toAbsolutePath().toString();
        libraryLabel.setText(libraryText);
        copyLibraryPath.setDisable(library == null);
        copyLibraryPath.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(libraryText);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        logLabel.setText(logFile.toString());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        licenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().licence()));
        bundledTable.getItems().setAll(bundled());
        closeButton.setOnAction(e -> stage.close());
    }

    /** Shows the About window for the open {@code library} (null when none is open). */
    public static Stage show(Window owner, Path library, AppContext context) {
        AboutWindow w = new AboutWindow(owner, library, org.entente.app.LogFiles.current(), context);
        w.stage.show();
        return w.stage;
    }

    /** What Entente bundles, with licences: one "name TAB licence" a line in {@code bundled.tsv}. */
    public static List<Bundled> bundled() {
        List<Bundled> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AboutWindow.class.getResourceAsStream("bundled.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length != 2) throw new IllegalStateException("bundled.tsv: not two cells: " + line);
                out.add(new Bundled(cells[0].strip(), cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.ui.events.EventRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.entente.ui.common.AppContext;

/** A researcher annotates an event through the detail pane, then filters the Events view to their annotations. */
@ExtendWith(ApplicationExtension.class)
class AnnotationWorkflowTest {
    @TempDir static Path dir;
    private MainWindowFixture fixture;
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.show(stage, 1400, 900).selectTab("Events").open(MainWindowTest.seededLibrary(dir));
        window = fixture.window;
        context = fixture.context;
    }

    @AfterEach
    void closeLibrary() { fixture.closeLibrary(); }

    private void waitForIdle() throws Exception { fixture.waitForIdle(10); }

    private static Set<Text> texts(FxRobot robot, String styleClass) { return robot.lookup("." + styleClass).queryAllAs(Text.class); }

    @Test
    void aNoteWithMarkdownIsRenderedUndoneStarredAndFoundByMyAnnotations(FxRobot robot) throws Exception {
        waitForIdle();
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);

        robot.clickOn("Putin state visit to Hanoi");
        waitForIdle();
        long id = context.selectedEventId().get();
        RecordRef ref = new RecordRef(RecordKind.EVENT, id);
        assertThat(robot.lookup("#record-origin").queryLabeled().getText()).isEqualTo("Starter library");

        robot.clickOn("#note-add");
        robot.clickOn("#note-editor").write("Compare with **Đổi Mới** and *bamboo diplomacy*");
        robot.clickOn("#note-save");
        waitForIdle();

        // The note is back from the library, rendered with Text nodes: the bold run is a bold font.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !texts(robot, "note-bold").isEmpty());
        Text bold = texts(robot, "note-bold").iterator().next();
        assertThat(bold.getText()).isEqualTo("Đổi Mới");
        assertThat(FontWeight.findByName(bold.getFont().getStyle().split(" ")[0])).isEqualTo(FontWeight.BOLD);
        assertThat(texts(robot, "note-italic")).extracting(Text::getText).containsExactly("bamboo diplomacy");
        assertThat(robot.lookup(".note-card").queryAll()).hasSize(1);

        // Ctrl+Z takes the note away again (through the edit layer), Ctrl+Shift+Z brings it back.
        robot.clickOn("Putin state visit to Hanoi");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library().notes().forRecord(ref).isEmpty());
        waitForIdle();
        assertThat(robot.lookup(".note-card").queryAll()).isEmpty();
        assertThat(texts(robot, "note-bold")).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library().notes().forRecord(ref).size() == 1);
        waitForIdle();
        assertThat(robot.lookup(".note-card").queryAll()).hasSize(1);

        robot.clickOn("#annotation-star");
        waitForIdle();
        assertThat(context.library().annotations().of(ref).starred()).isTrue();

        // "My annotations" keeps only the annotated event.
        robot.clickOn("#events-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(((EventRow) table.getItems().get(0)).id()).isEqualTo(id);
        assertThat(((EventRow) table.getItems().get(0)).starred()).isTrue();
        robot.clickOn("#events-annotated");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        // The note is searchable: the Events filter finds its event typed without diacritics.
        robot.clickOn("#events-filter").write("doi moi");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(((EventRow) table.getItems().get(0)).id()).isEqualTo(id);
    }

    @Test
    void theDetailPaneWithAHighlightTagsAndARichNoteRendersToPng(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("Putin state visit to Hanoi");
        waitForIdle();
        robot.clickOn("#highlight-f5d547");
        waitForIdle();
        robot.clickOn("#annotation-tags").write("lecture 3, Đổi Mới").type(KeyCode.ENTER);
        waitForIdle();
        robot.clickOn("#annotation-star");
        waitForIdle();
        robot.clickOn("#note-add");
        robot.clickOn("#note-editor").write("## Why it matters\n*First* visit since 2017; see [TASS](https://tass.com/x).\n"
                + "- **Comprehensive strategic** partnership kept\n- `ES-11/1`: Vietnam abstained\n1. compare China\n2. compare USA");
        robot.clickOn("#note-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".note-heading").queryAll().isEmpty());
        waitForIdle();
        var marks = context.library().annotations().of(new RecordRef(RecordKind.EVENT, context.selectedEventId().get()));
        assertThat(marks).isEqualTo(new org.entente.model.Annotation(marks.target(), true, "#f5d547", java.util.List.of("lecture 3", "Đổi Mới")));
        assertThat(robot.lookup(".detail-title").queryLabeled().getStyleClass()).contains("highlighted", "highlight-yellow");
        // The Events table tints the event's row with the same colour.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell.highlight-yellow").tryQuery().isPresent());
        assertThat(robot.lookup(".table-row-cell.highlight-yellow").query().lookup(".table-cell").getParent().getChildrenUnmodifiable())
                .anySatisfy(cell -> assertThat(((javafx.scene.control.TableCell<?, ?>) cell).getText()).isEqualTo("Putin state visit to Hanoi"));
        assertThat(robot.lookup(".note-link-url").queryAllAs(Text.class)).extracting(Text::getText).containsExactly(" (https://tass.com/x)");
        assertThat(robot.lookup(".note-list-item").queryAll()).hasSize(4);
        assertThat(robot.lookup(".note-code").queryAs(Text.class).getFont().getFamily()).isEqualTo("Monospaced");
        Node pane = robot.lookup(".event-detail").query();
        Path png = Path.of("target", "screenshots", "annotations.png");
        robot.interact(() -> {
            try {
                snapshot(pane, png);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(png).exists();

        // Editing replaces the text; deleting removes the note (both undoable like any edit).
        robot.clickOn(".note-edit");
        robot.clickOn("#note-editor").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Short *now*");
        robot.clickOn("#note-save");
        RecordRef ref = new RecordRef(RecordKind.EVENT, context.selectedEventId().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library().notes().forRecord(ref).stream()
                .anyMatch(n -> n.text().equals("Short *now*")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".note-italic").tryQuery().isPresent()
                && robot.lookup(".note-heading").tryQuery().isEmpty());
        waitForIdle();
        robot.clickOn(".note-delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.library().notes().forRecord(ref).isEmpty());
        waitForIdle();
        assertThat(robot.lookup(".note-card").queryAll()).isEmpty();
    }

    @Test
    void copyCitationsOfTheSelectedEventsAndExportThemFromTheFileMenu(FxRobot robot) throws Exception {
        waitForIdle();
        robot.clickOn("Putin state visit to Hanoi");
        robot.press(KeyCode.CONTROL).clickOn("Vietnam abstains on ES-11/1").release(KeyCode.CONTROL);
        waitForIdle();
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItems()).hasSize(2);
        // Monocle's headless robot sends no context-menu request for a right click: open the table's menu as a right click would.
        robot.interact(() -> table.getContextMenu().show(table, javafx.geometry.Side.TOP, 40, 60));
        robot.clickOn("Copy citations (CSL-JSON)");
        waitForIdle();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(copied[0]);
        java.util.List<String> publishers = new java.util.ArrayList<>();
        items.forEach(i -> publishers.add(i.get("publisher").asText()));
        assertThat(publishers).containsExactlyInAnyOrder("DW", "UN Press");

        // File > Export Citations… is there; the export itself runs in the background.
        robot.clickOn("File");
        assertThat(robot.lookup("Export Citations…").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        Path bib = dir.resolve("all-" + System.nanoTime() + ".bib");
        int[] written = {-1};
        robot.interact(() -> org.entente.ui.common.annotate.CitationActions.export(context, null,
                org.entente.app.CitationService.Format.BIBTEX, bib, n -> written[0] = n));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> written[0] >= 0);
        assertThat(written[0]).isEqualTo(2);
        assertThat(java.nio.file.Files.readString(bib)).contains("@online{").contains("title = {General Assembly resolution ES-11/1}");
    }

    /** For the screenshot and the reader: the pane as a PNG. */
    static void snapshot(Node node, Path file) throws Exception {
        var image = node.snapshot(null, null);
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}

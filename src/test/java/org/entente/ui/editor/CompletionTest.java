package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the completion offers for a typed text, and what Enter takes. */
@ExtendWith(ApplicationExtension.class)
class CompletionTest {
    private final List<String> picked = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private Completion<String> names;

    @Start
    void start(Stage stage) {
        TextField people = new TextField();
        people.setId("people");
        names = new Completion<>(people, () -> List.of("Tô Lâm", "Võ Văn Thưởng", "Путин", "习近平", "Lâm Đồng"), s -> s,
                picked::add, "Create actor “%s”…", created::add);
        TextField tags = new TextField();
        tags.setId("tags");
        new Completion<>(tags, () -> List.of("visit", "visits abroad"), s -> s, picked::add, "Add tag “%s”", created::add).enterCreates();
        stage.setScene(new Scene(new VBox(8, people, tags), 400, 200));
        stage.show();
    }

    @Test
    void accentsAreOptionalAndPrefixesComeFirst() {
        assertThat(names.suggest("lam")).extracting(Completion.Suggestion::label)
                .containsExactly("Lâm Đồng", "Tô Lâm", "Create actor “lam”…");
        assertThat(names.suggest("to lam")).extracting(Completion.Suggestion::label).as("named exactly, accents aside").containsExactly("Tô Lâm");
        assertThat(names.suggest("Путин")).extracting(Completion.Suggestion::label).as("an exact name offers no creation").containsExactly("Путин");
        assertThat(names.suggest("  ")).isEmpty();
    }

    @Test
    void enterTakesTheBestMatchForRecordsAndTheTypedTextForTags(FxRobot robot) {
        robot.clickOn("#people").write("vo van").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picked).containsExactly("Võ Văn Thưởng");
        robot.clickOn("#tags").write("visit").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picked).containsExactly("Võ Văn Thưởng", "visit");
        robot.clickOn("#tags").write("vis").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(created).containsExactly("vis");
        assertThat(robot.lookup("#tags").queryAs(TextField.class).getText()).as("emptied for the next tag").isEmpty();
    }
}

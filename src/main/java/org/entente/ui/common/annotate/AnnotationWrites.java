package org.entente.ui.common.annotate;

import java.util.function.Consumer;

import org.entente.model.Annotation;
import org.entente.model.Note;
import org.entente.ui.common.AppContext;

/**
 * The annotation panel's writes, through the shell's undoable edit layer ({@link AppContext#edit}):
 * each runs off the FX thread as one change on the undo history, then every view reloads.
 */
final class AnnotationWrites {
    private AnnotationWrites() {}

    static void saveNote(AppContext context, Note note, Consumer<Note> done, Consumer<Throwable> failed) {
        context.edit(note.id() == 0 ? "Adding a note" : "Saving the note", editor -> editor.saveNote(note), done, failed);
    }

    static void deleteNote(AppContext context, Note note) {
        context.edit("Deleting the note", editor -> {
            editor.deleteNote(note.id());
            return null;
        }, null);
    }

    static void saveAnnotation(AppContext context, Annotation annotation, Consumer<Annotation> done, Consumer<Throwable> failed) {
        context.edit("Saving your marks", editor -> editor.saveAnnotation(annotation), done, failed);
    }
}

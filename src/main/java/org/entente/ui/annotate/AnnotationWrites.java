package org.entente.ui.annotate;

import java.util.function.Consumer;

import org.entente.model.Annotation;
import org.entente.model.Note;
import org.entente.ui.shell.AppContext;

/**
 * The annotation panel's writes, through the undoable edit layer: each runs off the FX thread as
 * one background task and, once stored, tells every view that the library changed.
 */
final class AnnotationWrites {
    private AnnotationWrites() {}

    static void saveNote(AppContext context, Note note, Consumer<Note> done) {
        var editor = context.editor();
        context.tasks().run(note.id() == 0 ? "Adding a note" : "Saving the note", () -> editor.saveNote(note), saved -> {
            done.accept(saved);
            context.libraryChanged();
        });
    }

    static void deleteNote(AppContext context, Note note) {
        var editor = context.editor();
        context.tasks().run("Deleting the note", () -> {
            editor.deleteNote(note.id());
            return null;
        }, x -> context.libraryChanged());
    }

    static void saveAnnotation(AppContext context, Annotation annotation, Consumer<Annotation> done) {
        var editor = context.editor();
        context.tasks().run("Saving your marks", () -> editor.saveAnnotation(annotation), saved -> {
            done.accept(saved);
            context.libraryChanged();
        });
    }
}

package org.entente.ui.common.annotate;

import java.util.function.Consumer;

import org.entente.i18n.I18n;
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
        context.edit(I18n.t(note.id() == 0 ? "shell.task.note.add" : "shell.task.note.save"), editor -> editor.saveNote(note), done, failed);
    }

    static void deleteNote(AppContext context, Note note) {
        context.edit(I18n.t("shell.task.note.delete"), editor -> {
            editor.deleteNote(note.id());
            return null;
        }, null);
    }

    static void saveAnnotation(AppContext context, Annotation annotation, Consumer<Annotation> done, Consumer<Throwable> failed) {
        context.edit(I18n.t("shell.task.marks.save"), editor -> editor.saveAnnotation(annotation), done, failed);
    }
}

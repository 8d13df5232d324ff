package org.entente.ui.editor;

import java.util.function.Consumer;

import javafx.stage.Window;
import org.entente.model.Actor;
import org.entente.model.Source;

/** Creating an actor or a source from inside another form, when the typed name is not in the library. */
interface OnTheSpot {
    /** Opens the actor form over {@code owner} with {@code name} filled in; {@code done} gets the stored actor. */
    void newActor(String name, Window owner, Consumer<Actor> done);

    /** Opens the source form over {@code owner} with {@code title} filled in; {@code done} gets the stored source. */
    void newSource(String title, Window owner, Consumer<Source> done);
}

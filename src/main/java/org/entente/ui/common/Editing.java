package org.entente.ui.common;

import java.time.LocalDate;

import org.entente.model.RecordKind;
import org.entente.model.RecordRef;

/**
 * How a view asks for a record to be edited, without knowing the forms: the editor installs
 * itself on {@link AppContext#setEditing}; until then every call does nothing.
 */
public interface Editing {
    /** Opens the form for a new record of {@code kind}. */
    void create(RecordKind kind);

    /** Opens the form of a stored record. */
    void edit(RecordRef record);

    /** Opens the spell of the pair's partnership in force on {@code date} (the latest one when none is). */
    void editPartnership(long actorA, long actorB, LocalDate date);

    /** Opens the form for a new reported change of trade ("+2.3 % in 2023"). */
    default void createTradeChange() { }

    /** Opens the form of a stored reported change of trade. */
    default void editTradeChange(long id) { }

    /** Nothing installed: every request is ignored. */
    Editing NONE = new Editing() {
        @Override
        public void create(RecordKind kind) { }

        @Override
        public void edit(RecordRef record) { }

        @Override
        public void editPartnership(long actorA, long actorB, LocalDate date) { }
    };
}

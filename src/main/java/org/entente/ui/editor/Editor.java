package org.entente.ui.editor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.entente.i18n.I18n;
import org.entente.app.edit.EditException;
import org.entente.app.edit.LibraryEditor;
import org.entente.model.Actor;
import org.entente.model.Partnership;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.entente.store.Library;
import org.entente.ui.common.AppContext;
import org.entente.ui.common.Editing;

/**
 * Opens records in their forms, from the Edit menu and from the views (through
 * {@link AppContext#editing()}). Reads what a form needs in the background, then shows the form;
 * forms save through the undoable edit layer, {@link LibraryEditor}.
 */
public final class Editor implements Editing {
    private final AppContext context;
    private final Supplier<LibraryEditor> editor;

    /** @param editor the open library's edit layer (null while none is open) */
    public Editor(AppContext context, Supplier<LibraryEditor> editor) {
        this.context = context;
        this.editor = editor;
    }

    private LibraryEditor edits() {
        LibraryEditor e = editor.get();
        if (e == null) throw new EditException(I18n.t("editor.no-library"));
        return e;
    }

    @Override
    public void create(RecordKind kind) {
        Library library = context.library();
        if (library == null) return;
        context.tasks().run(I18n.t("editor.task.opening"), () -> EditorData.load(library), data -> open(kind, null, data, context.window()));
    }

    @Override
    public void edit(RecordRef ref) {
        Library library = context.library();
        if (library == null || ref == null) return;
        context.tasks().run(I18n.t("editor.task.opening"), () -> new Loaded(EditorData.load(library), library.find(ref)), loaded -> {
            if (loaded.record().isEmpty()) {
                Alert a = new Alert(Alert.AlertType.INFORMATION, I18n.t("editor.gone.text"));
                a.setHeaderText(I18n.t("editor.gone.header", RecordForm.noun(ref.kind())));
                a.initOwner(context.window());
                a.show();
            } else open(ref.kind(), loaded.record().get(), loaded.data(), context.window());
        });
    }

    @Override
    public void editPartnership(long actorA, long actorB, LocalDate date) {
        Library library = context.library();
        if (library == null) return;
        long day = (date == null ? LocalDate.now() : date).toEpochDay();
        context.tasks().run(I18n.t("editor.task.opening"), () -> {
            List<Partnership> spells = library.partnerships().history(actorA, actorB);
            Optional<Partnership> spell = spells.stream().filter(p -> p.inForceOn(day)).findFirst()
                    .or(() -> spells.stream().max(Comparator.comparing(Partnership::from)));
            return new Loaded(EditorData.load(library), spell.map(p -> (Object) p));
        }, loaded -> loaded.record().ifPresent(p -> open(RecordKind.PARTNERSHIP, p, loaded.data(), context.window())));
    }

    private record Loaded(EditorData data, Optional<Object> record) {}

    @Override
    public void createTradeChange() {
        Library library = context.library();
        if (library == null) return;
        context.tasks().run(I18n.t("editor.task.opening"), () -> EditorData.load(library), data -> openTradeChange(null, data, context.window()));
    }

    @Override
    public void editTradeChange(long id) {
        Library library = context.library();
        if (library == null) return;
        context.tasks().run(I18n.t("editor.task.opening"), () -> new Loaded(EditorData.load(library), library.trade().changeById(id).map(c -> (Object) c)),
                loaded -> loaded.record().ifPresent(c -> openTradeChange((org.entente.model.TradeChange) c, loaded.data(), context.window())));
    }

    /** The reported change form, filled from {@code change} (null for a new one). */
    RecordForm<?, ?> openTradeChange(org.entente.model.TradeChange change, EditorData data, Window owner) {
        return new TradeChangeForm(context, data, new TradeChangeFormModel(change), new Spot(data))
                .persistWith(c -> edits().saveTradeChange(c), id -> edits().deleteTradeChange(id)).show(owner);
    }

    /** Builds the form for {@code kind} filled from {@code record} (null for a new one) and shows it over {@code owner}. */
    RecordForm<?, ?> open(RecordKind kind, Object record, EditorData data, Window owner) {
        Spot spot = new Spot(data);
        RecordForm<?, ?> form = switch (kind) {
            case EVENT -> new EventForm(context, data, new EventFormModel((org.entente.model.Event) record), spot)
                    .persistWith(e -> edits().saveEvent(e), id -> edits().deleteEvents(List.of(id)))
                    .onSaved(e -> context.selectedEventId().set(e.id()));
            case ACTOR -> actorForm((Actor) record, data, a -> { });
            case PARTNERSHIP -> new PartnershipForm(context, data, new PartnershipFormModel((Partnership) record), spot)
                    .persistWith(p -> edits().savePartnership(p), id -> edits().deletePartnership(id));
            case PERIOD -> new PeriodForm(context, data, new PeriodFormModel((org.entente.model.Period) record))
                    .persistWith(p -> edits().savePeriod(p), id -> edits().deletePeriod(id));
            case TRADE_FIGURE -> new TradeFigureForm(context, data, new TradeFigureFormModel((org.entente.model.TradeFigure) record), spot)
                    .persistWith(f -> edits().saveTradeFigure(f), id -> edits().deleteTradeFigure(id));
            case SOURCE -> sourceForm((Source) record, data, s -> { });
        };
        return form.show(owner);
    }

    private RecordForm<Actor, ActorFormModel> actorForm(Actor actor, EditorData data, Consumer<Actor> done) {
        return new ActorForm(context, data, new ActorFormModel(actor, data.actors()))
                .persistWith(a -> edits().saveActor(a), id -> edits().deleteActor(id))
                .onSaved(a -> {
                    data.stored(a);
                    done.accept(a);
                });
    }

    private RecordForm<Source, SourceFormModel> sourceForm(Source source, EditorData data, Consumer<Source> done) {
        return new SourceForm(context, data, new SourceFormModel(source))
                .persistWith(s -> edits().saveSource(s), id -> edits().deleteSource(id))
                .onSaved(s -> {
                    data.stored(s);
                    done.accept(s);
                });
    }

    /** An actor or source created from inside a form: saved at once (its own undoable change), then picked. */
    private final class Spot implements OnTheSpot {
        private final EditorData data;

        Spot(EditorData data) { this.data = data; }

        @Override
        public void newActor(String name, Window owner, Consumer<Actor> done) {
            RecordForm<Actor, ActorFormModel> form = actorForm(null, data, done);
            ((ActorFormModel) form.model()).name().set(name);
            form.show(owner);
        }

        @Override
        public void newSource(String title, Window owner, Consumer<Source> done) {
            RecordForm<Source, SourceFormModel> form = sourceForm(null, data, done);
            ((SourceFormModel) form.model()).title().set(title);
            form.show(owner);
        }
    }
}

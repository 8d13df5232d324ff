package org.entente.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;
import org.entente.store.Library;

/**
 * What the forms offer to pick from: the library's actors, sources, tags, categories and levels,
 * read once when a form opens. The lists are replaced, never changed, so that the completion's
 * background thread can read them while the form adds an actor made on the spot.
 */
final class EditorData {
    private volatile List<Actor> actors;
    private volatile List<Source> sources;
    private final List<String> tags;
    private final List<Category> categories;
    private final List<PartnershipLevel> levels;

    EditorData(List<Actor> actors, List<Source> sources, List<String> tags, List<Category> categories,
               List<PartnershipLevel> levels) {
        this.actors = List.copyOf(actors);
        this.sources = List.copyOf(sources);
        this.tags = List.copyOf(tags);
        this.categories = List.copyOf(categories);
        this.levels = List.copyOf(levels);
    }

    /** Reads the lists; call off the FX thread. */
    static EditorData load(Library library) {
        Map<String, Category> categories = new LinkedHashMap<>();
        for (Category c : Category.DEFAULTS) categories.put(c.key(), c);
        for (Category c : library.events().categories()) categories.putIfAbsent(c.key(), c);
        Map<String, PartnershipLevel> levels = new LinkedHashMap<>();
        for (PartnershipLevel l : PartnershipLevel.DEFAULTS) levels.put(l.key(), l);
        for (Partnership p : library.partnerships().all()) levels.putIfAbsent(p.level().key(), p.level());
        List<PartnershipLevel> sortedLevels = new ArrayList<>(levels.values());
        sortedLevels.sort(Comparator.naturalOrder());
        return new EditorData(library.actors().all(), library.sources().all(), library.events().tags(),
                new ArrayList<>(categories.values()), sortedLevels);
    }

    Collection<Actor> actors() { return actors; }

    Collection<Source> sources() { return sources; }

    List<String> tags() { return tags; }

    List<Category> categories() { return categories; }

    List<PartnershipLevel> levels() { return levels; }

    /** Remembers an actor stored from a form (new, or edited: the old version is replaced). */
    void stored(Actor actor) {
        List<Actor> next = new ArrayList<>(actors);
        next.removeIf(a -> a.id() == actor.id());
        next.add(actor);
        actors = List.copyOf(next);
    }

    void stored(Source source) {
        List<Source> next = new ArrayList<>(sources);
        next.removeIf(s -> s.id() == source.id());
        next.add(source);
        sources = List.copyOf(next);
    }
}

package org.entente.app.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.EventHeader;
import org.entente.store.LaneGrouping;
import org.entente.store.LaneKeys;

/**
 * Which lanes a timeline shows and in which lane each event goes, for one grouping. Pure: built
 * from the library's actors, categories and the number of events per lane, tested without a UI.
 *
 * <p>Actor pair: an event's pair is its first two country participants, whatever their order in
 * the record (Russia–Vietnam and Vietnam–Russia are one lane); an event with one country goes to
 * that country's lane; an event with none to "No country". Lanes are ordered by how many events
 * they hold; beyond {@link #MAX_LANES} the smallest share one "Other" lane, so that a library
 * with sixty countries still fits on screen.
 */
public final class LaneCatalogue {
    /** Most lanes shown by name; the rest are drawn together in {@link #OTHER}. */
    public static final int MAX_LANES = 14;
    public static final String OTHER = LaneKeys.OTHER;

    /** A lane: key, title, and how many events it holds under the current filters. */
    public record Lane(String key, String title, long count) {}

    private final LaneGrouping grouping;
    private final Map<Long, Actor> actors;
    private final List<Lane> lanes;
    private final Set<String> named;

    private LaneCatalogue(LaneGrouping grouping, Map<Long, Actor> actors, List<Lane> lanes) {
        this.grouping = grouping;
        this.actors = actors;
        this.lanes = List.copyOf(lanes);
        this.named = new java.util.HashSet<>();
        for (Lane l : lanes) if (!l.key().equals(OTHER)) named.add(l.key());
    }

    /**
     * The lanes for {@code counts} (events per lane key, as the store counts them).
     *
     * @param pinned lane keys to show first and always, in this order (compare mode); empty for none
     */
    public static LaneCatalogue of(LaneGrouping grouping, List<Actor> actorList, List<Category> categories,
                                   Map<String, Long> counts, List<String> pinned) {
        Map<Long, Actor> actors = new HashMap<>();
        for (Actor a : actorList) actors.put(a.id(), a);
        Map<String, String> categoryLabels = new HashMap<>();
        for (Category c : categories) categoryLabels.put(c.key(), c.label());
        // An actor's weight: events in the lanes it is part of; the heavier actor of a pair is named first.
        Map<Long, Long> weight = new HashMap<>();
        for (var e : counts.entrySet()) for (long id : LaneKeys.pairIds(e.getKey())) weight.merge(id, e.getValue(), Long::sum);

        List<Lane> all = new ArrayList<>();
        for (var e : counts.entrySet()) {
            if (e.getValue() <= 0) continue;
            all.add(new Lane(e.getKey(), title(grouping, e.getKey(), actors, categoryLabels, weight), e.getValue()));
        }
        all.sort(Comparator.comparingInt((Lane l) -> rankOf(l.key())).thenComparing(Comparator.comparingLong(Lane::count).reversed())
                .thenComparing(Lane::title));
        List<Lane> shown = new ArrayList<>();
        Map<String, Lane> byKey = new LinkedHashMap<>();
        for (Lane l : all) byKey.put(l.key(), l);
        for (String key : pinned) {
            Lane l = byKey.remove(key);
            shown.add(l != null ? l : new Lane(key, title(grouping, key, actors, categoryLabels, weight), 0));
        }
        long other = 0;
        for (Lane l : byKey.values()) {
            if (shown.size() < MAX_LANES) shown.add(l);
            else other += l.count();
        }
        if (other > 0) shown.add(new Lane(OTHER, otherTitle(grouping), other));
        return new LaneCatalogue(grouping, actors, shown);
    }

    public LaneGrouping grouping() { return grouping; }

    public List<Lane> lanes() { return lanes; }

    public boolean contains(String key) { return named.contains(key); }

    /** The keys of the lanes shown by name (all but {@link #OTHER}). */
    public Set<String> namedKeys() { return java.util.Collections.unmodifiableSet(named); }

    /** The lane keys an event belongs to (one, except by country: one per country taking part), mapped to shown lanes. */
    public List<String> laneKeysOf(EventHeader e) {
        List<String> keys = switch (grouping) {
            case ACTOR_PAIR -> List.of(pairKeyOf(e.actorIds()));
            case COUNTRY -> countryKeysOf(e.actorIds());
            case CATEGORY -> List.of(LaneKeys.categoryKey(e.category()));
            case NONE -> List.of(LaneKeys.ALL);
        };
        if (keys.size() == 1) return List.of(shownKey(keys.get(0)));
        List<String> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            String s = shownKey(k);
            if (!out.contains(s)) out.add(s);
        }
        return out;
    }

    /** The shown lane for a store lane key: itself, or {@link #OTHER} when it is not among the named lanes. */
    public String shownKey(String key) { return named.contains(key) ? key : OTHER; }

    /** The actor pair key of participants in record order: the first two countries. */
    public String pairKeyOf(long[] actorIds) {
        long first = 0, second = 0;
        for (long id : actorIds) {
            Actor a = actors.get(id);
            if (a == null || a.kind() != ActorKind.COUNTRY) continue;
            if (first == 0) first = id;
            else {
                second = id;
                break;
            }
        }
        return LaneKeys.pairKey(first, second);
    }

    private List<String> countryKeysOf(long[] actorIds) {
        List<String> out = new ArrayList<>(2);
        for (long id : actorIds) {
            Actor a = actors.get(id);
            if (a != null && a.kind() == ActorKind.COUNTRY) out.add(LaneKeys.countryKey(id));
        }
        return out.isEmpty() ? List.of(LaneKeys.countryKey(0)) : out;
    }

    /** Two-country pairs before single countries before "no country". */
    private static int rankOf(String key) {
        if (key.endsWith(":" + LaneKeys.NO_COUNTRY)) return 2;
        if (LaneKeys.isPair(key)) return LaneKeys.pairIds(key).length == 2 ? 0 : 1;
        return 0;
    }

    private static String title(LaneGrouping grouping, String key, Map<Long, Actor> actors, Map<String, String> categoryLabels,
                                Map<Long, Long> weight) {
        if (key.equals(OTHER)) return otherTitle(grouping);
        if (key.equals(LaneKeys.ALL)) return "All events";
        if (key.endsWith(":" + LaneKeys.NO_COUNTRY)) return "No country";
        if (LaneKeys.isCategory(key)) {
            String c = LaneKeys.category(key);
            return categoryLabels.getOrDefault(c, Category.of(c).label());
        }
        if (LaneKeys.isCountry(key)) return nameOf(actors, LaneKeys.countryId(key));
        long[] ids = LaneKeys.pairIds(key);
        if (ids.length == 1) return nameOf(actors, ids[0]);
        long a = ids[0], b = ids[1];
        if (weight.getOrDefault(b, 0L) > weight.getOrDefault(a, 0L)) {
            long t = a;
            a = b;
            b = t;
        }
        return nameOf(actors, a) + "–" + nameOf(actors, b);
    }

    private static String otherTitle(LaneGrouping grouping) {
        return switch (grouping) {
            case ACTOR_PAIR -> "Other pairs";
            case COUNTRY -> "Other countries";
            case CATEGORY -> "Other categories";
            case NONE -> "Other";
        };
    }

    private static String nameOf(Map<Long, Actor> actors, long id) {
        Actor a = actors.get(id);
        return a == null ? "#" + id : a.name();
    }
}

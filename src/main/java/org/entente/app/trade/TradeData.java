package org.entente.app.trade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.analysis.trade.DiplomacyMarker;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.EventHeader;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.TradeChange;
import org.entente.model.TradeFigure;
import org.entente.store.Library;

/**
 * Everything the trade charts draw, read from a library in one go: every trade figure, the
 * partnership changes and state visits to mark on the time axis, and the reported changes of
 * trade the mirror view shows beside the levels. Switching pairs or views then
 * needs no further query.
 */
public record TradeData(List<TradeFigure> figures, List<DiplomacyMarker> markers, List<TradeChange> changes) {

    /** Partnership-change events this close to a stored partnership spell's start are the same moment. */
    private static final long SAME_MOMENT_DAYS = 45;
    /** Long enough for the longest official wording ("China: Community with a Shared Future of strategic significance"). */
    private static final int LABEL_LIMIT = 64;
    /**
     * Markers read per kind of event at most, the most important first: the chart cannot show more,
     * and a library of ten million events holds over a million state visits (which ran out of memory).
     */
    static final int MARKER_LIMIT = 2_000;

    public TradeData {
        figures = List.copyOf(figures);
        markers = List.copyOf(markers);
        changes = List.copyOf(changes);
    }

    public static TradeData empty() { return new TradeData(List.of(), List.of(), List.of()); }

    /** Reads the figures and markers; call off the JavaFX thread. */
    public static TradeData load(Library library) {
        List<TradeFigure> figures = library.trade().all();
        Map<Long, String> names = new HashMap<>();
        for (Actor a : library.actors().all()) names.put(a.id(), a.name());

        List<DiplomacyMarker> markers = new ArrayList<>();
        List<Partnership> spells = library.partnerships().all();
        for (Partnership p : spells) {
            String level = p.officialName() != null ? p.officialName() : p.level().label();
            // a new spell at the same tier is a change of wording (China 2023: "shared future"): name the wording, not the tier
            boolean sameTier = spells.stream().anyMatch(q -> q != p && q.a().equals(p.a()) && q.b().equals(p.b())
                    && q.level().equals(p.level()) && q.from().firstDay() < p.from().firstDay());
            boolean wording = sameTier && p.officialName() != null;
            String shortText = p.b().name() + ": " + (wording ? p.officialName() : shortLevel(p.level()));
            markers.add(new DiplomacyMarker(LocalDate.ofEpochDay(p.from().firstDay()), shorten(shortText), p.pairLabel() + ": " + level
                    + " (" + p.from() + ")", DiplomacyMarker.Kind.PARTNERSHIP, Set.of(p.a().name(), p.b().name()),
                    wording ? null : new DiplomacyMarker.Tier(p.b().name(), p.level())));
        }
        for (EventHeader e : library.events().mostImportantInCategory(Category.PARTNERSHIP_CHANGE.key(), MARKER_LIMIT)) {
            Set<String> actors = actorNames(e, names);
            boolean known = spells.stream().anyMatch(p -> actors.contains(p.a().name()) && actors.contains(p.b().name())
                    && Math.abs(p.from().firstDay() - e.startDay()) <= SAME_MOMENT_DAYS);
            if (!known) markers.add(marker(e, actors, DiplomacyMarker.Kind.PARTNERSHIP));
        }
        for (EventHeader e : library.events().mostImportantInCategory(Category.STATE_VISIT.key(), MARKER_LIMIT))
            markers.add(marker(e, actorNames(e, names), DiplomacyMarker.Kind.VISIT));
        markers.sort(Comparator.comparing(DiplomacyMarker::date));
        return new TradeData(figures, markers, library.trade().changes());
    }

    private static DiplomacyMarker marker(EventHeader e, Set<String> actors, DiplomacyMarker.Kind kind) {
        return new DiplomacyMarker(LocalDate.ofEpochDay(e.startDay()), shorten(e.title()), e.title(), kind, actors);
    }

    private static String shorten(String text) {
        if (text.length() <= LABEL_LIMIT) return text;
        // cut at a word, not inside one
        int cut = text.lastIndexOf(' ', LABEL_LIMIT - 1);
        return text.substring(0, cut > LABEL_LIMIT / 2 ? cut : LABEL_LIMIT - 1).strip() + "…";
    }

    private static Set<String> actorNames(EventHeader e, Map<Long, String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (long id : e.actorIds()) {
            String n = names.get(id);
            if (n != null) out.add(n);
        }
        return out;
    }

    /** "comprehensive strategic" for the ladder's tiers; the label itself for others. */
    static String shortLevel(PartnershipLevel level) {
        String l = level.label();
        return l.toLowerCase(Locale.ROOT).endsWith(" partnership") ? l.substring(0, l.length() - " partnership".length()) : l;
    }
}

package org.entente.app.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.entente.analysis.CooperationConflict;
import org.entente.analysis.UnAgreement;
import org.entente.analysis.trade.TradeAnalysis;
import org.entente.analysis.trade.TradePoint;
import org.entente.analysis.trade.TradeSeries;
import org.entente.exchange.Countries;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.EventHeader;
import org.entente.model.PairMonth;
import org.entente.store.Library;
import org.entente.store.RollCallStore;

/**
 * The measures of a relationship (UN vote agreement, trade, events together by year; coded events
 * and their mean Goldstein score by month) for pairs of countries. The agreement table of every pair and year is computed once per library
 * and kept while its votes are unchanged ({@link RollCallStore#fingerprint}): an edit of a vote,
 * a roll call's date, or adding or removing the dataset, has it computed again. Call off the
 * JavaFX thread.
 */
public final class MeasureService {
    private static final Map<Library, UnAgreement> CACHE = new WeakHashMap<>();

    private final Library library;

    public MeasureService(Library library) { this.library = library; }

    /**
     * The agreement table of every pair and year, from the cache when the library's votes are as
     * they were when it was computed.
     */
    public UnAgreement agreement() { return agreement(agreementVotes()); }

    /**
     * What {@link #agreement()} reads of the library: the cached table, and the library's votes when
     * that table is not for them (empty when it is). The network reads this under its one hold of the
     * library and computes the table with {@link #agreement(AgreementVotes)} after letting go of it.
     */
    public record AgreementVotes(UnAgreement cached, Optional<org.entente.model.RollCallVotes> votes) {}

    public AgreementVotes agreementVotes() {
        UnAgreement cached;
        synchronized (CACHE) {
            cached = CACHE.get(library);
        }
        return new AgreementVotes(cached, RollCallStore.readUnless(library, cached == null ? null : cached.fingerprint()));
    }

    /** The agreement table of what {@link #agreementVotes()} read: the cached one, or one computed (no library read) and cached. */
    public UnAgreement agreement(AgreementVotes read) {
        if (read.votes().isEmpty()) return read.cached();
        UnAgreement fresh = UnAgreement.compute(read.votes().get());
        synchronized (CACHE) {
            CACHE.put(library, fresh);
        }
        return fresh;
    }

    /** The agreement table if one for the library's current votes is cached, without computing it. */
    public Optional<UnAgreement> cachedAgreement() {
        synchronized (CACHE) {
            return Optional.ofNullable(CACHE.get(library));
        }
    }

    /** A country of the library by ISO 3166 alpha-2 or alpha-3 code or by name ("VN", "VNM", "Vietnam"). */
    public Optional<Actor> country(String codeOrName) {
        Optional<String> iso3 = Countries.iso3(codeOrName);
        if (iso3.isPresent()) {
            Optional<Actor> byCode = library.actors().byIsoCode(iso3.get());
            if (byCode.isPresent()) return byCode;
            Optional<String> name = Countries.name(iso3.get());
            if (name.isPresent()) {
                Optional<Actor> byName = library.actors().byName(name.get());
                if (byName.isPresent()) return byName;
            }
        }
        return library.actors().byName(codeOrName);
    }

    /** The measure for the pair, by year within [from, to] (either may be null), in year order. */
    public List<MeasurePoint> series(MeasureKind kind, Actor first, Actor second, Integer from, Integer to) {
        List<MeasurePoint> all = switch (kind) {
            case UN_AGREEMENT -> agreementSeries(agreement(), first, second);
            case TRADE -> tradeSeries(first, second);
            case EVENTS -> eventSeries(first, second);
            case EVENT_COUNT, GOLDSTEIN -> codedSeries(codedEvents(first, second), kind, first, second);
        };
        return all.stream().filter(p -> (from == null || p.year() >= from) && (to == null || p.year() <= to)).toList();
    }

    /**
     * The coded events of every pair of countries by month, read in one query: what the measures
     * chart and the network keep in memory so that a change of pair, measure or date needs no query.
     */
    public CooperationConflict codedEvents() {
        return new CooperationConflict(library.scores().pairMonths(), library.scores().codedMonths().orElse(null));
    }

    /** The coded events of one pair by month (the participants' index; for the command line). */
    public CooperationConflict codedEvents(Actor first, Actor second) {
        return new CooperationConflict(library.scores().pairMonths(new long[] {first.id(), second.id()}),
                library.scores().codedMonths().orElse(null));
    }

    /**
     * A pair's monthly coded-event measure. {@link MeasureKind#EVENT_COUNT}: every month from the
     * library's first to its last month with a coded event, 0 where the pair had none (outside those
     * months nothing is known, so nothing is shown). {@link MeasureKind#GOLDSTEIN}: only the months
     * with a scored event (a month without one is a gap, never a zero, which would read as neutral),
     * unsure below {@link CooperationConflict#UNSURE_BELOW} scored events.
     */
    public static List<MeasurePoint> codedSeries(CooperationConflict table, MeasureKind kind, Actor first, Actor second) {
        List<MeasurePoint> out = new ArrayList<>();
        List<PairMonth> months = table.months(first.id(), second.id());
        if (kind == MeasureKind.GOLDSTEIN) {
            for (PairMonth m : months)
                if (m.scored() > 0)
                    out.add(new MeasurePoint(m.year(), m.month(), m.goldsteinMean(), m.scored() < CooperationConflict.UNSURE_BELOW, counts(m.events(), m.scored())));
            return out;
        }
        if (kind != MeasureKind.EVENT_COUNT) throw new IllegalArgumentException(kind + " is not a coded-event measure");
        int next = 0;
        for (int at = table.firstMonth(); at <= table.lastMonth(); at++) {
            PairMonth m = next < months.size() && months.get(next).monthIndex() == at ? months.get(next++) : null;
            int events = m == null ? 0 : m.events(), scored = m == null ? 0 : m.scored();
            out.add(new MeasurePoint(Math.floorDiv(at, 12), Math.floorMod(at, 12) + 1, events, false, counts(events, scored)));
        }
        return out;
    }

    private static Map<String, Number> counts(int events, int scored) {
        Map<String, Number> counts = new LinkedHashMap<>();
        counts.put("events", events);
        counts.put("scored", scored);
        return counts;
    }

    /** The pair's agreement by year from a computed table. */
    public static List<MeasurePoint> agreementSeries(UnAgreement table, Actor first, Actor second) {
        List<MeasurePoint> out = new ArrayList<>();
        for (UnAgreement.Year y : table.series(first.id(), second.id())) {
            Map<String, Number> counts = new LinkedHashMap<>();
            counts.put("shared_roll_calls", y.shared());
            counts.put("same_votes", y.same());
            counts.put("s", y.s());
            counts.put("kappa", y.kappa());
            out.add(new MeasurePoint(y.year(), y.agreement(), y.unsure(), counts));
        }
        return out;
    }

    private List<MeasurePoint> tradeSeries(Actor first, Actor second) {
        TradeSeries series = TradeAnalysis.total(library.trade().all(), first, second);
        List<MeasurePoint> out = new ArrayList<>();
        for (TradePoint p : series.points()) {
            Map<String, Number> counts = new LinkedHashMap<>();
            counts.put("figures", p.basis().size());
            out.add(new MeasurePoint(p.year(), p.value(), p.flagged(), counts));
        }
        return out;
    }

    private List<MeasurePoint> eventSeries(Actor first, Actor second) {
        Map<Integer, Integer> byYear = new TreeMap<>();
        for (EventHeader e : library.events().byActor(first.id())) {
            if (Category.UN_VOTE.key().equals(e.category()) || java.util.Arrays.stream(e.actorIds()).noneMatch(id -> id == second.id())) continue;
            byYear.merge(LocalDate.ofEpochDay(e.startDay()).getYear(), 1, Integer::sum);
        }
        List<MeasurePoint> out = new ArrayList<>();
        byYear.forEach((year, n) -> out.add(new MeasurePoint(year, n, false, Map.of("events", n))));
        return out;
    }
}

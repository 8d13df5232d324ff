package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.analysis.UnAgreement;
import org.entente.app.measures.MeasureKind;
import org.entente.app.measures.MeasurePoint;
import org.entente.app.measures.MeasureService;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped UN votes added to a starter library and removed again; the agreement of a few pairs
 * checked against a computation of its own straight from the shipped CSV files.
 */
class UnVotesDatasetTest {
    @TempDir Path dir;

    /** The library's rows, without the search index's internal tables (compared through searches instead). */
    static String dump(Library library) {
        StringBuilder kept = new StringBuilder();
        boolean skip = false;
        for (String line : LibraryDump.of(library).split("\n", -1)) {
            if (line.startsWith("## ")) skip = line.startsWith("## event_fts");
            if (!skip) kept.append(line).append('\n');
        }
        return kept.toString();
    }

    @Test
    void addedAsAWholeMeasuredAndRemovedLeavingTheLibraryAsBefore() throws IOException {
        try (Library library = LibraryService.openOrCreateWithStarter(dir.resolve("lib.entente"))) {
            String before = dump(library);
            long vietnamHitsBefore = library.events().search("Vietnam", 10_000).size();
            Actor vietnam = library.actors().byName("Vietnam").orElseThrow();
            long starterVotes = library.events().byActor(vietnam.id()).stream().filter(e -> e.category().equals("un-vote")).count();
            DatasetService service = new DatasetService(library);
            List<String> phases = new java.util.concurrent.CopyOnWriteArrayList<>();
            DatasetService.Added added = service.add(DatasetService.Dataset.UN_VOTES, new ImportProgress() {
                @Override
                public void update(long done, long total, String message) { phases.add(message); }

                @Override
                public boolean isCancelled() { return false; }
            });
            assertThat(added.events()).isEqualTo(6_203);
            assertThat(added.votes()).isEqualTo(870_109);
            assertThat(phases).anyMatch(p -> p.startsWith("Adding events"));
            assertThat(service.holds(DatasetService.Dataset.UN_VOTES)).isTrue();
            assertThatThrownBy(() -> service.add(DatasetService.Dataset.UN_VOTES, ImportProgress.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already");

            // the starter's Vietnam votes: matched, not duplicated; 3,985 votes as the dataset's README says
            assertThat(library.actors().byName("Vietnam").orElseThrow().id()).isEqualTo(vietnam.id());
            long vietnamVotes = library.events().byActor(vietnam.id()).stream().filter(e -> e.category().equals("un-vote")).count();
            assertThat(vietnamVotes - starterVotes).isEqualTo(3_985);
            // the quirks: Namibia by its code NA, the FRG by name with no code
            assertThat(library.actors().byIsoCode("NAM")).get().extracting(Actor::name).isEqualTo("Namibia");
            assertThat(library.actors().byName("Federal Republic of Germany")).get().extracting(Actor::isoCode).isNull();

            MeasureService measures = new MeasureService(library);
            Map<String, String> codes = Map.of("VN", "Vietnam", "RU", "Russia", "US", "United States");
            for (String[] pair : new String[][] {{"VN", "RU"}, {"VN", "US"}}) {
                Map<Integer, double[]> expected = independentAgreement(pair[0], pair[1]);
                List<MeasurePoint> got = measures.series(MeasureKind.UN_AGREEMENT, measures.country(pair[0]).orElseThrow(),
                        measures.country(pair[1]).orElseThrow(), null, null);
                assertThat(got).extracting(MeasurePoint::year).as(codes.get(pair[1])).containsExactlyElementsOf(expected.keySet());
                for (MeasurePoint p : got) {
                    double[] e = expected.get(p.year());
                    assertThat(p.counts().get("shared_roll_calls").intValue()).as("%s %d", pair[1], p.year()).isEqualTo((int) e[0]);
                    assertThat(p.value()).as("%s %d", pair[1], p.year()).isCloseTo(e[1] / e[0], within(1e-12));
                    assertThat(p.counts().get("s").doubleValue()).as("%s %d", pair[1], p.year()).isCloseTo(1 - 2 * e[2] / e[0], within(1e-12));
                }
            }
            // Vietnam and Russia vote alike far more often than Vietnam and the United States, every year since 1980
            MeasurePoint ru1990 = measures.series(MeasureKind.UN_AGREEMENT, vietnam, measures.country("RU").orElseThrow(), 1990, 1990).get(0);
            MeasurePoint us1990 = measures.series(MeasureKind.UN_AGREEMENT, vietnam, measures.country("US").orElseThrow(), 1990, 1990).get(0);
            assertThat(ru1990.value()).isGreaterThan(us1990.value());

            // cached while the votes are unchanged; an edited vote has it computed again
            UnAgreement table = measures.agreement();
            assertThat(measures.agreement()).isSameAs(table);
            Event rollCall = library.events().byId(library.events().byActor(vietnam.id()).stream()
                    .filter(e -> e.category().equals("un-vote")).findFirst().orElseThrow().id()).orElseThrow();
            List<Participant> changed = rollCall.participants().stream()
                    .map(p -> p.actor().id() == vietnam.id() ? new Participant(p.actor(), p.role().equals("no") ? "yes" : "no") : p).toList();
            library.events().save(new Event(rollCall.id(), rollCall.title(), rollCall.when(), rollCall.category(), changed, rollCall.place(),
                    rollCall.summary(), rollCall.importance(), rollCall.tags(), rollCall.sources()));
            assertThat(measures.agreement()).isNotSameAs(table);

            assertThat(service.remove(DatasetService.Dataset.UN_VOTES)).isEqualTo(6_203);
            assertThat(dump(library)).isEqualTo(before);
            assertThat(library.events().search("Vietnam", 10_000)).hasSize((int) vietnamHitsBefore);
            assertThat(library.events().search("colonialism", 10)).isEmpty();
            assertThat(service.holds(DatasetService.Dataset.UN_VOTES)).isFalse();
            assertThat(measures.agreement().pairYears()).isZero();
        }
    }

    @Test
    void aCancelledAddLeavesTheLibraryAsItWas() {
        try (Library library = LibraryService.openOrCreateWithStarter(dir.resolve("cancel.entente"))) {
            String before = dump(library);
            AtomicBoolean cancel = new AtomicBoolean();
            assertThatThrownBy(() -> new DatasetService(library).add(DatasetService.Dataset.UN_VOTES, new ImportProgress() {
                @Override
                public void update(long done, long total, String message) {
                    if (done >= 2_000) cancel.set(true); // part-way through the rows
                }

                @Override
                public boolean isCancelled() { return cancel.get(); }
            })).isInstanceOf(CancellationException.class);
            assertThat(cancel).isTrue();
            assertThat(dump(library)).isEqualTo(before);
            assertThat(new DatasetService(library).holds(DatasetService.Dataset.UN_VOTES)).isFalse();
        }
    }

    /**
     * For each year: {shared roll calls, same votes, sum of |x - y|} for two countries by code,
     * computed here from the shipped CSV files with nothing of the app but its resource path.
     */
    static Map<Integer, double[]> independentAgreement(String a, String b) throws IOException {
        Map<String, Integer> yearOf = new HashMap<>();
        csv("un_roll_calls.csv.gz", r -> yearOf.put(r.get("rcid"), Integer.parseInt(r.get("date").substring(0, 4))));
        Map<String, Double> va = new HashMap<>(), vb = new HashMap<>();
        Map<String, Double> points = Map.of("yes", 1.0, "abstain", 0.5, "no", 0.0);
        csv("un_votes.csv.gz", r -> {
            if (r.get("country_code").equals(a)) va.put(r.get("rcid"), points.get(r.get("vote")));
            if (r.get("country_code").equals(b)) vb.put(r.get("rcid"), points.get(r.get("vote")));
        });
        Map<Integer, double[]> out = new TreeMap<>();
        for (Map.Entry<String, Double> e : va.entrySet()) {
            Double other = vb.get(e.getKey());
            if (other == null) continue;
            double[] y = out.computeIfAbsent(yearOf.get(e.getKey()), k -> new double[3]);
            y[0]++;
            if (other.equals(e.getValue())) y[1]++;
            y[2] += Math.abs(other - e.getValue());
        }
        return out;
    }

    /** Each record of a shipped CSV file in turn: streamed, as the votes file holds 870,000 rows (a list of them all took ~400 MB). */
    static void csv(String name, java.util.function.Consumer<CSVRecord> each) throws IOException {
        try (InputStream in = new GZIPInputStream(UnVotesDatasetTest.class.getResourceAsStream("/org/entente/datasets/un-votes/" + name));
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).forEach(each);
        }
    }
}

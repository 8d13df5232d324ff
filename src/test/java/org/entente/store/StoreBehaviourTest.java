package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.LibraryTest.event;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.DataQuality;
import org.entente.model.EventDate;
import org.entente.model.Note;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.RecordKind;
import org.entente.model.RecordRef;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBehaviourTest {
    @TempDir Path dir;

    private static final Source SRC = new Source(0, "Joint statement", "VNA", null, EventDate.parse("2012-07"), "https://example.org/js", null, null);

    @Test
    void refusesALibraryWithANewerSchemaAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("newer.db");
        Library.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                    + " execution_time, success) VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'x', 0, 1)");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Library.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("newer.db").hasMessageContaining("newer Entente")
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.NEWER_SCHEMA);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesRandomBytesAndADamagedLibraryUntouched() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.write(junk, "this is not a database at all, just some text".repeat(100).getBytes());
        byte[] junkBefore = Files.readAllBytes(junk);
        assertThatThrownBy(() -> Library.open(junk)).hasMessageContaining("junk.db").hasMessageContaining("not an Entente library");
        assertThat(Files.readAllBytes(junk)).isEqualTo(junkBefore);

        Path damaged = dir.resolve("damaged.db");
        try (Library lib = Library.open(damaged)) {
            for (int i = 0; i < 300; i++) lib.events().save(event("Event number " + i, "2020-01-01", "Vietnam"));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + damaged); var st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            byte[] garbage = new byte[4096 * 4];
            new java.util.Random(1).nextBytes(garbage);
            raf.seek(4096 * 3);
            raf.write(garbage);
        }
        byte[] before = Files.readAllBytes(damaged);
        assertThatThrownBy(() -> Library.open(damaged)).isInstanceOf(LibraryException.class).hasMessageContaining("damaged.db")
                .extracting(e -> ((LibraryException) e).reason()).isEqualTo(LibraryException.Reason.DAMAGED);
        assertThat(Files.readAllBytes(damaged)).isEqualTo(before);
    }

    @Test
    void aFailedWriteLeavesTheLibraryAsItWas() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            lib.events().save(event("Kept", "2020", "Vietnam"));
            var before = lib.counts();
            assertThatThrownBy(() -> lib.write(c -> {
                org.entente.store.EventStore.save(c, event("Half-written", "2021", "Vietnam", "Laos"), "user");
                throw new IllegalStateException("simulated failure after the insert");
            })).hasMessageContaining("simulated");
            assertThat(lib.counts()).isEqualTo(before);
            assertThat(lib.actors().byName("Laos")).isEmpty();
            assertThat(lib.events().search("half", 10)).isEmpty();
        }
    }

    @Test
    void editsAreCommittedAndSurviveReopening() {
        Path file = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(file)) {
            id = lib.events().save(event("Võ Văn Thưởng meets Путин", "2023-10-17", "Vietnam", "Russia")).id();
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.wasCreated()).isFalse();
            assertThat(lib.events().byId(id)).get().extracting(e -> e.title()).isEqualTo("Võ Văn Thưởng meets Путин");
            assertThat(lib.events().search("vo van thuong", 5)).hasSize(1);
        }
    }

    @Test
    void partnershipsAsOfADateTakeTheLevelInForce() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Actor vn = lib.actors().save(new Actor(0, "Vietnam", ActorKind.COUNTRY, "VNM", null));
            Actor ru = lib.actors().save(new Actor(0, "Russia", ActorKind.COUNTRY, "RUS", null));
            Actor cn = lib.actors().save(new Actor(0, "China", ActorKind.COUNTRY, "CHN", null));
            lib.partnerships().save(new Partnership(0, vn, ru, PartnershipLevel.STRATEGIC, null, EventDate.parse("2001-03"),
                    EventDate.parse("2012-07"), List.of(Citation.of(SRC)), null));
            lib.partnerships().save(new Partnership(0, vn, ru, PartnershipLevel.COMPREHENSIVE_STRATEGIC, null, EventDate.parse("2012-07"),
                    null, List.of(Citation.of(SRC)), null));
            lib.partnerships().save(new Partnership(0, vn, cn, PartnershipLevel.COMPREHENSIVE_STRATEGIC,
                    "Comprehensive Strategic Cooperative Partnership", EventDate.parse("2008-06-01"), null, List.of(Citation.of(SRC)), null));

            assertThat(lib.partnerships().asOf(LocalDate.of(2000, 1, 1).toEpochDay())).isEmpty();
            assertThat(lib.partnerships().asOf(LocalDate.of(2010, 1, 1).toEpochDay()))
                    .extracting(p -> p.b().name() + ":" + p.level().key())
                    .containsExactlyInAnyOrder("Russia:strategic", "China:comprehensive-strategic");
            assertThat(lib.partnerships().asOf(LocalDate.of(2012, 7, 1).toEpochDay()))
                    .extracting(p -> p.b().name() + ":" + p.level().key())
                    .containsExactlyInAnyOrder("Russia:comprehensive-strategic", "China:comprehensive-strategic");
            assertThat(lib.partnerships().history(ru.id(), vn.id())).extracting(p -> p.level().key())
                    .containsExactly("strategic", "comprehensive-strategic");
            assertThat(lib.partnerships().all().get(0).sources()).hasSize(1);
        }
    }

    @Test
    void tradeSeriesByReporterPartnerAndFlowKeepGapsAndFlags() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Actor vn = new Actor(0, "Vietnam", ActorKind.COUNTRY, "VNM", null);
            Actor ru = new Actor(0, "Russia", ActorKind.COUNTRY, "RUS", null);
            for (int[] yv : new int[][] {{2021, 5500}, {2023, 3630}}) {
                lib.trade().save(new TradeFigure(0, vn, ru, yv[0], TradeFlow.TOTAL, yv[1] * 1_000_000L, DataQuality.REPORTED, Citation.of(SRC)));
            }
            lib.trade().save(new TradeFigure(0, ru, vn, 2021, TradeFlow.TOTAL, 7_100_000_000L, DataQuality.APPROXIMATE, Citation.of(SRC)));
            long vnId = lib.actors().byName("Vietnam").orElseThrow().id(), ruId = lib.actors().byName("Russia").orElseThrow().id();
            assertThat(lib.trade().series(vnId, ruId, TradeFlow.TOTAL)).extracting(TradeFigure::year).containsExactly(2021, 2023);
            assertThat(lib.trade().series(ruId, vnId, TradeFlow.TOTAL)).singleElement()
                    .satisfies(f -> assertThat(f.quality()).isEqualTo(DataQuality.APPROXIMATE))
                    .satisfies(f -> assertThat(f.source().source().title()).isEqualTo("Joint statement"));
            assertThat(lib.trade().between(vnId, ruId)).hasSize(3);
        }
    }

    @Test
    void notesOnAnEventAreFoundBySearch() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long id = lib.events().save(event("Putin state visit", "2024-06-19/2024-06-20", "Vietnam", "Russia")).id();
            Note n = lib.notes().save(new Note(0, new RecordRef(RecordKind.EVENT, id), "Compare with the *Pyongyang* leg", List.of("rosatom"), null, null, null));
            assertThat(lib.events().search("pyongyang", 10)).extracting(h -> h.event().id()).containsExactly(id);
            assertThat(lib.events().search("rosatom", 10)).hasSize(1);
            assertThat(lib.notes().byId(n.id())).contains(lib.notes().forRecord(n.target()).get(0));
            org.entente.model.Period p = lib.periods().save(new org.entente.model.Period(0, "Đổi Mới", org.entente.model.DateRange.parse("1986-12/.."),
                    null, null));
            assertThat(lib.periods().byId(p.id())).map(org.entente.model.Period::name).contains("Đổi Mới");
            assertThat(lib.periods().byId(p.id() + 1)).isEmpty();
            assertThat(lib.find(new RecordRef(RecordKind.PERIOD, p.id()))).contains(p);
            assertThat(lib.find(new RecordRef(RecordKind.EVENT, id))).contains(lib.events().byId(id).orElseThrow());
            assertThat(lib.find(new RecordRef(RecordKind.SOURCE, 999))).isEmpty();
            lib.notes().delete(n.id());
            assertThat(lib.notes().byId(n.id())).isEmpty();
            assertThat(lib.events().search("pyongyang", 10)).isEmpty();
            assertThat(lib.events().search("putin", 10)).hasSize(1);
        }
    }

    @Test
    void deletingAnEventRemovesItEverywhere() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long id = lib.events().save(event("Gone soon", "2020-05", "Vietnam")).id();
            lib.events().delete(id);
            assertThat(lib.events().byId(id)).isEmpty();
            assertThat(lib.events().search("gone", 5)).isEmpty();
            assertThat(lib.events().inWindow(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4)).isEmpty();
        }
    }

    @Test
    void queriesByActorCategoryAndTag() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            lib.events().save(event("A", "2020", "Vietnam", "Russia"));
            lib.events().save(event("B", "2021", "Vietnam", "China"));
            long ru = lib.actors().byName("Russia").orElseThrow().id();
            assertThat(lib.events().byActor(ru)).extracting(h -> h.title()).containsExactly("A");
            assertThat(lib.events().byCategory("state-visit")).hasSize(2);
            assertThat(lib.events().byTag("tag-a")).hasSize(2);
            assertThat(lib.events().listing("russia", null, 10)).extracting(l -> l.header().title()).containsExactly("A");
        }
    }

    @Test
    void saveCopyWritesAConsistentLibraryThatOpens() {
        Path copy = dir.resolve("copy.db");
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            lib.events().save(event("Copied", "2020", "Vietnam"));
            lib.saveCopyTo(copy);
        }
        try (Library lib = Library.open(copy)) {
            assertThat(lib.counts().events()).isEqualTo(1);
        }
    }

    @Test
    void unicodeNamesSortAndSearch() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            for (String n : Stream.of("习近平", "Путин", "Tô Lâm", "Võ Văn Thưởng").toList())
                lib.actors().save(new Actor(0, n, ActorKind.PERSON, null, null));
            assertThat(lib.actors().all()).extracting(Actor::name).containsExactlyInAnyOrder("习近平", "Путин", "Tô Lâm", "Võ Văn Thưởng");
            lib.events().save(event("习近平 state visit", "2023-12-12/2023-12-13", "习近平"));
            assertThat(lib.events().search("习近平", 5)).hasSize(1);
        }
    }
}

package org.entente.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.ui.timeline.TimelineTestLibrary.CN;
import static org.entente.ui.timeline.TimelineTestLibrary.RU;
import static org.entente.ui.timeline.TimelineTestLibrary.US;
import static org.entente.ui.timeline.TimelineTestLibrary.VN;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.controls.timeline.TierSpan;
import org.entente.controls.timeline.TimelineItem;
import org.entente.controls.timeline.TimelineLane;
import org.entente.model.Actor;
import org.entente.model.Category;
import org.entente.model.EventDate;
import org.entente.app.task.CurrentThreadTaskExecutor;
import org.entente.model.PartnershipLevel;
import org.entente.store.EventFilter;
import org.entente.store.LaneGrouping;
import org.entente.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.entente.store.LaneKeys;
import org.entente.app.timeline.LaneCatalogue;
import org.entente.app.timeline.TimelineLoader;

class TimelineViewModelTest {
    @TempDir Path dir;
    Library lib;
    TimelineViewModel vm;
    final List<TypedRange> navigations = new ArrayList<>();
    final List<Long> selections = new ArrayList<>();

    @BeforeEach
    void open() {
        lib = TimelineTestLibrary.create(dir.resolve("starter-like.entente"));
        vm = new TimelineViewModel(new CurrentThreadTaskExecutor());
        vm.setNavigator(navigations::add);
        vm.setSelector(selections::add);
        vm.open(lib);
    }

    @AfterEach
    void close() { lib.close(); }

    long id(Actor a) { return lib.actors().byName(a.name()).orElseThrow().id(); }

    String pair(Actor a, Actor b) { return LaneKeys.pairKey(id(a), id(b)); }

    List<String> laneTitles() { return vm.lanes().stream().map(TimelineLane::getTitle).toList(); }

    List<String> titlesIn(String laneKey) {
        return vm.items().stream().filter(i -> laneKey.equals(i.laneKey())).map(i -> ((EventItem) i).header().title()).toList();
    }

    @Test
    void opensAt2008To2024WithALanePerVietnamPair() {
        assertThat(navigations).singleElement().satisfies(r -> {
            assertThat(r.fromDay()).isLessThanOrEqualTo(LocalDate.of(2008, 1, 1).toEpochDay()).isGreaterThan(LocalDate.of(2007, 6, 1).toEpochDay());
            assertThat(r.toDay()).isGreaterThanOrEqualTo(LocalDate.of(2025, 1, 1).toEpochDay()).isLessThan(LocalDate.of(2025, 7, 1).toEpochDay());
        });
        vm.visibleRangeChanged(navigations.get(0).fromDay(), navigations.get(0).toDay());
        // pairs by number of events, Vietnam named first (it takes part in most), then the single-country and no-country lanes
        assertThat(laneTitles()).containsExactly("Vietnam–China", "Vietnam–Russia", "Vietnam–United States", "Vietnam–Japan", "Vietnam", "No country");
        // participants in either order, and organisations, do not change an event's pair
        assertThat(titlesIn(pair(VN, RU))).containsExactly("Nguyễn Minh Triết visits Moscow", "Comprehensive strategic partnership with Russia",
                "Путин в Ханое");
        assertThat(titlesIn(pair(VN, CN))).contains("Talks on the sea", "习近平 visits Hanoi");
        assertThat(titlesIn("pair:" + id(VN))).containsExactly("Võ Văn Thưởng resigns", "Tô Lâm elected State President");
        assertThat(vm.lanes().get(0).getSubtitle()).isEqualTo("4 events");
    }

    @Test
    void openingReadsTheLanesOnceAndLoadsTheFirstWindowAtOnce() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        TimelineViewModel fresh = new TimelineViewModel(tasks);
        fresh.open(lib);
        // The set-up task reads the lanes and the first window too: no second read of the lanes, no
        // second task before the library is drawn (start-up time, #13).
        assertThat(tasks.titles()).containsExactly(org.entente.i18n.I18n.t("timeline.task.setup"));
        assertThat(fresh.requests()).singleElement().satisfies(r -> assertThat(r.lanes()).isSameAs(fresh.catalogueProperty().get()));
        assertThat(fresh.loadingProperty().get()).isFalse();
        assertThat(fresh.lanes()).extracting(TimelineLane::getTitle).startsWith("Vietnam–China", "Vietnam–Russia");
        assertThat(fresh.items()).extracting(i -> ((EventItem) i).header().title()).contains("Путин в Ханое", "Tô Lâm elected State President");
    }

    @Test
    void aReadBegunAsTheLibraryOpensIsTheOneTheViewShows() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        TimelineViewModel fresh = new TimelineViewModel(tasks);
        fresh.beginOpening(lib);
        fresh.open(lib);
        assertThat(fresh.adoptedEarlyReads()).isEqualTo(1);
        // The set-up task waits for the read, or none when the read had ended already: nothing else is read.
        assertThat(tasks.titles()).allMatch(org.entente.i18n.I18n.t("timeline.task.setup")::equals);
        assertThat(fresh.requests()).singleElement().satisfies(r -> assertThat(r.lanes()).isSameAs(fresh.catalogueProperty().get()));
        assertThat(fresh.lanes()).extracting(TimelineLane::getTitle).containsExactlyElementsOf(laneTitles());
        assertThat(fresh.items()).extracting(i -> ((EventItem) i).header().title())
                .containsExactlyInAnyOrderElementsOf(vm.items().stream().map(i -> ((EventItem) i).header().title()).toList());
    }

    @Test
    void aReadBegunAsTheLibraryOpensAndEndedIsShownAtOnceWithoutATask() throws Exception {
        // Tasks are queued and never run: what the view shows can only come from the ended early read.
        List<String> queued = new ArrayList<>();
        org.entente.app.task.TaskExecutor held = new org.entente.app.task.TaskExecutor() {
            @Override
            public <T> java.util.concurrent.Future<T> execute(org.entente.app.task.BackgroundTask<T> task) {
                queued.add(task.title());
                return new java.util.concurrent.CompletableFuture<>();
            }
        };
        TimelineViewModel fresh = new TimelineViewModel(held);
        fresh.beginOpening(lib);
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, fresh::earlyReadEnded);
        fresh.open(lib);
        // Shown in the same call: no set-up task, and so no trip through the FX thread and no extra frame (#13).
        assertThat(queued).isEmpty();
        assertThat(fresh.adoptedEarlyReads()).isEqualTo(1);
        assertThat(fresh.loadingProperty().get()).isFalse();
        assertThat(fresh.lanes()).extracting(TimelineLane::getTitle).containsExactlyElementsOf(laneTitles());
        assertThat(fresh.items()).extracting(i -> ((EventItem) i).header().title()).contains("Путин в Ханое", "Tô Lâm elected State President");
    }

    @Test
    void aReadBegunAheadIsDroppedWhenTheLibraryChangesAndTheViewShowsTheEdit() throws Exception {
        TimelineViewModel fresh = new TimelineViewModel(new CurrentThreadTaskExecutor());
        fresh.beginOpening(lib);
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, fresh::earlyReadEnded);
        // An edit after the read began (the window drops the read on the library's change)...
        lib.events().save(TimelineTestLibrary.event("Hội nghị Hà Nội 2016", "2016-09-07", Category.MEETING, 3, CN, VN));
        fresh.dropEarlyRead();
        fresh.open(lib);
        // ...is on the timeline: the library was read again, not shown as it was.
        assertThat(fresh.adoptedEarlyReads()).isZero();
        assertThat(fresh.items()).extracting(i -> ((EventItem) i).header().title()).contains("Hội nghị Hà Nội 2016");
    }

    @Test
    void aReadBegunForAnotherLibraryOrOtherSettingsIsNotShown() {
        Library other = TimelineTestLibrary.create(dir.resolve("other.entente"));
        try {
            TimelineViewModel fresh = new TimelineViewModel(new CurrentThreadTaskExecutor());
            fresh.beginOpening(other);
            fresh.open(lib);
            assertThat(fresh.adoptedEarlyReads()).as("begun for another library").isZero();

            // The detail limit changed after the read began: its window would be drawn one by one.
            TimelineViewModel limited = new TimelineViewModel(new CurrentThreadTaskExecutor());
            limited.beginOpening(lib);
            limited.setDetailLimit(3);
            limited.open(lib);
            assertThat(limited.adoptedEarlyReads()).isZero();
            assertThat(limited.loadedProperty().get().overview()).as("the window read with the new limit").isTrue();

            // A grouping chosen after the read began: its lanes by pair are not what the view shows.
            TimelineViewModel byCategory = new TimelineViewModel(new CurrentThreadTaskExecutor());
            byCategory.beginOpening(lib);
            byCategory.setGrouping(LaneGrouping.CATEGORY);
            byCategory.open(lib);
            assertThat(byCategory.lanes()).extracting(TimelineLane::getTitle).contains("Partnership change", "State visit", "Leadership change");
        } finally {
            other.close();
        }
    }

    @Test
    void aGroupingChosenBeforeTheLibraryOpensIsTheOneItOpensWith() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        TimelineViewModel fresh = new TimelineViewModel(tasks);
        fresh.setGrouping(LaneGrouping.CATEGORY);
        fresh.open(lib);
        assertThat(fresh.lanes()).extracting(TimelineLane::getTitle).contains("Partnership change", "State visit", "Leadership change");
        assertThat(tasks.titles()).contains(org.entente.i18n.I18n.t("timeline.task.lanes"));
    }

    @Test
    void pairLanesCarryThePartnershipTiers() {
        TimelineLane us = vm.lanes().stream().filter(l -> l.getKey().equals(pair(VN, US))).findFirst().orElseThrow();
        assertThat(us.getTiers()).extracting(TierSpan::rank)
                .containsExactly(PartnershipLevel.COMPREHENSIVE.rank(), PartnershipLevel.COMPREHENSIVE_STRATEGIC.rank());
        assertThat(us.getTiers().get(0).endDay()).isEqualTo(us.getTiers().get(1).startDay()).isEqualTo(EventDate.parse("2023-09").firstDay());
        assertThat(us.getTiers().get(1).ongoing()).isTrue();
        TimelineLane ru = vm.lanes().stream().filter(l -> l.getKey().equals(pair(VN, RU))).findFirst().orElseThrow();
        // the strategic spell was recorded without an end: it ends where the upgrade begins
        assertThat(ru.getTiers().get(0).endDay()).isEqualTo(EventDate.parse("2012-07").firstDay());
    }

    @Test
    void groupsByCountryCategoryOrNothing() {
        vm.visibleRangeChanged(navigations.get(0).fromDay(), navigations.get(0).toDay());
        vm.setGrouping(LaneGrouping.COUNTRY);
        assertThat(laneTitles()).startsWith("Vietnam").contains("China", "Russia", "United States", "Japan", "No country");
        // an event of two countries is drawn in both lanes
        assertThat(titlesIn(LaneKeys.countryKey(id(RU)))).contains("Путин в Ханое");
        assertThat(titlesIn(LaneKeys.countryKey(id(VN)))).contains("Путин в Ханое");
        vm.setGrouping(LaneGrouping.CATEGORY);
        assertThat(laneTitles()).contains("Partnership change", "State visit", "Leadership change");
        assertThat(titlesIn(LaneKeys.categoryKey("military"))).containsExactly("Oil rig stand-off", "Obama lifts the arms embargo");
        vm.setGrouping(LaneGrouping.NONE);
        assertThat(laneTitles()).containsExactly("All events");
        assertThat(vm.items()).hasSize(14);
    }

    @Test
    void filtersHideLanesAndEvents() {
        vm.visibleRangeChanged(navigations.get(0).fromDay(), navigations.get(0).toDay());
        vm.setFilter(EventFilter.NONE.withCategories(Set.of(Category.STATE_VISIT.key())));
        assertThat(laneTitles()).containsExactly("Vietnam–Russia", "Vietnam–China");
        assertThat(vm.items()).extracting(TimelineItem::title).containsExactlyInAnyOrder("Nguyễn Minh Triết visits Moscow", "Путин в Ханое",
                "习近平 visits Hanoi");
        vm.setFilter(EventFilter.NONE.withImportance(5, 5));
        assertThat(vm.items()).allMatch(i -> i.importance() == 5);
        vm.setFilter(EventFilter.NONE);
        vm.focusActor(id(US));
        assertThat(laneTitles()).containsExactly("Vietnam–United States");
        assertThat(vm.items()).hasSize(3);
        vm.focusActor(null);
        assertThat(laneTitles()).hasSize(6);
    }

    @Test
    void compareShowsThePickedPairsOneAboveTheOther() {
        vm.visibleRangeChanged(navigations.get(0).fromDay(), navigations.get(0).toDay());
        vm.compare(List.of(pair(VN, US), pair(VN, CN)));
        assertThat(laneTitles()).containsExactly("Vietnam–United States", "Vietnam–China");
        assertThat(vm.items()).allMatch(i -> i.laneKey().equals(pair(VN, US)) || i.laneKey().equals(pair(VN, CN)));
        assertThat(vm.pairLanes()).extracting(LaneCatalogue.Lane::title).contains("Vietnam–Russia", "Vietnam–Japan");
        vm.compare(List.of());
        assertThat(laneTitles()).hasSize(6);
    }

    @Test
    void loadsOnlyTheVisibleWindowWithAMarginAndNotAgainForSmallPans() {
        // the first load: 2008–2024 plus half its width on each side
        TimelineLoader.WindowRequest first = vm.requests().get(vm.requests().size() - 1);
        long from = TimelineViewModel.DEFAULT_FROM.toEpochDay(), to = TimelineViewModel.DEFAULT_TO.toEpochDay(), span = to - from;
        assertThat(first.fromDay()).isEqualTo((long) Math.floor(from - span * 0.5));
        assertThat(first.toDay()).isEqualTo((long) Math.ceil(to + span * 0.5));
        int made = vm.requests().size();
        vm.visibleRangeChanged(from + 400, to + 400); // a pan within the margin: nothing to read
        vm.visibleRangeChanged(from + 1000, from + 1365); // zoomed in on a year: every event of it is loaded already
        assertThat(vm.requests()).hasSize(made);
        long from90 = LocalDate.of(1990, 1, 1).toEpochDay(), to91 = LocalDate.of(1991, 1, 1).toEpochDay();
        vm.visibleRangeChanged(from90, to91); // far away: that year and its margins are read, nothing more
        assertThat(vm.requests()).hasSize(made + 1);
        TimelineLoader.WindowRequest r = vm.requests().get(made);
        assertThat(r.fromDay()).isEqualTo((long) Math.floor(from90 - (to91 - from90) * 0.5));
        assertThat(r.toDay()).isEqualTo((long) Math.ceil(to91 + (to91 - from90) * 0.5));
        assertThat(vm.items()).isEmpty();
        vm.visibleRangeChanged(LocalDate.of(2023, 1, 1).toEpochDay(), LocalDate.of(2024, 1, 1).toEpochDay());
        assertThat(vm.items()).extracting(TimelineItem::title).contains("Biden in Hanoi: comprehensive strategic partnership")
                .doesNotContain("Nguyễn Minh Triết visits Moscow", "Oil rig stand-off");
    }

    @Test
    void wideWindowsBecomeAnOverviewOfTheMostImportantEventPerBucket() {
        for (int day = 1; day <= 6; day++)
            lib.events().save(TimelineTestLibrary.event("Hội nghị " + day, "2019-03-04", Category.MEETING, day == 4 ? 3 : 1, CN, VN));
        vm.open(lib);
        vm.setDetailLimit(5);
        vm.setGrouping(LaneGrouping.ACTOR_PAIR);
        vm.visibleRangeChanged(navigations.get(0).fromDay(), navigations.get(0).toDay());
        TimelineLoader.WindowData d = vm.loadedProperty().get();
        assertThat(d.overview()).isTrue();
        assertThat(d.eventCount()).isEqualTo(20);
        assertThat(vm.items()).allMatch(i -> ((EventItem) i).representative());
        // the six meetings of 4 March 2019 share a bucket: the most important stands for the others
        assertThat(vm.items()).filteredOn(i -> i.title().startsWith("Hội nghị")).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Hội nghị 4  (+5)"));
        assertThat(vm.statusProperty().get()).startsWith("Overview of 20 events");
        // zoomed into one year, the same library is drawn event by event
        vm.visibleRangeChanged(EventDate.parse("2023-09-01").firstDay(), EventDate.parse("2023-12-01").firstDay());
        assertThat(vm.loadedProperty().get().overview()).isFalse();
        assertThat(vm.items()).extracting(TimelineItem::title).contains("Biden in Hanoi: comprehensive strategic partnership");
    }

    /**
     * "Fit all" on a library spanning more than a century: an overview in buckets of the lane
     * summary's 512-day blocks, with the events counted as the rows count them, by pair and by
     * country (where an event shows in the lane of each of its countries).
     */
    @Test
    void theFitAllOverviewOfACenturyComesInBlocksOfTheLaneSummary() {
        // One 512-day block: days -24,064 to -23,553 (10 February 1904 to 6 July 1905).
        lib.events().save(TimelineTestLibrary.event("Hiệp ước 1905", "1905-05-05", Category.AGREEMENT, 5, RU, VN));
        lib.events().save(TimelineTestLibrary.event("Hội nghị 1905", "1905-05-20", Category.MEETING, 2, VN, RU));
        vm.open(lib);
        vm.setDetailLimit(5);
        long events = lib.counts().events();
        for (LaneGrouping g : List.of(LaneGrouping.ACTOR_PAIR, LaneGrouping.COUNTRY)) {
            vm.setGrouping(g);
            TypedRange all = vm.fitAllRange();
            vm.visibleRangeChanged(all.fromDay(), all.toDay());
            TimelineLoader.WindowData d = vm.loadedProperty().get();
            assertThat(d.overview()).isTrue();
            assertThat(d.bucketDays()).as(g.name()).isEqualTo(org.entente.store.TimelineQueries.SUMMARY_BLOCK_DAYS);
            assertThat(vm.statusProperty().get()).startsWith("Overview of " + events + " events").contains("17 months");
            // The two events of 1905 share a block and a lane: the agreement stands for the meeting.
            List<String> lanes = g == LaneGrouping.ACTOR_PAIR ? List.of(pair(VN, RU))
                    : List.of(LaneKeys.countryKey(id(VN)), LaneKeys.countryKey(id(RU)));
            for (String lane : lanes) {
                assertThat(vm.items()).filteredOn(i -> lane.equals(i.laneKey())).extracting(TimelineItem::title).as(lane)
                        .contains("Hiệp ước 1905  (+1)").noneMatch(t -> t.startsWith("Hội nghị 1905"));
            }
        }
    }

    @Test
    void searchListsHitsAndJumpsToEach() {
        vm.search("to lam");
        assertThat(vm.hits()).extracting(h -> h.event().title()).containsExactly("Tô Lâm elected State President");
        vm.search("путин");
        assertThat(vm.hits()).hasSize(1);
        navigations.clear();
        vm.jumpTo(vm.hits().get(0).event());
        long putin = vm.hits().get(0).event().id();
        assertThat(selections).containsExactly(putin);
        TypedRange r = navigations.get(0);
        long day = EventDate.parse("2024-06-19").firstDay();
        assertThat(r.fromDay()).isLessThan(day);
        assertThat(r.toDay()).isGreaterThan(day);
        assertThat(vm.items()).extracting(TimelineItem::id).contains(putin);
        vm.search("  ");
        assertThat(vm.hits()).isEmpty();
    }

    @Test
    void typedRangesKeepEachSidesPrecision() {
        assertThat(TypedRange.parse("2023-09 to 2024-08"))
                .isEqualTo(new TypedRange(LocalDate.of(2023, 9, 1).toEpochDay(), LocalDate.of(2024, 9, 1).toEpochDay()));
        assertThat(TypedRange.parse("2008–2024")).isEqualTo(new TypedRange(LocalDate.of(2008, 1, 1).toEpochDay(), LocalDate.of(2025, 1, 1).toEpochDay()));
        assertThat(TypedRange.parse("2024-06-19")).isEqualTo(new TypedRange(LocalDate.of(2024, 6, 19).toEpochDay(), LocalDate.of(2024, 6, 20).toEpochDay()));
        assertThat(TypedRange.parse("2012-07/2013")).isEqualTo(new TypedRange(LocalDate.of(2012, 7, 1).toEpochDay(), LocalDate.of(2014, 1, 1).toEpochDay()));
        assertThatThrownBy(() -> TypedRange.parse("2024 to 2020")).hasMessageContaining("ends");
        assertThatThrownBy(() -> TypedRange.parse("soon to later")).hasMessageContaining("\"soon\"");
        navigations.clear();
        vm.goTo("2023-09 to 2024-08");
        assertThat(navigations).hasSize(1);
        // fit all covers the whole library, not just the loaded window
        TypedRange all = vm.fitAllRange();
        assertThat(all.fromDay()).isLessThan(EventDate.parse("2008-05-30").firstDay());
        assertThat(all.toDay()).isGreaterThan(EventDate.parse("2024-06-20").firstDay());
    }

    @Test
    void laneCatalogueFoldsSmallLanesIntoOther() {
        List<Actor> actors = new ArrayList<>();
        Map<String, Long> counts = new java.util.HashMap<>();
        for (int i = 1; i <= 20; i++) {
            actors.add(new Actor(i, "Country " + i, org.entente.model.ActorKind.COUNTRY, null, null));
            if (i > 1) counts.put(LaneKeys.pairKey(1, i), (long) i);
        }
        LaneCatalogue cat = LaneCatalogue.of(LaneGrouping.ACTOR_PAIR, actors, List.of(), counts, List.of());
        assertThat(cat.lanes()).hasSize(LaneCatalogue.MAX_LANES + 1);
        assertThat(cat.lanes().get(0).title()).isEqualTo("Country 1–Country 20");
        LaneCatalogue.Lane other = cat.lanes().get(cat.lanes().size() - 1);
        assertThat(other.key()).isEqualTo(LaneCatalogue.OTHER);
        assertThat(other.count()).isEqualTo(2 + 3 + 4 + 5 + 6);
        assertThat(cat.shownKey(LaneKeys.pairKey(1, 2))).isEqualTo(LaneCatalogue.OTHER);
    }
}

package org.entente.ui.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.LibraryContent;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.store.Library;

/**
 * A small library shaped like the starter one (Vietnam's ties), written to a real temp file.
 * Test data only: the view's logic is checked on it, it is not shown to users.
 */
final class TimelineTestLibrary {
    static final Actor VN = Actor.country("Vietnam", "VNM"), RU = Actor.country("Russia", "RUS"), CN = Actor.country("China", "CHN"),
            US = Actor.country("United States", "USA"), JP = Actor.country("Japan", "JPN");
    static final Actor ASEAN = new Actor(0, "ASEAN", ActorKind.ORGANISATION, null, null);

    private TimelineTestLibrary() {}

    static Library create(Path file) {
        return org.entente.ui.OffFxThread.call(() -> createSeeded(file));
    }

    private static Library createSeeded(Path file) {
        Library lib = Library.open(file);
        List<Event> events = new ArrayList<>(List.of(
                event("Nguyễn Minh Triết visits Moscow", "2008-10-27/2008-10-31", Category.STATE_VISIT, 4, VN, RU),
                event("Comprehensive strategic partnership with Russia", "2012-07-27", Category.PARTNERSHIP_CHANGE, 5, RU, VN),
                event("Путин в Ханое", "2024-06-19/2024-06-20", Category.STATE_VISIT, 5, RU, VN),
                event("Comprehensive strategic cooperative partnership with China", "2008-05-30", Category.PARTNERSHIP_CHANGE, 5, VN, CN),
                event("习近平 visits Hanoi", "2023-12-12/2023-12-13", Category.STATE_VISIT, 5, CN, VN),
                event("Oil rig stand-off", "2014-05/2014-07", Category.MILITARY, 4, CN, VN),
                event("Talks on the sea", "~2019", Category.MEETING, 2, VN, CN, ASEAN),
                event("Comprehensive partnership with the United States", "2013-07-25", Category.PARTNERSHIP_CHANGE, 4, VN, US),
                event("Biden in Hanoi: comprehensive strategic partnership", "2023-09-10/2023-09-11", Category.PARTNERSHIP_CHANGE, 5, US, VN),
                event("Obama lifts the arms embargo", "2016-05-23", Category.MILITARY, 4, US, VN),
                event("Comprehensive strategic partnership with Japan", "2023-11-27", Category.PARTNERSHIP_CHANGE, 4, VN, JP),
                event("Tô Lâm elected State President", "2024-05-22", Category.LEADERSHIP_CHANGE, 4, VN),
                event("Võ Văn Thưởng resigns", "2024-03-20", Category.LEADERSHIP_CHANGE, 3, VN),
                event("ASEAN statement on the sea", "2016-07", Category.STATEMENT, 2, ASEAN)));
        List<Partnership> spells = List.of(
                spell(VN, RU, PartnershipLevel.STRATEGIC, "2001-03", null),
                spell(VN, RU, PartnershipLevel.COMPREHENSIVE_STRATEGIC, "2012-07", null),
                spell(VN, CN, PartnershipLevel.COMPREHENSIVE_STRATEGIC, "2008-05", null),
                spell(VN, US, PartnershipLevel.COMPREHENSIVE, "2013-07", "2023-09"),
                spell(VN, US, PartnershipLevel.COMPREHENSIVE_STRATEGIC, "2023-09", null));
        lib.importContent(new LibraryContent(List.of(VN, RU, CN, US, JP, ASEAN), List.of(), events, spells, List.of(), List.of()), "test");
        return lib;
    }

    static Event event(String title, String when, Category category, int importance, Actor... actors) {
        List<Participant> ps = Arrays.stream(actors).map(a -> new Participant(a, null)).toList();
        return new Event(0, title, DateRange.parse(when), category, ps, null, null, importance, List.of(), List.of());
    }

    static Partnership spell(Actor a, Actor b, PartnershipLevel level, String from, String until) {
        return new Partnership(0, a, b, level, null, EventDate.parse(from), until == null ? null : EventDate.parse(until), List.of(), null);
    }
}

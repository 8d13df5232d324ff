package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Category;
import org.entente.model.DataQuality;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Participant;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of every form, with the message the user reads under the field. */
class FormModelTest {
    static final Actor VN = new Actor(1, "Vietnam", ActorKind.COUNTRY, "VNM", null);
    static final Actor RU = new Actor(2, "Russia", ActorKind.COUNTRY, "RUS", null);
    static final Actor CN = new Actor(3, "China", ActorKind.COUNTRY, "CHN", null);
    static final Actor TO_LAM = new Actor(4, "Tô Lâm", ActorKind.PERSON, null, null);

    @Nested
    class EventForm {
        EventFormModel valid() {
            EventFormModel m = new EventFormModel();
            m.title().set("Tô Lâm gặp 习近平");
            m.start().set("2024-08-19");
            m.category().set(Category.STATE_VISIT);
            return m;
        }

        @Test
        void anEmptyFormNamesEveryRequiredField() {
            EventFormModel m = new EventFormModel();
            assertThat(m.valid().get()).isFalse();
            assertThat(m.problems()).containsEntry(EventFormModel.TITLE, "A title is required")
                    .containsEntry(EventFormModel.START, "A date is required")
                    .containsEntry(EventFormModel.CATEGORY, "A category is required")
                    .doesNotContainKeys(EventFormModel.END, EventFormModel.IMPORTANCE);
            assertThat(m.build()).isEmpty();
            assertThat(m.canSave().get()).isFalse();
        }

        @Test
        void aBlankTitleIsNotATitle() {
            EventFormModel m = valid();
            m.title().set("   ");
            assertThat(m.message(EventFormModel.TITLE).get()).isEqualTo("A title is required");
        }

        @Test
        void aValidFormBuildsTheEventWithUnicodeTitleAndParticipants() {
            EventFormModel m = valid();
            m.addParticipant(VN);
            m.addParticipant(CN);
            m.participants().get(1).role().set("guest of honour");
            m.addTag("visit");
            m.addTag("visit");
            Event e = m.build().orElseThrow();
            assertThat(e.title()).isEqualTo("Tô Lâm gặp 习近平");
            assertThat(e.when().start()).isEqualTo(EventDate.ofDay(2024, 8, 19));
            assertThat(e.participants()).containsExactly(new Participant(VN, "host"), new Participant(CN, "guest of honour"));
            assertThat(e.tags()).containsExactly("visit");
            assertThat(e.importance()).isEqualTo(3);
            assertThat(m.problems()).isEmpty();
            assertThat(m.canSave().get()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"2024, YEAR, false", "2024-06, MONTH, false", "2024-06-19, DAY, false", "~2001, YEAR, true"})
        void partialAndApproximateDatesAreAccepted(String text, DatePrecision precision, boolean approximate) {
            EventFormModel m = valid();
            m.start().set(text);
            EventDate d = m.build().orElseThrow().when().start();
            assertThat(d.precision()).isEqualTo(precision);
            assertThat(d.approximate()).isEqualTo(approximate);
        }

        @Test
        void aBceDateIsAccepted() {
            EventFormModel m = valid();
            m.start().set("-0044-03-15");
            EventDate d = m.build().orElseThrow().when().start();
            assertThat(d.year()).isEqualTo(-44);
            assertThat(d.isBce()).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2024-13-40|\"2024-13-40\" is not a date: month 13",
                "2023-02-29|\"2023-02-29\" is not a date: day 29 (February 2023 has 28 days)",
                "0|\"0\" is not a date: there is no year 0 (1 BCE is followed by 1 CE)",
                "19 June 2024|\"19 June 2024\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (with - before a BCE year, ~ for approximate)"})
        void aBadDateShowsTheModelsMessage(String text, String message) {
            EventFormModel m = valid();
            m.start().set(text);
            assertThat(m.message(EventFormModel.START).get()).isEqualTo(message);
            assertThat(m.canSave().get()).isFalse();
            assertThat(m.build()).isEmpty();
        }

        @Test
        void aBadEndDateIsMarkedOnTheEnd() {
            EventFormModel m = valid();
            m.end().set("2024-06-31");
            assertThat(m.message(EventFormModel.END).get()).isEqualTo("\"2024-06-31\" is not a date: day 31 (June 2024 has 30 days)");
        }

        @Test
        void anEndBeforeTheStartIsRefused() {
            EventFormModel m = valid();
            m.start().set("2024-06-19");
            m.end().set("2024-06-18");
            assertThat(m.message(EventFormModel.END).get()).isEqualTo("The end 2024-06-18 is before the start 2024-06-19");
            m.end().set("2024-06");
            assertThat(m.message(EventFormModel.END).get()).as("June 2024 includes the 19th").isNull();
            m.end().set("2024-06-20");
            assertThat(m.build().orElseThrow().when().end()).isEqualTo(EventDate.ofDay(2024, 6, 20));
        }

        @Test
        void anOngoingEventHasNoEnd() {
            EventFormModel m = valid();
            m.ongoing().set(true);
            m.end().set("2025");
            assertThat(m.message(EventFormModel.END).get()).isEqualTo("An ongoing event has no end date");
            m.end().set("");
            assertThat(m.build().orElseThrow().when().ongoing()).isTrue();
        }

        @Test
        void importanceIsOneToFive() {
            EventFormModel m = valid();
            m.importance().set(6);
            assertThat(m.message(EventFormModel.IMPORTANCE).get()).isEqualTo("Importance must be 1–5, not 6");
            m.importance().set(0);
            assertThat(m.message(EventFormModel.IMPORTANCE).get()).isEqualTo("Importance must be 1–5, not 0");
            m.importance().set(null);
            assertThat(m.message(EventFormModel.IMPORTANCE).get()).isEqualTo("Importance is required");
            m.importance().set(5);
            assertThat(m.build().orElseThrow().importance()).isEqualTo(5);
        }

        @Test
        void anActorTakesPartOnce() {
            EventFormModel m = valid();
            m.addParticipant(VN);
            m.addParticipant(VN);
            assertThat(m.participants()).hasSize(1);
            m.participants().add(new EventFormModel.ParticipantRow(VN, "guest"));
            assertThat(m.message(EventFormModel.PARTICIPANTS).get()).isEqualTo("Vietnam is listed twice");
        }

        @Test
        void rolesFollowTheCategory() {
            EventFormModel m = valid();
            m.category().set(Category.UN_VOTE);
            m.addParticipant(VN);
            assertThat(m.participants().get(0).role().get()).isEqualTo("voter");
        }

        @Test
        void editingKeepsTheIdAndEveryField() {
            Event e = new Event(42, "Putin state visit to Hanoi", org.entente.model.DateRange.parse("2024-06-19/2024-06-20"),
                    Category.STATE_VISIT, List.of(new Participant(VN, "host"), new Participant(RU, "guest")), "Hanoi",
                    "Second visit.", 5, List.of("visit"), List.of());
            EventFormModel m = new EventFormModel(e);
            assertThat(m.heading()).isEqualTo("Edit event");
            assertThat(m.build()).contains(e);
        }

        @Test
        void anEditClearsAnEarlierSaveError() {
            EventFormModel m = valid();
            m.saveError().set("refused");
            m.title().set("Another");
            assertThat(m.saveError().get()).isNull();
        }
    }

    @Nested
    class ActorForm {
        @Test
        void nameAndKindAreRequired() {
            ActorFormModel m = new ActorFormModel(null, List.of());
            assertThat(m.message(ActorFormModel.NAME).get()).isEqualTo("A name is required");
            m.kind().set(null);
            assertThat(m.message(ActorFormModel.KIND).get()).isEqualTo("A kind is required");
            m.name().set("Путин");
            m.kind().set(ActorKind.PERSON);
            assertThat(m.build().orElseThrow()).isEqualTo(new Actor(0, "Путин", ActorKind.PERSON, null, null));
        }

        @Test
        void aNameIsUniqueIgnoringAccents() {
            ActorFormModel m = new ActorFormModel(null, List.of(VN, TO_LAM));
            m.name().set("To Lam");
            assertThat(m.message(ActorFormModel.NAME).get()).isEqualTo("An actor named Tô Lâm already exists");
            ActorFormModel edit = new ActorFormModel(TO_LAM, List.of(VN, TO_LAM));
            assertThat(edit.message(ActorFormModel.NAME).get()).as("its own name").isNull();
        }

        @Test
        void anIsoCodeIsThreeLettersOfACountryNotTaken() {
            ActorFormModel m = new ActorFormModel(null, List.of(VN));
            m.name().set("Laos");
            m.isoCode().set("LA");
            assertThat(m.message(ActorFormModel.ISO).get()).isEqualTo("An ISO code is three letters, like VNM");
            m.isoCode().set("vnm");
            assertThat(m.message(ActorFormModel.ISO).get()).isEqualTo("Vietnam already has the code VNM");
            m.isoCode().set("lao");
            assertThat(m.build().orElseThrow().isoCode()).isEqualTo("LAO");
            m.kind().set(ActorKind.ORGANISATION);
            assertThat(m.message(ActorFormModel.ISO).get()).isEqualTo("Only a country has an ISO code");
        }

        @Test
        void aColourIsHex() {
            ActorFormModel m = new ActorFormModel(null, List.of());
            m.name().set("ASEAN");
            m.colour().set("red");
            assertThat(m.message(ActorFormModel.COLOUR).get()).isEqualTo("A colour is written #rrggbb, like #1f77b4");
            m.colour().set("#1f77b4");
            assertThat(m.valid().get()).isTrue();
        }
    }

    @Nested
    class PartnershipForm {
        PartnershipFormModel valid() {
            PartnershipFormModel m = new PartnershipFormModel(null);
            m.actorA().set(VN);
            m.actorB().set(RU);
            m.level().set(PartnershipLevel.COMPREHENSIVE_STRATEGIC);
            m.from().set("2012-07");
            return m;
        }

        @Test
        void bothActorsLevelAndStartAreRequired() {
            PartnershipFormModel m = new PartnershipFormModel(null);
            assertThat(m.problems()).containsEntry(PartnershipFormModel.ACTOR_A, "The first actor is required")
                    .containsEntry(PartnershipFormModel.ACTOR_B, "The second actor is required")
                    .containsEntry(PartnershipFormModel.LEVEL, "A level is required")
                    .containsEntry(PartnershipFormModel.FROM, "A start date is required");
        }

        @Test
        void notTheSameActorTwice() {
            PartnershipFormModel m = valid();
            m.actorB().set(VN);
            assertThat(m.message(PartnershipFormModel.ACTOR_B).get()).isEqualTo("A partnership needs two different actors, not Vietnam twice");
        }

        @Test
        void theEndIsNotBeforeTheStart() {
            PartnershipFormModel m = valid();
            m.until().set("2001-03");
            assertThat(m.message(PartnershipFormModel.UNTIL).get()).isEqualTo("The end 2001-03 is before the start 2012-07");
            m.until().set("2012-13");
            assertThat(m.message(PartnershipFormModel.UNTIL).get()).isEqualTo("\"2012-13\" is not a date: month 13");
            m.from().set("~2001");
            assertThat(m.message(PartnershipFormModel.FROM).get()).isNull();
        }

        @Test
        void buildsAnOngoingSpell() {
            Partnership p = valid().build().orElseThrow();
            assertThat(p.isOngoing()).isTrue();
            assertThat(p.from()).isEqualTo(EventDate.ofMonth(2012, 7));
        }
    }

    @Nested
    class PeriodForm {
        @Test
        void nameStartOrderAndColour() {
            PeriodFormModel m = new PeriodFormModel(null);
            assertThat(m.problems()).containsEntry(PeriodFormModel.NAME, "A name is required")
                    .containsEntry(PeriodFormModel.START, "A start date is required");
            m.name().set("Đổi Mới");
            m.start().set("1986-12");
            m.end().set("1985");
            assertThat(m.message(PeriodFormModel.END).get()).isEqualTo("The end 1985 is before the start 1986-12");
            m.end().set("");
            m.ongoing().set(true);
            m.colour().set("#12345");
            assertThat(m.message(PeriodFormModel.COLOUR).get()).isEqualTo("A colour is written #rrggbb, like #1f77b4");
            m.colour().set("");
            Period p = m.build().orElseThrow();
            assertThat(p.when().ongoing()).isTrue();
            m.end().set("2000");
            assertThat(m.message(PeriodFormModel.END).get()).isEqualTo("An ongoing period has no end date");
        }
    }

    @Nested
    class TradeForm {
        TradeFigureFormModel valid() {
            TradeFigureFormModel m = new TradeFigureFormModel(null);
            m.reporter().set(VN);
            m.partner().set(RU);
            m.year().set("2023");
            m.value().set("3,630,000,000");
            return m;
        }

        @Test
        void reporterPartnerYearFlowValueAreRequired() {
            TradeFigureFormModel m = new TradeFigureFormModel(null);
            m.flow().set(null);
            assertThat(m.problems()).containsEntry(TradeFigureFormModel.REPORTER, "The reporter is required")
                    .containsEntry(TradeFigureFormModel.PARTNER, "The partner is required")
                    .containsEntry(TradeFigureFormModel.YEAR, "A year is required")
                    .containsEntry(TradeFigureFormModel.FLOW, "A flow is required")
                    .containsEntry(TradeFigureFormModel.VALUE, "A value is required");
        }

        @Test
        void yearAndValueAreNumbers() {
            TradeFigureFormModel m = valid();
            m.year().set("two thousand");
            assertThat(m.message(TradeFigureFormModel.YEAR).get()).isEqualTo("A year is a whole number like 2023");
            m.year().set("-44");
            assertThat(m.message(TradeFigureFormModel.YEAR).get()).isEqualTo("The year must be between 1 and 9999");
            m.year().set("2023");
            m.value().set("3.6 bn");
            assertThat(m.message(TradeFigureFormModel.VALUE).get()).isEqualTo("The value is a whole number of US dollars, like 3,630,000,000");
            m.value().set("-5");
            assertThat(m.message(TradeFigureFormModel.VALUE).get()).isEqualTo("A trade value cannot be negative");
            m.value().set("$3 630 000 000");
            assertThat(m.build().orElseThrow().valueUsd()).isEqualTo(3_630_000_000L);
        }

        @Test
        void reporterAndPartnerDiffer() {
            TradeFigureFormModel m = valid();
            m.partner().set(VN);
            assertThat(m.message(TradeFigureFormModel.PARTNER).get()).isEqualTo("The partner must differ from the reporter");
        }

        @Test
        void editingRoundTrips() {
            TradeFigure f = new TradeFigure(7, VN, RU, 2023, TradeFlow.EXPORT, 3_630_000_000L, DataQuality.APPROXIMATE, null);
            assertThat(new TradeFigureFormModel(f).build()).contains(f);
        }
    }

    @Nested
    class SourceForm {
        @Test
        void titleDateUrlAndAccessDate() {
            SourceFormModel m = new SourceFormModel(null);
            assertThat(m.message(SourceFormModel.TITLE).get()).isEqualTo("A title is required");
            m.title().set("Việt Nam – Nga ra Tuyên bố chung");
            m.date().set("2024-06-32");
            assertThat(m.message(SourceFormModel.DATE).get()).isEqualTo("\"2024-06-32\" is not a date: day 32 (June 2024 has 30 days)");
            m.date().set("2024-06");
            m.url().set("vnexpress.net/x");
            assertThat(m.message(SourceFormModel.URL).get()).isEqualTo("A web address starts with http:// or https://");
            m.url().set("https://vnexpress.net/x");
            m.accessed().set("2024-6-1");
            assertThat(m.message(SourceFormModel.ACCESSED).get()).isEqualTo("The access date must be a day like 2024-06-19");
            m.accessed().set("2024-06-21");
            Source s = m.build().orElseThrow();
            assertThat(s.date()).isEqualTo(EventDate.ofMonth(2024, 6));
            assertThat(s.accessed()).isEqualTo(java.time.LocalDate.of(2024, 6, 21));
        }
    }
}

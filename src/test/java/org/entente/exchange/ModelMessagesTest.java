package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.entente.exchange.bundle.BundleLink;
import org.entente.i18n.I18n;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.DataQuality;
import org.entente.model.DateParseException;
import org.entente.model.DateRange;
import org.entente.model.EventDate;
import org.entente.model.LinkKind;
import org.entente.model.Partnership;
import org.entente.model.PartnershipLevel;
import org.entente.model.Source;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The model's refusals that a file can meet, and its date errors, are said again in the interface
 * language: in English word for word as the model says them, in Vietnamese from the bundle. If the
 * model's wording changes, ModelMessages stops recognising it and this test fails.
 */
class ModelMessagesTest {
    private static final Actor VIETNAM = new Actor(0, "Vietnam", ActorKind.COUNTRY, "VNM", null);
    private static final Actor JAPAN = new Actor(0, "Japan", ActorKind.COUNTRY, "JPN", null);

    @AfterEach
    void backToEnglish() { I18n.setLocale(I18n.ENGLISH); }

    private static IllegalArgumentException refusal(ThrowingCallable work) {
        return catchThrowableOfType(IllegalArgumentException.class, work);
    }

    @Test
    void everyKnownRefusalIsTheModelsOwnInEnglishAndVietnameseInVietnamese() {
        List<IllegalArgumentException> refusals = List.of(
                refusal(() -> DateRange.of(EventDate.parse("2012-07"), EventDate.parse("2001"))),
                refusal(() -> new Actor(0, "Vietnam", ActorKind.COUNTRY, "VN", null)),
                refusal(() -> new Actor(0, "Vietnam", ActorKind.COUNTRY, null, "red")),
                refusal(() -> PartnershipLevel.of("friends")),
                refusal(() -> new Partnership(0, VIETNAM, VIETNAM, PartnershipLevel.STRATEGIC, null, EventDate.ofYear(2013), null, List.of(), null)),
                refusal(() -> new Actor(0, " ", ActorKind.COUNTRY, null, null)),
                refusal(() -> new Source(0, " ", null, null, null, null, null, null)),
                refusal(() -> new TradeFigure(0, VIETNAM, JAPAN, 0, TradeFlow.EXPORT, 1, DataQuality.REPORTED, null)),
                refusal(() -> new TradeFigure(0, VIETNAM, JAPAN, 2023, TradeFlow.EXPORT, -1, DataQuality.REPORTED, null)),
                refusal(() -> new BundleLink("e1", "e1", LinkKind.LED_TO)));
        for (IllegalArgumentException e : refusals) {
            assertThat(ModelMessages.of(e)).isEqualTo(e.getMessage());
            I18n.setLocale(I18n.VIETNAMESE);
            try {
                assertThat(ModelMessages.of(e)).as("the Vietnamese of %s", e.getMessage()).isNotEqualTo(e.getMessage());
            } finally {
                I18n.setLocale(I18n.ENGLISH);
            }
        }
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(ModelMessages.of(refusals.get(4))).isEqualTo("quan hệ đối tác cần hai chủ thể khác nhau, không thể hai lần là Vietnam");
    }

    @Test
    void aRefusalNotKnownStaysAsTheModelSaysIt() {
        I18n.setLocale(I18n.VIETNAMESE);
        IllegalArgumentException e = refusal(() -> new org.entente.model.Category(" ", "x"));
        assertThat(ModelMessages.of(e)).isEqualTo("a category needs a key");
    }

    @Test
    void everyKindOfDateErrorReadsInEnglishAsTheModelWritesItAndInVietnameseFromTheBundle() {
        for (String text : List.of("", "abc", "0", "2024-13", "2023-02-29", "-0044-02-30", "2024-06-19/2024-06-18", "2024-13/2025",
                "2024/2023-02-30", "~2001-00")) {
            DateParseException e = catchThrowableOfType(DateParseException.class, () -> DateRange.parse(text));
            assertThat(e).as(text).isNotNull();
            assertThat(DateProblems.message(e)).isEqualTo(e.getMessage());
            I18n.setLocale(I18n.VIETNAMESE);
            try {
                assertThat(DateProblems.message(e)).as(text).contains("không phải là ngày hợp lệ").doesNotContain("is not a date", " the ");
            } finally {
                I18n.setLocale(I18n.ENGLISH);
            }
        }
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(DateProblems.message(catchThrowableOfType(DateParseException.class, () -> EventDate.parse("-0044-02-30"))))
                .isEqualTo("\"-0044-02-30\" không phải là ngày hợp lệ: không có ngày 30 (tháng 2 năm 44 TCN chỉ có 28 ngày)");
        assertThat(DateProblems.message(catchThrowableOfType(DateParseException.class, () -> DateRange.parse("2024-06-19/2024-06-18"))))
                .isEqualTo("\"2024-06-19/2024-06-18\" không phải là ngày hợp lệ: ngày kết thúc 2024-06-18 sớm hơn ngày bắt đầu 2024-06-19");
    }
}

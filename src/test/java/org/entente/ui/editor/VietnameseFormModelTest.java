package org.entente.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.entente.model.DataQuality;
import org.entente.model.TradeFigure;
import org.entente.model.TradeFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The forms' rules with the interface in Vietnamese (issue #18): messages in Vietnamese, dates
 * named the Vietnamese way, and trade values written as a Vietnamese writes numbers
 * ("3.630.000.000"), with a number grouped the English way called ambiguous rather than misread.
 */
class VietnameseFormModelTest {
    @AfterEach
    void backToEnglish() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void eventMessagesAreVietnamese() {
        I18n.setLocale(I18n.VIETNAMESE);
        EventFormModel m = new EventFormModel();
        assertThat(m.heading()).isEqualTo("Sự kiện mới");
        assertThat(m.problems()).containsEntry(EventFormModel.TITLE, "Cần nhập tiêu đề")
                .containsEntry(EventFormModel.START, "Cần nhập ngày")
                .containsEntry(EventFormModel.CATEGORY, "Cần chọn loại sự kiện");
        m.title().set("Tô Lâm gặp 习近平");
        m.category().set(Category.MEETING);
        m.start().set("2023-02-29");
        assertThat(m.message(EventFormModel.START).get())
                .isEqualTo("“2023-02-29” không phải là ngày: không có ngày 29 (tháng 2 năm 2023 chỉ có 28 ngày)");
        m.start().set("-0044-02-30");
        assertThat(m.message(EventFormModel.START).get()).endsWith("(tháng 2 năm 44 TCN chỉ có 28 ngày)");
        m.start().set("2024-13");
        assertThat(m.message(EventFormModel.START).get()).isEqualTo("“2024-13” không phải là ngày: không có tháng 13");
        m.start().set("19/6/2024");
        assertThat(m.message(EventFormModel.START).get()).startsWith("“19/6/2024” không phải là ngày: cần ghi theo dạng YYYY");
        m.start().set("2024-06-19");
        m.end().set("2024-06-18");
        assertThat(m.message(EventFormModel.END).get()).isEqualTo("Ngày kết thúc 2024-06-18 sớm hơn ngày bắt đầu 2024-06-19");
        m.importance().set(6);
        assertThat(m.message(EventFormModel.IMPORTANCE).get()).isEqualTo("Mức độ quan trọng phải từ 1 đến 5, không thể là 6");
    }

    @Test
    void englishDateMessagesKeepTheModelsWording() {
        // The English texts are the parser's own, word for word, whatever part is wrong.
        for (String text : new String[] {"2024-13-40", "2023-02-29", "-0044-02-30", "0", "19 June 2024", "~2024-04-31"}) {
            try {
                org.entente.model.EventDate.parse(text);
                throw new AssertionError(text + " parsed");
            } catch (org.entente.model.DateParseException e) {
                assertThat(DateRules.date(text, true, "editor.rule.date.required")).isEqualTo(e.getMessage());
            }
        }
    }

    @Test
    void aVietnameseTradeValueIsGroupedWithPoints() {
        I18n.setLocale(I18n.VIETNAMESE);
        TradeFigureFormModel m = new TradeFigureFormModel(null);
        m.reporter().set(FormModelTest.VN);
        m.partner().set(FormModelTest.RU);
        m.year().set("2023");
        m.value().set("3.630.000.000");
        assertThat(m.problems()).isEmpty();
        assertThat(m.build().orElseThrow().valueUsd()).isEqualTo(3_630_000_000L);
        m.value().set("3 630 000 000 USD");
        assertThat(m.build().orElseThrow().valueUsd()).isEqualTo(3_630_000_000L);

        // A comma is the decimal mark in Vietnamese: "3,630,000,000" is not read as whole dollars.
        m.value().set("3,630,000,000");
        assertThat(m.message(TradeFigureFormModel.VALUE).get()).isEqualTo("“3,630,000,000” chưa rõ nghĩa: trong tiếng Việt, "
                + "dấu phẩy ngăn cách phần thập phân, còn giá trị phải là số đô la Mỹ nguyên. Có phải bạn muốn nhập 3.630.000.000?");
        m.value().set("3,6 tỷ");
        assertThat(m.message(TradeFigureFormModel.VALUE).get()).isEqualTo("Giá trị là số đô la Mỹ nguyên, ví dụ 3.630.000.000");
        m.value().set("3.6");
        assertThat(m.message(TradeFigureFormModel.VALUE).get()).isEqualTo("Giá trị là số đô la Mỹ nguyên, ví dụ 3.630.000.000");

        // A stored figure is shown as a Vietnamese writes it, and saved back unchanged.
        TradeFigure f = new TradeFigure(7, FormModelTest.VN, FormModelTest.RU, 2023, TradeFlow.EXPORT, 3_630_000_000L,
                DataQuality.APPROXIMATE, null);
        TradeFigureFormModel edit = new TradeFigureFormModel(f);
        assertThat(edit.value().get()).isEqualTo("3.630.000.000");
        assertThat(edit.build()).contains(f);
    }

    @Test
    void anEnglishValueGroupedWithPointsIsAmbiguousAndGroupingMustBeInThrees() {
        TradeFigureFormModel m = new TradeFigureFormModel(null);
        m.value().set("3.630.000.000");
        assertThat(m.message(TradeFigureFormModel.VALUE).get()).isEqualTo("“3.630.000.000” is ambiguous: in English a point marks "
                + "decimals, and the value is whole US dollars. Did you mean 3,630,000,000?");
        m.value().set("3,6300");
        assertThat(m.message(TradeFigureFormModel.VALUE).get()).isEqualTo("The value is a whole number of US dollars, like 3,630,000,000");
        m.value().set("US$3,630,000,000");
        assertThat(m.message(TradeFigureFormModel.VALUE).get()).isNull();
    }
}

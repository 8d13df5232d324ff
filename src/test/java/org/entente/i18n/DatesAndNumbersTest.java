package org.entente.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.model.Category;
import org.entente.model.DateRange;
import org.entente.model.EventDate;
import org.entente.model.PartnershipLevel;
import org.entente.ui.common.Names;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Dates and numbers as English and Vietnamese readers write them, at every precision. */
class DatesAndNumbersTest {

    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    @ParameterizedTest(name = "{0} reads \"{1}\" and \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "2024-06-19 | 19 June 2024       | 19 tháng 6 năm 2024",
            "2012-07    | July 2012          | tháng 7 năm 2012",
            "2017       | 2017               | năm 2017",
            "~2001      | c. 2001            | khoảng 2001",
            "~2012-07   | c. July 2012       | khoảng tháng 7 năm 2012",
            "-0044      | 44 BCE             | 44 TCN",
            "~-0044     | c. 44 BCE          | khoảng 44 TCN",
            "-0044-03-15| 15 March 44 BCE    | 15 tháng 3 năm 44 TCN",
    })
    void aDateAtItsPrecision(String iso, String english, String vietnamese) {
        EventDate d = EventDate.parse(iso);
        assertThat(d.display(I18n.ENGLISH)).isEqualTo(english);
        assertThat(d.display(I18n.VIETNAMESE)).isEqualTo(vietnamese);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\" and \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "2024-06-19/2024-06-20 | 19–20 June 2024          | 19–20 tháng 6 năm 2024",
            "2008-05-30/2008-06-02 | 30 May – 2 June 2008     | 30 tháng 5 – 2 tháng 6 năm 2008",
            "2012-05/2012-07       | May – July 2012          | tháng 5 – tháng 7 năm 2012",
            "2012-07/..            | July 2012 – ongoing      | tháng 7 năm 2012 – nay",
            "2008/2024             | 2008 – 2024              | năm 2008 – năm 2024",
            "2023-12-30/2024-01-02 | 30 December 2023 – 2 January 2024 | 30 tháng 12 năm 2023 – 2 tháng 1 năm 2024",
    })
    void aRangeSharesItsMonthOrYear(String iso, String english, String vietnamese) {
        DateRange r = DateRange.parse(iso);
        assertThat(r.display(I18n.ENGLISH)).isEqualTo(english);
        assertThat(r.display(I18n.VIETNAMESE)).isEqualTo(vietnamese);
    }

    @Test
    void numbersUseTheLanguagesSeparators() {
        assertThat(I18n.integer(1234567)).isEqualTo("1,234,567");
        assertThat(I18n.decimal(3.6, 1)).isEqualTo("3.6");
        assertThat(I18n.usdBillions(171.2e9, 1)).isEqualTo("US$171.2 bn");
        assertThat(I18n.percent(0.455, 1)).isEqualTo("45.5%");
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(I18n.integer(1234567)).isEqualTo("1.234.567");
        assertThat(I18n.decimal(3.6, 1)).isEqualTo("3,6");
        assertThat(I18n.fixed(0.5, 2)).isEqualTo("0,50");
        assertThat(I18n.usdBillions(171.2e9, 1)).isEqualTo("171,2 tỷ USD");
        assertThat(I18n.usd(1234567)).isEqualTo("1.234.567 USD");
        assertThat(I18n.percent(0.455, 1)).isEqualTo("45,5%");
    }

    @Test
    void builtInLevelsAndCategoriesAreNamedInTheLanguageAndAUsersOwnKeepTheirName() {
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(Names.level(PartnershipLevel.COMPREHENSIVE_STRATEGIC)).isEqualTo("Đối tác chiến lược toàn diện");
        assertThat(Names.level(PartnershipLevel.STRATEGIC)).isEqualTo("Đối tác chiến lược");
        assertThat(Names.level(PartnershipLevel.COMPREHENSIVE)).isEqualTo("Đối tác toàn diện");
        assertThat(Names.category(Category.STATE_VISIT)).isEqualTo("Thăm cấp Nhà nước");
        assertThat(Names.level(new PartnershipLevel("strategic", "Our own wording", 20))).isEqualTo("Our own wording");
        assertThat(Names.category(new Category("summit", "Summit"))).isEqualTo("Summit");
        I18n.setLocale(I18n.ENGLISH);
        assertThat(Names.level(PartnershipLevel.COMPREHENSIVE_STRATEGIC)).isEqualTo("Comprehensive strategic partnership");
    }

    @Test
    void pluralsAndWordOrderComeFromOnePattern() {
        // common has no plural yet; a choice pattern is read the same way by every bundle.
        java.text.MessageFormat f = new java.text.MessageFormat("{0,choice,0#no events|1#one event|1<{0,number,integer} events}", I18n.ENGLISH);
        assertThat(f.format(new Object[] {0})).isEqualTo("no events");
        assertThat(f.format(new Object[] {1})).isEqualTo("one event");
        assertThat(f.format(new Object[] {12345})).isEqualTo("12,345 events");
    }

    @Test
    void theSystemLanguageChoosesVietnameseOrEnglish() {
        assertThat(I18n.supportedOrEnglish(java.util.Locale.forLanguageTag("vi"))).isEqualTo(I18n.VIETNAMESE);
        assertThat(I18n.supportedOrEnglish(java.util.Locale.US)).isEqualTo(I18n.ENGLISH);
        assertThat(I18n.supportedOrEnglish(java.util.Locale.FRANCE)).isEqualTo(I18n.ENGLISH);
    }
}

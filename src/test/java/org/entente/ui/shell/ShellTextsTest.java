package org.entente.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.prefs.Preferences;

import org.entente.i18n.I18n;
import org.entente.ui.common.AppPreferences;
import org.entente.ui.common.AppTab;
import org.entente.ui.common.DateTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shell's texts that take numbers, dates and names, in English and Vietnamese (issue #18). */
class ShellTextsTest {
    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    @Test
    void theStatusBarCountsHaveTheirPluralsInEnglishAndNoneInVietnamese() {
        assertThat(I18n.t("shell.status.counts", 1, 1, 1, 1)).isEqualTo("1 event · 1 partnership · 1 trade figure · 1 source");
        assertThat(I18n.t("shell.status.counts", 0, 2, 0, 12_345L)).isEqualTo("0 events · 2 partnerships · 0 trade figures · 12,345 sources");
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(I18n.t("shell.status.counts", 1, 2, 0, 12_345L)).isEqualTo("1 sự kiện · 2 quan hệ đối tác · 0 số liệu thương mại · 12.345 nguồn");
    }

    @Test
    void momentsAreWrittenAsEachLanguageWritesDates() {
        LocalDateTime at = LocalDateTime.of(2024, 6, 19, 14, 5);
        assertThat(DateTimes.dateTime(at)).isEqualTo("19 June 2024, 14:05");
        assertThat(I18n.t("shell.notes.written", DateTimes.dateTime(at))).isEqualTo("Written 19 June 2024, 14:05");
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(DateTimes.dateTime(at)).isEqualTo("14:05 ngày 19 tháng 6 năm 2024");
        assertThat(I18n.t("shell.notes.written", DateTimes.dateTime(at))).isEqualTo("Viết lúc 14:05 ngày 19 tháng 6 năm 2024");
    }

    @Test
    void tabsKeepTheirStableNamesWhateverTheLanguage() {
        assertThat(AppTab.TIMELINE.key()).isEqualTo("timeline");
        assertThat(AppTab.MEASURES.stateName()).isEqualTo("Measures");
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(AppTab.NETWORK.title()).isEqualTo("Mạng lưới");
        // a slide saved by any version, the screenshot commands' names, and the title shown
        assertThat(AppTab.of("Network")).contains(AppTab.NETWORK);
        assertThat(AppTab.of("events")).contains(AppTab.EVENTS);
        assertThat(AppTab.of("Dòng thời gian")).contains(AppTab.TIMELINE);
        assertThat(AppTab.of("Trade")).isEmpty();
        assertThat(AppTab.titleOf("Measures")).isEqualTo("Chỉ số");
        assertThat(AppTab.titleOf("Somewhere else")).isEqualTo("Somewhere else");
    }

    @Test
    void theRememberedLanguageIsAppliedAtStartUnlessChosenForTheRun() throws Exception {
        Preferences node = Preferences.userRoot().node("org/entente/test-language-choice-" + System.nanoTime());
        try {
            AppPreferences prefs = new AppPreferences(node);
            assertThat(LanguageSwitch.remembered(prefs)).isEqualTo(LanguageSwitch.Choice.SYSTEM);
            // the tests run with -Duser.language=en: the system's language is English
            assertThat(LanguageSwitch.Choice.SYSTEM.locale()).isEqualTo(I18n.supportedOrEnglish(Locale.getDefault())).isEqualTo(I18n.ENGLISH);
            prefs.putString(LanguageSwitch.PREFERENCE, "vi");
            LanguageSwitch.applyRemembered(prefs);
            assertThat(I18n.locale()).isEqualTo(I18n.VIETNAMESE);
            prefs.putString(LanguageSwitch.PREFERENCE, "klingon");
            assertThat(LanguageSwitch.remembered(prefs)).isEqualTo(LanguageSwitch.Choice.SYSTEM);
        } finally {
            node.removeNode();
        }
    }
}

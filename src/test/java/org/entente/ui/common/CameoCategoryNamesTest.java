package org.entente.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.exchange.gdelt.CameoRoots;
import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 20 CAMEO roots that GDELT events carry are shown in the interface language; a user's renamed copy keeps its name. */
class CameoCategoryNamesTest {
    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    @Test
    void cameoRootsInVietnamese() {
        assertThat(Names.category(CameoRoots.category(4))).isEqualTo("Consult");
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(Names.category(CameoRoots.category(4))).isEqualTo("Tham vấn");
        assertThat(Names.category(CameoRoots.category(19))).isEqualTo("Giao tranh");
        assertThat(Names.category("cameo-05", "Engage in diplomatic cooperation")).isEqualTo("Hợp tác ngoại giao");
        assertThat(Names.category(new Category("cameo-04", "Talks"))).isEqualTo("Talks");
        for (Category c : CameoRoots.CATEGORIES) assertThat(Names.category(c)).isNotEqualTo(c.label());
    }

    @Test
    void gdeltActorsRolesInVietnamese() {
        assertThat(Names.role("initiator")).isEqualTo("initiator");
        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(Names.role("initiator")).isEqualTo("bên khởi xướng");
        assertThat(Names.role("target")).isEqualTo("bên tiếp nhận");
    }
}

package org.entente.ui.common;

import org.entente.exchange.gdelt.CameoRoots;
import org.entente.i18n.I18n;
import org.entente.model.Category;
import org.entente.model.PartnershipLevel;
import org.entente.store.LibraryBackups;

/**
 * The names the app shows for the built-in partnership levels and categories (and for other things
 * it names the same way everywhere, such as why a backup was taken), in the interface language. A level or category the user made, or a built-in one the user renamed, keeps its own
 * name: it is the library's text, not the interface's.
 */
public final class Names {
    private Names() {}

    /** "Comprehensive strategic partnership" or "Đối tác chiến lược toàn diện". */
    public static String level(PartnershipLevel level) {
        if (level == null) return "";
        return builtIn(PartnershipLevel.DEFAULTS.stream().anyMatch(d -> d.key().equals(level.key()) && d.label().equals(level.label())),
                "common.level." + level.key(), level.label());
    }

    /** "State visit" or "Thăm cấp Nhà nước". */
    public static String category(Category category) {
        if (category == null) return "";
        return builtIn(Category.DEFAULTS.stream().anyMatch(d -> d.key().equals(category.key()) && d.label().equals(category.label()))
                        || CameoRoots.isRoot(category), "common.category." + category.key(), category.label());
    }

    /** A category's name from its key and stored label (rows that carry no {@link Category}). */
    public static String category(String key, String label) {
        return key == null ? (label == null ? "" : label) : category(new Category(key, label == null ? key : label));
    }

    /**
     * A participant's role in the interface language: the roles Entente offers are stored by their
     * English word ("host", "guest"), so that a role means the same whichever language wrote it;
     * a role the user typed is shown as typed.
     */
    public static String role(String role) {
        if (role == null) return "";
        return switch (role) {
            case "host", "guest", "voter", "subject", "signatory", "mediator", "initiator", "target" -> I18n.t("common.role." + role);
            default -> role;
        };
    }

    /** Why a backup was taken, as the backups window and {@code entente backups list} say it. */
    public static String backupReason(LibraryBackups.Reason reason) {
        return switch (reason) {
            case BEFORE_MIGRATION -> I18n.t("common.backup-reason.before-migration");
            case BEFORE_IMPORT -> I18n.t("common.backup-reason.before-import");
            case BEFORE_RESTORE -> I18n.t("common.backup-reason.before-restore");
            case DAILY -> I18n.t("common.backup-reason.daily");
            case ON_REQUEST -> I18n.t("common.backup-reason.on-request");
        };
    }

    private static String builtIn(boolean isBuiltIn, String key, String label) {
        return isBuiltIn ? I18n.tOr(key, label) : label;
    }
}

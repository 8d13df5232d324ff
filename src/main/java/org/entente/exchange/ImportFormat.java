package org.entente.exchange;

import org.entente.i18n.I18n;

/** The file formats Entente can import. */
public enum ImportFormat {
    ENTENTE_CSV, ENTENTE_BUNDLE, TIMELINEJS_JSON, TIMELINEJS_SHEET, TIMELINE_XML, TRADE_TABLE, GDELT;

    /** The format's name as the import preview shows it, in the interface's language ("Trade table (CSV)"). */
    public String label() {
        return switch (this) {
            case ENTENTE_CSV -> I18n.t("exchange.import-format.entente-csv");
            case ENTENTE_BUNDLE -> I18n.t("exchange.import-format.bundle");
            case TIMELINEJS_JSON -> I18n.t("exchange.import-format.timelinejs");
            case TIMELINEJS_SHEET -> I18n.t("exchange.import-format.timelinejs-sheet");
            case TIMELINE_XML -> I18n.t("exchange.import-format.timeline");
            case TRADE_TABLE -> I18n.t("exchange.import-format.trade-table");
            case GDELT -> I18n.t("exchange.import-format.gdelt");
        };
    }
}

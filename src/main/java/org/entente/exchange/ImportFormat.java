package org.entente.exchange;

/** The file formats Entente can import. */
public enum ImportFormat {
    ENTENTE_CSV("Entente CSV"),
    ENTENTE_BUNDLE("Entente JSON bundle"),
    TIMELINEJS_JSON(TimelineJs.FORMAT),
    TIMELINEJS_SHEET(TimelineJsSheet.FORMAT),
    TIMELINE_XML(TimelineXml.FORMAT),
    TRADE_TABLE(TradeTable.FORMAT);

    private final String label;

    ImportFormat(String label) { this.label = label; }

    public String label() { return label; }
}

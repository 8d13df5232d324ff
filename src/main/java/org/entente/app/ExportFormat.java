package org.entente.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.entente.i18n.I18n;

/** The formats the library can be exported to; {@link #key} is the command line's name. */
public enum ExportFormat {
    CSV("csv", true, ""),
    BUNDLE("bundle", false, ".entente.json"),
    TIMELINEJS("timelinejs", false, ".json"),
    GEXF("gexf", false, ".gexf"),
    GRAPHML("graphml", false, ".graphml"),
    GEPHI_CSV("gephi-csv", true, ""),
    CSL_JSON("csl-json", false, ".json"),
    BIBTEX("bibtex", false, ".bib");

    private final String key;
    private final boolean folder;
    private final String extension;

    ExportFormat(String key, boolean folder, String extension) {
        this.key = key;
        this.folder = folder;
        this.extension = extension;
    }

    public String key() { return key; }

    /** The format and what it holds, in the interface's language: "GEXF 1.3 for Gephi (partnerships over time)". */
    public String label() {
        return switch (this) {
            case CSV -> I18n.t("exchange.format.csv");
            case BUNDLE -> I18n.t("exchange.format.bundle");
            case TIMELINEJS -> I18n.t("exchange.format.timelinejs");
            case GEXF -> I18n.t("exchange.format.gexf");
            case GRAPHML -> I18n.t("exchange.format.graphml");
            case GEPHI_CSV -> I18n.t("exchange.format.gephi-csv");
            case CSL_JSON -> I18n.t("exchange.format.csl-json");
            case BIBTEX -> I18n.t("exchange.format.bibtex");
        };
    }

    /** Whether the output is a folder of files rather than one file. */
    public boolean writesFolder() { return folder; }

    /** The usual file name ending, e.g. ".gexf"; empty for folders. */
    public String extension() { return extension; }

    public static Optional<ExportFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}

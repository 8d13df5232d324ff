package org.entente.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats the library can be exported to; {@link #key} is the command line's name. */
public enum ExportFormat {
    CSV("csv", "Entente CSV (folder of events.csv, partnerships.csv, trade.csv, sources.csv, actors.csv)", true, ""),
    BUNDLE("bundle", "Entente JSON bundle (the whole library, lossless)", false, ".entente.json"),
    TIMELINEJS("timelinejs", "TimelineJS3 JSON (events and periods, for the web)", false, ".json"),
    GEXF("gexf", "GEXF 1.3 for Gephi (partnerships over time)", false, ".gexf"),
    GRAPHML("graphml", "GraphML (partnerships in force today)", false, ".graphml"),
    GEPHI_CSV("gephi-csv", "Gephi spreadsheet (folder of nodes.csv and edges.csv with Timeset)", true, ""),
    CSL_JSON("csl-json", "CSL-JSON citations of the sources (Zotero, Pandoc)", false, ".json"),
    BIBTEX("bibtex", "BibTeX citations of the sources", false, ".bib");

    private final String key;
    private final String label;
    private final boolean folder;
    private final String extension;

    ExportFormat(String key, String label, boolean folder, String extension) {
        this.key = key;
        this.label = label;
        this.folder = folder;
        this.extension = extension;
    }

    public String key() { return key; }

    public String label() { return label; }

    /** Whether the output is a folder of files rather than one file. */
    public boolean writesFolder() { return folder; }

    /** The usual file name ending, e.g. ".gexf"; empty for folders. */
    public String extension() { return extension; }

    public static Optional<ExportFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}

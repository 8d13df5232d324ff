package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.entente.app.ExportFormat;
import org.entente.app.ExportService;
import org.entente.app.ImportProgress;
import org.entente.app.LibraryService;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente export --format FORMAT --out PATH [--library PATH]}: the library in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the library. Formats:",
                "  csv         Entente CSV: a folder with events.csv, partnerships.csv, trade.csv, sources.csv, actors.csv",
                "  bundle      Entente JSON bundle: the whole library, lossless",
                "  timelinejs  TimelineJS3 JSON (events and periods)",
                "  gexf        GEXF 1.3 with dynamic spells, for Gephi",
                "  graphml     GraphML: the partnerships in force today",
                "  gephi-csv   a folder with Gephi's nodes.csv and edges.csv (with Timeset)",
                "  csl-json    CSL-JSON citations of the sources",
                "  bibtex      BibTeX citations of the sources"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:exported", "1:the library or the output could not be read or written", "2:usage error"})
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand EntenteCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: csv, bundle, timelinejs, gexf, graphml, gephi-csv, csl-json, bibtex.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "File to write, or folder for csv and gephi-csv.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.byKey(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown format \"" + format + "\"; expected one of " + String.join(", ", Arrays.stream(ExportFormat.values()).map(ExportFormat::key).toList())));
        PrintWriter err = spec.commandLine().getErr();
        String unusable = LibraryArgument.unusable(parent.library(), "export");
        if (unusable != null) {
            err.println(unusable);
            return 1;
        }
        try (Library library = LibraryService.openOrCreateEmpty(parent.library())) {
            ExportService.ExportOutcome outcome = new ExportService(library).export(f, out, ImportProgress.NONE);
            spec.commandLine().getOut().println("Exported " + outcome.records() + " records as " + f.key() + " to " + outcome.target());
            return 0;
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}

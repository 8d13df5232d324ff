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
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code entente export --format FORMAT --out PATH [--library PATH]}: the library in another format. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand extends EntenteSubcommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "cli.help.export.format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "cli.help.export.out")
    Path out;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.byKey(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                I18n.t("cli.export.unknown-format", format, String.join(", ", Arrays.stream(ExportFormat.values()).map(ExportFormat::key).toList()))));
        PrintWriter err = spec.commandLine().getErr();
        if (existingLibraryUnusable("cli.library.missing.export")) return 1;
        try (Library library = LibraryService.openOrCreateEmpty(parent.library())) {
            ExportService.ExportOutcome outcome = new ExportService(library).export(f, out, ImportProgress.NONE);
            spec.commandLine().getOut().println(I18n.t("cli.export.done", outcome.records(), f.key(), outcome.target()));
            return 0;
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(I18n.t("cli.export.write-failed", out, e.getMessage()));
            return 1;
        }
    }
}

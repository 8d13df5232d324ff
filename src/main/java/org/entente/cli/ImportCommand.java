package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.app.DuplicatePolicy;
import org.entente.app.ImportPlan;
import org.entente.app.ImportProgress;
import org.entente.app.ImportService;
import org.entente.app.LibraryService;
import org.entente.exchange.Problem;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente import FILE... [--library PATH] [--dry-run]}: the same checks and all-or-nothing
 * import as File › Import… ({@link ImportService}); with {@code --dry-run} its preview, without
 * it one pass that checks and imports together (nobody reads a preview here). Problems go to standard error, one per line, with file, line and
 * column; exit code 0 when imported (or, with --dry-run, importable), 1 when any file has
 * errors (nothing is then written), 2 for a usage mistake.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files into the library: Entente CSV (events.csv, partnerships.csv, trade.csv, sources.csv, actors.csv),",
                "an Entente JSON bundle, TimelineJS JSON or its Google Sheets CSV, a Timeline .timeline file, or a trade table CSV.",
                "All files go in one transaction: if any has an error, nothing is imported."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (or importable, with --dry-run)", "1:problems found; the library was not changed", "2:usage error"})
public final class ImportCommand implements Callable<Integer> {
    @ParentCommand EntenteCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--dry-run", description = "Read and check the files and say what would be imported, without writing.")
    boolean dryRun;

    @Option(names = "--duplicates", paramLabel = "skip|update|keep-both", defaultValue = "skip",
            converter = PolicyConverter.class,
            description = "Records matching ones in the library (same title and date; same pair and level): ${DEFAULT-VALUE} by default.")
    DuplicatePolicy duplicates;

    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<DuplicatePolicy> {
        @Override
        public DuplicatePolicy convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "skip" -> DuplicatePolicy.SKIP;
                case "update" -> DuplicatePolicy.UPDATE;
                case "keep-both", "keep_both", "keepboth" -> DuplicatePolicy.KEEP_BOTH;
                default -> throw new picocli.CommandLine.TypeConversionException("expected skip, update or keep-both, not \"" + value + "\"");
            };
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path libraryPath = parent.library();
        String refusal = LibraryArgument.refusal(libraryPath);
        if (refusal != null) {
            err.println(refusal);
            return 1;
        }
        if (dryRun && !java.nio.file.Files.exists(libraryPath)) {
            // Nothing may be created by a dry run: the preview runs against a scratch copy of what
            // the import would create (a new library with the starter library).
            try (LibraryArgument.Scratch scratch = new LibraryArgument.Scratch()) {
                return dryRun(scratch.library, libraryPath + " (a new library with the starter library)", out, err);
            } catch (java.io.IOException | LibraryException e) {
                err.println("Could not check the files: " + e.getMessage());
                return 1;
            }
        }
        boolean existed = java.nio.file.Files.exists(libraryPath);
        try (Library library = LibraryService.openOrCreateWithStarter(libraryPath)) {
            if (dryRun) return dryRun(library, library.file().toString(), out, err);
            ImportService service = new ImportService(library);
            // One pass: every row is checked while it is imported, and any error rolls it all back.
            ImportService.Imported done = service.importFiles(files, duplicates, ImportProgress.NONE);
            for (Problem p : done.read().problems()) err.println(p);
            err.flush();
            if (done.read().counts().total() == 0) {
                List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
                out.println("Nothing to import: " + String.join(", ", names) + (names.size() == 1 ? " holds" : " hold")
                        + " no records; " + library.file() + (existed ? " was not changed" : " was created with the starter library only"));
                return 0;
            }
            out.println("Imported " + done.read().summary() + " into " + library.file() + ": " + done.outcome());
            return 0;
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        } catch (ImportService.ImportRefusedException e) {
            e.problems().forEach(err::println);
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.println(errors + " error" + (errors == 1 ? "" : "s") + ": nothing was imported into " + libraryPath);
            return 1;
        }
    }

    private int dryRun(Library library, String into, PrintWriter out, PrintWriter err) {
        ImportPlan plan = new ImportService(library).preview(files, ImportProgress.NONE);
        for (Problem p : plan.problems()) err.println(p);
        err.flush();
        if (plan.hasErrors()) {
            err.println(plan.errorCount() + " error" + (plan.errorCount() == 1 ? "" : "s") + ": nothing was imported into " + into);
            return 1;
        }
        out.println("Would import " + plan.summary() + " into " + into
                + (plan.counts().duplicates() > 0 ? "; duplicates: " + duplicates.label().toLowerCase(java.util.Locale.ROOT) : "")
                + " (dry run: nothing written)");
        return 0;
    }
}

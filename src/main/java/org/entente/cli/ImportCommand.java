package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.app.DuplicatePolicy;
import org.entente.app.ImportPlan;
import org.entente.app.ImportProgress;
import org.entente.app.ImportService;
import org.entente.app.LibraryService;
import org.entente.exchange.ImportFormat;
import org.entente.exchange.Importers;
import org.entente.exchange.Problem;
import org.entente.exchange.gdelt.GdeltFilter;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente import FILE... [--library PATH] [--dry-run] [--skip-invalid] [--format gdelt] [--country VN]… [--pair VN-RU]…
 * [--min-mentions N] [--root 04,05]}: the same checks and all-or-nothing
 * import as File › Import… ({@link ImportService}); with {@code --dry-run} its preview, without
 * it one pass that checks and imports together (nobody reads a preview here). Problems go to standard error, one per line, with file, line and
 * column; exit code 0 when imported (or, with --dry-run, importable), 1 when any file has
 * errors (nothing is then written), 2 for a usage mistake. With {@code --skip-invalid}, rows and
 * slides with errors are left out, listed, and counted, and the rest imported (one transaction).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand extends EntenteSubcommand implements Callable<Integer> {
    private GdeltFilter filter = GdeltFilter.NONE;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.help.import.files")
    List<Path> files;

    @Option(names = "--dry-run", descriptionKey = "cli.help.import.dry-run")
    boolean dryRun;

    @Option(names = "--duplicates", paramLabel = "skip|update|keep-both", defaultValue = "skip",
            converter = PolicyConverter.class,
            descriptionKey = "cli.help.import.duplicates")
    DuplicatePolicy duplicates;

    @Option(names = "--skip-invalid", descriptionKey = "cli.help.import.skip-invalid")
    boolean skipInvalid;

    @Option(names = "--format", paramLabel = "auto|gdelt", defaultValue = "auto", descriptionKey = "cli.help.import.format")
    String format;

    @Option(names = "--country", paramLabel = "CODE", descriptionKey = "cli.help.import.country")
    List<String> countries = new ArrayList<>();

    @Option(names = "--pair", paramLabel = "CODE-CODE", descriptionKey = "cli.help.import.pair")
    List<String> pairs = new ArrayList<>();

    @Option(names = "--min-mentions", paramLabel = "N", defaultValue = "0", descriptionKey = "cli.help.import.min-mentions")
    int minMentions;

    @Option(names = "--root", paramLabel = "NN", split = ",", descriptionKey = "cli.help.import.root")
    List<String> roots = new ArrayList<>();

    /** The GDELT filter the options ask for; a usage mistake is thrown as picocli's ParameterException. */
    GdeltFilter gdeltFilter() {
        try {
            return GdeltFilter.parse(countries, pairs, minMentions, roots);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<DuplicatePolicy> {
        @Override
        public DuplicatePolicy convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "skip" -> DuplicatePolicy.SKIP;
                case "update" -> DuplicatePolicy.UPDATE;
                case "keep-both", "keep_both", "keepboth" -> DuplicatePolicy.KEEP_BOTH;
                default -> throw new picocli.CommandLine.TypeConversionException(I18n.t("cli.import.unknown-policy", value));
            };
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GdeltFilter filter = gdeltFilter();
        boolean gdeltOnly = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> false;
            case "gdelt" -> true;
            default -> throw usage(I18n.t("cli.import.unknown-format", format));
        };
        for (Path f : files) {
            if (gdeltOnly && Importers.detect(f).format() != ImportFormat.GDELT) {
                err.println(I18n.t("cli.import.gdelt.not-gdelt", f));
                return 1;
            }
        }
        if (!filter.isNone() && files.stream().noneMatch(f -> Importers.detect(f).format() == ImportFormat.GDELT))
            throw usage(I18n.t("cli.import.gdelt.filters-need-gdelt"));
        this.filter = filter;
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
                return dryRun(scratch.library, I18n.t("cli.import.new-library", libraryPath), out, err);
            } catch (java.io.IOException | LibraryException e) {
                err.println(I18n.t("cli.import.check-failed", e.getMessage()));
                return 1;
            }
        }
        boolean existed = java.nio.file.Files.exists(libraryPath);
        try (Library library = LibraryService.openOrCreateWithStarter(libraryPath)) {
            if (dryRun) return dryRun(library, library.file().toString(), out, err);
            ImportService service = new ImportService(library);
            // One pass: every row is checked while it is imported, and any error rolls it all back.
            ImportService.Imported done = service.importFiles(files, duplicates, filter, skipInvalid, ImportProgress.NONE);
            for (Problem p : done.read().problems()) err.println(p);
            if (done.read().hasErrors() && done.read().counts().total() == 0) {
                // Every row had an error: nothing valid was left to import.
                err.println(I18n.t("cli.import.refused", done.read().errorCount(), libraryPath));
                return 1;
            }
            if (done.read().hasErrors()) err.println(I18n.t("cli.import.skipped", done.read().invalidRows()));
            err.flush();
            if (done.read().gdelt() != null) out.println(I18n.t("cli.import.gdelt.steps", done.read().gdelt().steps()));
            if (done.read().counts().total() == 0) {
                List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
                out.println(I18n.t(existed ? "cli.import.nothing.unchanged" : "cli.import.nothing.created",
                        String.join(", ", names), names.size(), library.file()));
                return 0;
            }
            out.println(I18n.t("cli.import.done", done.read().summary(), library.file(), done.outcome()));
            finishSearchIndex(library, out, err);
            return 0;
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        } catch (ImportService.ImportRefusedException e) {
            e.problems().forEach(err::println);
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.println(I18n.t("cli.import.refused", errors, libraryPath));
            if (!skipInvalid && ImportPlan.onlyRowErrors(e.problems())) err.println(I18n.t("cli.import.skip-hint"));
            return 1;
        }
    }

    /**
     * A large import leaves its events' search index to be built after its commit (issue #15); the
     * command line has no background to leave it to, so it is built here. Stopping (Ctrl+C, a
     * kill) loses nothing: what is left is recorded in the library and built at its next open.
     */
    private static void finishSearchIndex(Library library, PrintWriter out, PrintWriter err) {
        java.util.Optional<org.entente.store.SearchBacklog> backlog = library.searchBacklog();
        if (backlog.isEmpty()) return;
        err.println(I18n.t("cli.import.search-index", backlog.get().remaining()));
        err.flush();
        library.indexSearchBacklog(null, null);
        out.println(I18n.t("cli.import.search-index.done"));
    }

    private int dryRun(Library library, String into, PrintWriter out, PrintWriter err) {
        ImportPlan plan = new ImportService(library).preview(files, filter, ImportProgress.NONE);
        for (Problem p : plan.problems()) err.println(p);
        err.flush();
        if (plan.gdelt() != null) out.println(I18n.t("cli.import.gdelt.steps", plan.gdelt().steps()));
        if (plan.hasErrors() && !(skipInvalid && plan.canSkipInvalid())) {
            err.println(I18n.t("cli.import.refused", plan.errorCount(), into));
            if (!skipInvalid && plan.canSkipInvalid()) err.println(I18n.t("cli.import.skip-hint"));
            return 1;
        }
        if (plan.hasErrors()) err.println(I18n.t("cli.import.would-skip", plan.invalidRows()));
        out.println(plan.counts().duplicates() > 0 ? I18n.t("cli.import.would.duplicates", plan.summary(), into, policy(duplicates))
                : I18n.t("cli.import.would", plan.summary(), into));
        return 0;
    }

    /** What happens to duplicates, as the dry run's summary says it. */
    private static String policy(DuplicatePolicy policy) {
        return switch (policy) {
            case SKIP -> I18n.t("cli.import.policy.skip");
            case UPDATE -> I18n.t("cli.import.policy.update");
            case KEEP_BOTH -> I18n.t("cli.import.policy.keep-both");
        };
    }
}

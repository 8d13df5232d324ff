package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.entente.app.DatasetService;
import org.entente.app.DatasetService.Dataset;
import org.entente.app.ImportProgress;
import org.entente.app.LibraryService;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente datasets add|remove|list}: the datasets shipped with the app, added to a library as a whole. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        subcommands = {DatasetsCommand.Add.class, DatasetsCommand.Remove.class, DatasetsCommand.ListHeld.class})
public final class DatasetsCommand extends EntenteSubcommand {
    static Dataset dataset(CommandSpec spec, String key) {
        return Dataset.byKey(key).orElseThrow(() -> new ParameterException(spec.commandLine(), I18n.t("cli.datasets.unknown", key,
                String.join(", ", Arrays.stream(Dataset.values()).map(Dataset::key).toList()))));
    }

    /** A dataset's name in the interface language. */
    static String name(Dataset dataset) {
        return switch (dataset) {
            case UN_VOTES -> I18n.t("cli.datasets.name.un-votes");
        };
    }

    /** Whether {@code path} cannot be used (said on {@code err}): not an Entente library, or missing when it must exist. */
    static boolean refused(Path path, boolean mustExist, PrintWriter err) {
        String refusal = mustExist && !Files.exists(path) ? I18n.t("cli.library.missing.datasets", path)
                : LibraryArgument.refusal(path);
        if (refusal != null) err.println(refusal);
        return refusal != null;
    }

    /**
     * What {@code add} and {@code remove} share: the dataset named, the library checked and
     * opened, a failure said on the error stream with exit code 1.
     */
    abstract static class OnDataset implements Callable<Integer> {
        @ParentCommand DatasetsCommand datasets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "DATASET", description = "un-votes") String key;

        /** Whether the library must exist already; else a missing one is made with the starter content. */
        abstract boolean libraryMustExist();

        /** The work on the open library; the exit code. */
        abstract int run(Library library, Dataset dataset, Path path, PrintWriter err);

        @Override
        public final Integer call() {
            Dataset dataset = dataset(spec, key);
            Path path = datasets.parent.library();
            PrintWriter err = spec.commandLine().getErr();
            if (refused(path, libraryMustExist(), err)) return 1;
            try (Library library = libraryMustExist() ? LibraryService.openOrCreateEmpty(path) : LibraryService.openOrCreateWithStarter(path)) {
                return run(library, dataset, path, err);
            } catch (IllegalStateException | DatasetService.DatasetException | LibraryException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
    }

    /** {@code entente datasets add KEY}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends OnDataset {
        @Override
        boolean libraryMustExist() { return false; }

        @Override
        int run(Library library, Dataset dataset, Path path, PrintWriter err) {
            DatasetService.Added added = new DatasetService(library).add(dataset, ImportProgress.NONE);
            spec.commandLine().getOut().println(I18n.t("cli.datasets.added", name(dataset), path, added.events(), added.votes(),
                    I18n.fixed(added.seconds(), 1)));
            return 0;
        }
    }

    /** {@code entente datasets remove KEY}. */
    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove extends OnDataset {
        @Override
        boolean libraryMustExist() { return true; }

        @Override
        int run(Library library, Dataset dataset, Path path, PrintWriter err) {
            DatasetService service = new DatasetService(library);
            if (!service.holds(dataset)) {
                err.println(I18n.t("cli.datasets.not-held", path, name(dataset)));
                return 1;
            }
            long removed = service.remove(dataset);
            spec.commandLine().getOut().println(I18n.t("cli.datasets.removed", name(dataset), path, removed));
            return 0;
        }
    }

    /** {@code entente datasets list}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListHeld implements Callable<Integer> {
        @ParentCommand DatasetsCommand datasets;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Path path = datasets.parent.library();
            if (refused(path, true, spec.commandLine().getErr())) return 1;
            try (Library library = LibraryService.openOrCreateEmpty(path)) {
                for (Dataset d : new DatasetService(library).held()) spec.commandLine().getOut().println(d.key() + "\t" + name(d));
                return 0;
            } catch (LibraryException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }
}

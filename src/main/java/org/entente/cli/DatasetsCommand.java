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
        description = {"Add a dataset shipped with Entente to a library, or remove it again as a whole. Datasets:",
                "  un-votes    UN General Assembly roll-call votes, 1946-2019 (6,203 roll calls, 870,109 votes;",
                "              unvotes R package, MIT; data of Erik Voeten, Harvard Dataverse)"},
        subcommands = {DatasetsCommand.Add.class, DatasetsCommand.Remove.class, DatasetsCommand.ListHeld.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:the library could not be opened or written, or already holds the dataset", "2:usage error"})
public final class DatasetsCommand {
    @ParentCommand EntenteCommand parent;

    static Dataset dataset(CommandSpec spec, String key) {
        return Dataset.byKey(key).orElseThrow(() -> new ParameterException(spec.commandLine(), "Unknown dataset \"" + key
                + "\"; expected one of " + String.join(", ", Arrays.stream(Dataset.values()).map(Dataset::key).toList())));
    }

    /** Whether {@code path} cannot be used (said on {@code err}): not an Entente library, or missing when it must exist. */
    static boolean refused(Path path, boolean mustExist, PrintWriter err) {
        String refusal = mustExist && !Files.exists(path) ? path + " does not exist: there is no library to work on"
                : LibraryArgument.refusal(path);
        if (refusal != null) err.println(refusal);
        return refusal != null;
    }

    /** {@code entente datasets add KEY}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a dataset to the library (created with the starter library if missing).")
    static final class Add implements Callable<Integer> {
        @ParentCommand DatasetsCommand datasets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "DATASET", description = "un-votes") String key;

        @Override
        public Integer call() {
            Dataset dataset = dataset(spec, key);
            Path path = datasets.parent.library();
            PrintWriter err = spec.commandLine().getErr();
            if (refused(path, false, err)) return 1;
            try (Library library = LibraryService.openOrCreateWithStarter(path)) {
                DatasetService.Added added = new DatasetService(library).add(dataset, ImportProgress.NONE);
                spec.commandLine().getOut().printf("Added the %s to %s: %,d roll calls as events, %,d votes, in %.1f s%n",
                        dataset.label(), path, added.events(), added.votes(), added.seconds());
                return 0;
            } catch (IllegalStateException | DatasetService.DatasetException | LibraryException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
    }

    /** {@code entente datasets remove KEY}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a dataset from the library, as a whole.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand DatasetsCommand datasets;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "DATASET", description = "un-votes") String key;

        @Override
        public Integer call() {
            Dataset dataset = dataset(spec, key);
            Path path = datasets.parent.library();
            PrintWriter err = spec.commandLine().getErr();
            if (refused(path, true, err)) return 1;
            try (Library library = LibraryService.openOrCreateEmpty(path)) {
                DatasetService service = new DatasetService(library);
                if (!service.holds(dataset)) {
                    err.println(path + " does not hold the " + dataset.label() + "; nothing was removed");
                    return 1;
                }
                long removed = service.remove(dataset);
                spec.commandLine().getOut().printf("Removed the %s from %s: %,d events%n", dataset.label(), path, removed);
                return 0;
            } catch (LibraryException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
    }

    /** {@code entente datasets list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the datasets the library holds.")
    static final class ListHeld implements Callable<Integer> {
        @ParentCommand DatasetsCommand datasets;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Path path = datasets.parent.library();
            if (refused(path, true, spec.commandLine().getErr())) return 1;
            try (Library library = LibraryService.openOrCreateEmpty(path)) {
                for (Dataset d : new DatasetService(library).held()) spec.commandLine().getOut().println(d.key() + "\t" + d.label());
                return 0;
            } catch (LibraryException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }
}

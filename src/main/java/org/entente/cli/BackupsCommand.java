package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.app.LibraryService;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.entente.store.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente backups [list | create | restore N | keep N] [--library PATH]}: the library's
 * automatic backups from the command line, as File › Restore from Backup… shows them.
 */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = {"List, take or restore the library's backups (kept in a folder beside it, NAME-backups/).",
                "  list          the backups, newest first, numbered, with what each holds (the default)",
                "  create        take a backup now",
                "  restore N     replace the library's content with backup N of the list (the library is backed up first)",
                "  keep N        keep the newest N backups (1-100; the oldest beyond are removed now)"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:the library or a backup could not be read or written", "2:usage error"})
public final class BackupsCommand implements Callable<Integer> {
    @ParentCommand EntenteCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", defaultValue = "list",
            description = "list, create, restore or keep (default: list).")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "For restore: the backup's number in the list; for keep: how many.")
    Integer number;

    @Option(names = "--yes", description = "Restore without asking (for scripts).")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = parent.library();
        if (!Files.exists(file)) {
            err.println(file + " does not exist: there is no library whose backups to show");
            return 1;
        }
        String refusal = LibraryArgument.refusal(file);
        if (refusal != null) {
            err.println(refusal);
            return 1;
        }
        switch (action) {
            case "list":
                return list(file, out, err);
            case "create", "restore", "keep":
                break;
            default:
                err.println("Unknown action \"" + action + "\"; expected list, create, restore or keep");
                return 2;
        }
        if (!action.equals("create") && number == null) {
            err.println(action + " needs a number: " + (action.equals("restore") ? "the backup's number in `entente backups list`"
                    : "how many backups to keep"));
            return 2;
        }
        try (Library library = LibraryService.openOrCreateEmpty(file)) {
            return switch (action) {
                case "create" -> {
                    LibraryBackups.Backup made = library.backUp(LibraryBackups.Reason.ON_REQUEST);
                    out.println("Backed up " + library.file() + " to " + made.file());
                    yield 0;
                }
                case "keep" -> {
                    if (number < LibraryBackups.MIN_KEEP || number > LibraryBackups.MAX_KEEP) {
                        err.println("keep takes a number from " + LibraryBackups.MIN_KEEP + " to " + LibraryBackups.MAX_KEEP + ", not " + number);
                        yield 2;
                    }
                    library.keepBackups(number);
                    out.println(library.file() + " keeps its newest " + number + " backup" + (number == 1 ? "" : "s"));
                    yield 0;
                }
                default -> restore(library, out, err);
            };
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private int restore(Library library, PrintWriter out, PrintWriter err) {
        List<LibraryBackups.Backup> backups = LibraryBackups.list(library.file());
        if (number < 1 || number > backups.size()) {
            err.println("There is no backup " + number + ": " + library.file() + " has " + backups.size()
                    + " (see `entente backups list`)");
            return 2;
        }
        LibraryBackups.Backup chosen = backups.get(number - 1);
        if (!yes) {
            err.println("Restoring replaces everything in " + library.file() + " with backup " + number + " of "
                    + LibraryBackups.preview(chosen).events() + " events; add --yes to do it");
            return 2;
        }
        LibraryBackups.Backup before = library.restoreFrom(chosen);
        out.println("Restored " + library.file() + " from " + chosen.file() + "; the library as it was is in " + before.file());
        return 0;
    }

    private static int list(Path file, PrintWriter out, PrintWriter err) {
        List<LibraryBackups.Backup> backups;
        try {
            backups = LibraryBackups.list(file);
        } catch (LibraryException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (backups.isEmpty()) {
            out.println(file + " has no backups yet (they go to " + LibraryBackups.folderOf(file) + ")");
            return 0;
        }
        out.println("Backups of " + file + " in " + LibraryBackups.folderOf(file) + ", newest first:");
        int n = 1;
        for (LibraryBackups.Backup b : backups) {
            String holds;
            try {
                LibraryBackups.Preview p = LibraryBackups.preview(b);
                holds = p.events() + " events, " + p.partnerships() + " partnerships, " + p.tradeFigures() + " trade figures, "
                        + p.notes() + " notes";
            } catch (LibraryException e) {
                holds = "unreadable: " + e.getMessage();
            }
            out.printf("%3d  %s  %-40s %s%n", n++, b.taken().toString().replace('T', ' '), b.reason().label(), holds);
        }
        return 0;
    }
}

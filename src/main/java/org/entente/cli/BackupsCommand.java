package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.app.LibraryService;
import org.entente.i18n.I18n;
import org.entente.store.Library;
import org.entente.store.LibraryBackups;
import org.entente.store.LibraryException;
import org.entente.ui.common.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente backups [list | create | restore N | keep N] [--library PATH]}: the library's
 * automatic backups from the command line, as File › Restore from Backup… shows them.
 */
@Command(name = "backups", mixinStandardHelpOptions = true)
public final class BackupsCommand extends EntenteSubcommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", defaultValue = "list",
            descriptionKey = "cli.help.backups.action")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", descriptionKey = "cli.help.backups.number")
    Integer number;

    @Option(names = "--yes", descriptionKey = "cli.help.backups.yes")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (existingLibraryUnusable("cli.library.missing.backups")) return 1;
        Path file = parent.library();
        switch (action) {
            case "list":
                return list(file, out, err);
            case "create", "restore", "keep":
                break;
            default:
                err.println(I18n.t("cli.backups.unknown-action", action));
                return 2;
        }
        if (!action.equals("create") && number == null) {
            err.println(action.equals("restore") ? I18n.t("cli.backups.restore.needs-number") : I18n.t("cli.backups.keep.needs-number"));
            return 2;
        }
        try (Library library = LibraryService.openOrCreateEmpty(file)) {
            return switch (action) {
                case "create" -> {
                    LibraryBackups.Backup made = library.backUp(LibraryBackups.Reason.ON_REQUEST);
                    out.println(I18n.t("cli.backups.created", library.file(), made.file()));
                    yield 0;
                }
                case "keep" -> {
                    if (number < LibraryBackups.MIN_KEEP || number > LibraryBackups.MAX_KEEP) {
                        err.println(I18n.t("cli.backups.keep.out-of-range", LibraryBackups.MIN_KEEP, LibraryBackups.MAX_KEEP, number));
                        yield 2;
                    }
                    library.keepBackups(number);
                    out.println(I18n.t("cli.backups.kept", library.file(), number));
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
            err.println(I18n.t("cli.backups.restore.no-such", number, library.file(), backups.size()));
            return 2;
        }
        LibraryBackups.Backup chosen = backups.get(number - 1);
        if (!yes) {
            err.println(I18n.t("cli.backups.restore.confirm", library.file(), number, LibraryBackups.preview(chosen).events()));
            return 2;
        }
        LibraryBackups.Backup before = library.restoreFrom(chosen);
        out.println(I18n.t("cli.backups.restored", library.file(), chosen.file(), before.file()));
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
            out.println(I18n.t("cli.backups.none", file, LibraryBackups.folderOf(file)));
            return 0;
        }
        out.println(I18n.t("cli.backups.heading", file, LibraryBackups.folderOf(file)));
        int n = 1;
        for (LibraryBackups.Backup b : backups) {
            String holds;
            try {
                LibraryBackups.Preview p = LibraryBackups.preview(b);
                holds = I18n.t("cli.backups.holds", p.events(), p.partnerships(), p.tradeFigures(), p.notes());
            } catch (LibraryException e) {
                holds = I18n.t("cli.backups.unreadable", e.getMessage());
            }
            // A table: the number, the time as ISO writes it (the same in every language), why, what it holds.
            out.printf("%3d  %s  %-40s %s%n", n++, b.taken().toString().replace('T', ' '), Names.backupReason(b.reason()), holds);
        }
        return 0;
    }

}

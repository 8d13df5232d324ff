package org.entente.cli;

import org.entente.i18n.I18n;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command right under {@code entente}, with what picocli gives each: the root command (for the
 * library chosen, {@link EntenteCommand#library()}) and the command's own spec (for its output
 * streams and usage errors). Its usage texts come by convention from {@link HelpTexts}.
 */
abstract class EntenteSubcommand {
    @ParentCommand EntenteCommand parent;
    @Spec CommandSpec spec;

    /**
     * Whether the library chosen cannot be used by a command that reads an existing one (to export,
     * measure or replay it, or to list its backups), said on the error stream: missing (in the
     * command's own words, {@code whenMissingKey}) or refused by {@link LibraryArgument#refusal}.
     */
    boolean existingLibraryUnusable(String whenMissingKey) {
        String unusable = LibraryArgument.unusable(parent.library(), I18n.t(whenMissingKey, parent.library()));
        if (unusable != null) spec.commandLine().getErr().println(unusable);
        return unusable != null;
    }
}

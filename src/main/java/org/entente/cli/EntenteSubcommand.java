package org.entente.cli;

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
}

package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.entente.i18n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The usage help comes from the cli bundle in the interface language. Commands take their
 * descriptions and exit codes from {@link HelpTexts} by convention, options theirs by
 * {@code descriptionKey}, which BundlesTest cannot see (it counts the {@code cli.help.} prefix as
 * used): this test checks instead that every help key is used and every one used exists.
 */
class CommandLineHelpTest {
    private static final Pattern BUNDLE_REFERENCE = Pattern.compile("\\$\\{bundle:([^}:]+)}");

    @AfterEach
    void english() { I18n.setLocale(I18n.ENGLISH); }

    /** entente and every subcommand, nested ones too. */
    private static List<CommandLine> commands(CommandLine top) {
        List<CommandLine> all = new ArrayList<>(List.of(top));
        for (CommandLine sub : top.getSubcommands().values()) all.addAll(commands(sub));
        return all;
    }

    @Test
    void everyHelpKeyIsUsedAndEveryKeyUsedExists() {
        Set<String> used = new TreeSet<>(HelpTexts.PICOCLI_KEYS.values());
        HelpTexts texts = new HelpTexts();
        for (CommandLine cl : commands(EntenteCommand.commandLine())) {
            // The texts HelpTexts gives picocli for this command by convention (description, exit codes).
            String usage = cl.getCommandSpec().qualifiedName(".") + ".usage.";
            for (String key : Collections.list(texts.getKeys())) if (key.startsWith(usage)) used.add(texts.source(key));
            Command c = cl.getCommand().getClass().getAnnotation(Command.class);
            Stream.of(c.description(), c.exitCodeList(), new String[] {c.exitCodeListHeading()}).flatMap(Stream::of).forEach(text -> {
                Matcher m = BUNDLE_REFERENCE.matcher(text);
                while (m.find()) used.add(m.group(1));
            });
            for (ArgSpec arg : cl.getCommandSpec().args()) {
                String key = arg.descriptionKey();
                // The standard --help and --version take picocli's keys, which HelpTexts gives ours for.
                if (key != null && !key.isEmpty() && !key.startsWith("mixinStandardHelpOptions.")) used.add(key);
            }
        }
        ResourceBundle english = ResourceBundle.getBundle("org.entente.i18n.cli", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Set<String> help = new TreeSet<>(Collections.list(english.getKeys()).stream().filter(k -> k.startsWith("cli.help.")).toList());

        assertThat(used).as("help keys the commands use that cli.properties lacks").isSubsetOf(help);
        assertThat(help).as("help keys of cli.properties no command uses").isSubsetOf(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "vi"})
    void everyCommandAndArgumentIsDescribed(String language) {
        I18n.setLocale(Locale.forLanguageTag(language));
        for (CommandLine cl : commands(EntenteCommand.commandLine())) {
            String name = cl.getCommandSpec().qualifiedName();
            assertThat(String.join("", cl.getCommandSpec().usageMessage().description())).as(name).isNotBlank().doesNotContain("${");
            for (ArgSpec arg : cl.getCommandSpec().args())
                assertThat(String.join("", arg.description())).as(name + " " + arg).isNotBlank().doesNotContain("${");
        }
    }

    @Test
    void theHelpOfEveryCommandIsInVietnamese() {
        I18n.setLocale(I18n.VIETNAMESE);
        for (CommandLine cl : commands(EntenteCommand.commandLine())) {
            String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help).as(cl.getCommandSpec().qualifiedName())
                    .startsWith("Cách dùng: entente")
                    .contains("Hiện trợ giúp này rồi thoát.", "In phiên bản rồi thoát.", "Ngôn ngữ của ứng dụng")
                    .doesNotContain("Usage", "Show this help", "default", "Exit codes", "Commands:");
        }
        String backups = EntenteCommand.commandLine().getSubcommands().get("backups").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(backups).contains("Liệt kê, tạo hoặc khôi phục các bản sao lưu", "  restore N     thay nội dung thư viện",
                "Mã thoát:", "2   dùng lệnh sai cách");
    }

    @Test
    void theEnglishHelpListsEachCommandByItsFirstLine() {
        String help = EntenteCommand.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help).startsWith("Usage: entente").contains("Commands:\n", "  export       Export the library. Formats:\n",
                "  backups      List, take or restore the library's backups (kept in a folder")
                .doesNotContain("bundle      Entente JSON bundle");
    }

    /**
     * A subcommand's description and exit codes come from the cli bundle by convention: its own
     * exit texts where it has them, the shared ones (done, usage error) where not, in both languages;
     * a command without exit texts lists none.
     */
    @Test
    void aSubcommandsDescriptionAndExitCodesAreInTheInterfaceLanguage() {
        CommandLine measure = EntenteCommand.commandLine().getSubcommands().get("measure");
        CommandLine backups = EntenteCommand.commandLine().getSubcommands().get("backups");
        CommandLine add = EntenteCommand.commandLine().getSubcommands().get("datasets").getSubcommands().get("add");

        assertThat(measure.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("Print a measure of relationships by year",
                "  un-agreement  share of the UN General Assembly roll calls",
                "Exit codes:\n  0   printed\n  1   the library could not be read\n  2   usage error (unknown kind or country)\n");
        assertThat(backups.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains(
                "Exit codes:\n  0   done\n  1   the library or a backup could not be read or written\n  2   usage error\n");
        assertThat(add.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("Add a dataset to the library").doesNotContain("Exit codes");

        I18n.setLocale(I18n.VIETNAMESE);
        assertThat(measure.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains(
                "Mã thoát:\n  0   đã in\n  1   không đọc được thư viện\n  2   dùng lệnh sai cách (loại chỉ số hoặc quốc gia không có)\n")
                .doesNotContain("Print a measure");
        assertThat(backups.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("Liệt kê, tạo hoặc khôi phục các bản sao lưu",
                "Mã thoát:\n  0   xong\n  1   không đọc hoặc ghi được thư viện hay bản sao lưu\n  2   dùng lệnh sai cách\n");
        assertThat(add.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("Thêm một bộ dữ liệu vào thư viện").doesNotContain("Mã thoát");
    }
}

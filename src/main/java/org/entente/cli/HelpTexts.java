package org.entente.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.entente.i18n.I18n;

/**
 * The usage help's texts for picocli, in the interface language: {@link EntenteCommand} names this
 * class as its {@code resourceBundle} (subcommands inherit it) and options take theirs by
 * {@code descriptionKey}.
 *
 * <p>A command's description and exit codes come by convention, so that an {@code @Command} names
 * only the command: picocli asks for {@code entente.export.usage.description.0} (and {@code .1},
 * …), {@code entente.export.usage.exitCodeListHeading} and {@code entente.export.usage.exitCodeList.0}
 * (and on), and this bundle answers from {@code cli.help.export.description} and
 * {@code ….details}, and from {@code cli.help.export.exit.N} for exit codes 0 to 2. A command
 * with any {@code ….exit.N} key lists its exit codes; those it does not name are the shared
 * {@code cli.help.exit.done} (0) and {@code cli.help.exit.usage-error} (2). For a nested command
 * the key joins the names after {@code entente} ({@code cli.help.datasets.add.description}); the
 * root's is {@code cli.help.entente.description}.
 *
 * <p>picocli reads a bundle's values as they are, while ours are {@link java.text.MessageFormat}
 * patterns ({@code ''} for an apostrophe): this bundle gives picocli each text through
 * {@link I18n#t}, when the help is written, so {@code --language vi} (parsed before any help is
 * written) gives Vietnamese help. In a help text {@code {0}} stands for picocli's
 * {@code ${DEFAULT-VALUE}}, which picocli fills in afterwards.
 */
public final class HelpTexts extends ResourceBundle {
    /** picocli's own keys for the texts it writes itself, and ours for them. */
    static final Map<String, String> PICOCLI_KEYS = Map.of(
            "usage.synopsisHeading", "cli.help.usage",
            "usage.commandListHeading", "cli.help.commands",
            "mixinStandardHelpOptions.help", "cli.help.help",
            "mixinStandardHelpOptions.version", "cli.help.version");

    private static final String PREFIX = "cli.help.";
    private static final String ROOT = "entente";
    private static final String DESCRIPTION = ".description";
    private static final String DEFAULT_VALUE = "${DEFAULT-VALUE}";
    /** The highest exit code a command may list. */
    private static final int LAST_EXIT_CODE = 2;
    /** The texts of the exit codes a command lists without naming them. */
    private static final Map<Integer, String> SHARED_EXIT_TEXTS = Map.of(0, "cli.help.exit.done", 2, "cli.help.exit.usage-error");

    /** A text picocli asks for: ours under {@code key}, after {@code lead} (an exit code's "0:"). */
    record Text(String lead, String key) {}

    private final Map<String, Text> texts = new LinkedHashMap<>();

    /** Public and without arguments: {@link ResourceBundle#getBundle} makes it from its name. */
    public HelpTexts() {
        ResourceBundle english = ResourceBundle.getBundle("org.entente.i18n.cli", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Set<String> ours = new TreeSet<>();
        for (String key : Collections.list(english.getKeys())) if (key.startsWith(PREFIX)) ours.add(key);
        for (String key : ours) texts.put(key, new Text("", key));
        PICOCLI_KEYS.forEach((picocli, our) -> texts.put(picocli, new Text("", our)));
        for (String key : ours) {
            if (!key.endsWith(DESCRIPTION)) continue;
            String command = key.substring(PREFIX.length(), key.length() - DESCRIPTION.length());
            String usage = (command.equals(ROOT) ? ROOT : ROOT + "." + command) + ".usage.";
            String own = PREFIX + command + ".";
            texts.put(usage + "description.0", new Text("", key));
            if (ours.contains(own + "details")) texts.put(usage + "description.1", new Text("", own + "details"));
            if (ours.stream().noneMatch(k -> k.startsWith(own + "exit."))) continue;
            texts.put(usage + "exitCodeListHeading", new Text("", "cli.help.exit-codes"));
            int line = 0;
            for (int code = 0; code <= LAST_EXIT_CODE; code++) {
                String text = ours.contains(own + "exit." + code) ? own + "exit." + code : SHARED_EXIT_TEXTS.get(code);
                if (text != null) texts.put(usage + "exitCodeList." + line++, new Text(code + ":", text));
            }
        }
    }

    /** Which of our keys answers picocli's {@code key}, or null. */
    String source(String key) {
        Text text = texts.get(key);
        return text == null ? null : text.key();
    }

    @Override
    protected Object handleGetObject(String key) {
        Text text = texts.get(key);
        return text == null ? null : text.lead() + I18n.t(text.key(), DEFAULT_VALUE);
    }

    @Override
    public Enumeration<String> getKeys() { return Collections.enumeration(texts.keySet()); }
}

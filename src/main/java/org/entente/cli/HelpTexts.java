package org.entente.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.entente.i18n.I18n;

/**
 * The usage help's texts for picocli, in the interface language: {@link EntenteCommand} names this
 * class as its {@code resourceBundle} (subcommands inherit it), commands take their descriptions
 * as {@code ${bundle:cli.help.…}} and options theirs by {@code descriptionKey}.
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

    private static final String DEFAULT_VALUE = "${DEFAULT-VALUE}";

    private final Set<String> keys = new LinkedHashSet<>();

    /** Public and without arguments: {@link ResourceBundle#getBundle} makes it from its name. */
    public HelpTexts() {
        ResourceBundle texts = ResourceBundle.getBundle("org.entente.i18n.cli", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : Collections.list(texts.getKeys())) if (key.startsWith("cli.help.")) keys.add(key);
        keys.addAll(PICOCLI_KEYS.keySet());
    }

    @Override
    protected Object handleGetObject(String key) {
        if (!keys.contains(key)) return null;
        return I18n.t(PICOCLI_KEYS.getOrDefault(key, key), DEFAULT_VALUE);
    }

    @Override
    public Enumeration<String> getKeys() { return Collections.enumeration(keys); }
}

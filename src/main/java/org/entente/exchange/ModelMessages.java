package org.entente.exchange;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.i18n.I18n;

/**
 * The model's refusals of a record read from a file, in the interface's language. The model's
 * records check themselves and say why in English (the model knows no bundles); the refusals a
 * file can meet are matched here by their English text and said again through the bundle, with
 * the values they name. A refusal not listed stays as the model wrote it. {@code ModelMessagesTest}
 * checks that every one listed still matches what the model says.
 */
public final class ModelMessages {
    private record Known(Pattern english, String key) {}

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("the end (\\S+) is before the start (\\S+)"), "exchange.model.end-before-start"),
            new Known(Pattern.compile("\"(.*)\" is not an ISO 3166 alpha-3 code"), "exchange.model.not-iso3"),
            new Known(Pattern.compile("\"(.*)\" is not a colour like #1f77b4"), "exchange.model.not-a-colour"),
            new Known(Pattern.compile("unknown partnership level \"(.*)\"; known: (\\[.*\\])"), "exchange.model.unknown-level"),
            new Known(Pattern.compile("a partnership needs two different actors, not (.*) twice"), "exchange.model.same-actor-twice"),
            new Known(Pattern.compile("an actor needs a name"), "exchange.model.actor-needs-name"),
            new Known(Pattern.compile("a source needs a title"), "exchange.model.source-needs-title"),
            new Known(Pattern.compile("year (-?\\d+) is out of range"), "exchange.model.year-out-of-range"),
            new Known(Pattern.compile("a trade value cannot be negative"), "exchange.model.negative-trade-value"),
            new Known(Pattern.compile("trade cannot fall by more than 100 %"), "exchange.model.change-below-100"),
            new Known(Pattern.compile("a change of (\\S+) % is out of range"), "exchange.model.change-out-of-range"),
            new Known(Pattern.compile("an event cannot link to itself"), "exchange.model.link-to-itself"));

    private ModelMessages() {}

    /** The message of {@code e} in the interface's language when it is one of the model's known refusals. */
    public static String of(IllegalArgumentException e) {
        String english = e.getMessage();
        if (english == null) return e.getClass().getSimpleName();
        for (Known k : KNOWN) {
            Matcher m = k.english().matcher(english);
            if (!m.matches()) continue;
            Object[] args = new Object[m.groupCount()];
            for (int i = 0; i < args.length; i++) args[i] = m.group(i + 1);
            return I18n.t(k.key(), args);
        }
        return english;
    }
}

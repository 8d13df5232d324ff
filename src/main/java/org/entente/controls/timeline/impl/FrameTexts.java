package org.entente.controls.timeline.impl;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.i18n.I18n;

/**
 * The interface-language texts a frame draws (lane subtitles, the corner's view name and span, the
 * today mark), each formatted once per language and kept. {@link I18n#t} goes through
 * {@link java.text.MessageFormat}, which builds a new NumberFormat for every number argument and a
 * new MessageFormat for every choice ("1 event", "2 events"): a few microseconds a text, which a
 * frame of well under a millisecond drawing the same texts again felt.
 */
final class FrameTexts {
    /** A text by its key and arguments; the arguments are the same values each frame (counts, names). */
    private record Call(String key, Object a, Object b) {}

    /** Cleared when full: the texts of the views scrolled through (span texts change with the view). */
    static final int MAX_KEPT = 2_000;

    private final Map<Call, String> kept = new HashMap<>();
    private Locale language;

    String t(String key) { return text(new Call(key, null, null)); }

    String t(String key, Object a) { return text(new Call(key, a, null)); }

    String t(String key, Object a, Object b) { return text(new Call(key, a, b)); }

    private String text(Call call) {
        Locale now = I18n.locale();
        if (!now.equals(language)) {
            kept.clear();
            language = now;
        }
        String known = kept.get(call);
        if (known != null) return known;
        String made = call.b != null ? I18n.t(call.key, call.a, call.b)
                : call.a != null ? I18n.t(call.key, call.a) : I18n.t(call.key);
        if (kept.size() >= MAX_KEPT) kept.clear();
        kept.put(call, made);
        return made;
    }
}

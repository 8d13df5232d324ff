package org.entente.exchange.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Source;
import org.entente.model.TextFolding;

/**
 * Stable, readable keys for records in a bundle: an actor's ISO code ({@code VNM}) or a slug of its
 * name ({@code to-lam}), {@code s-publisher-date-or-title} for a source, {@code e-date-title} for an
 * event. Keys are derived from content alone, so writing the same content twice gives the same file.
 */
public final class BundleKeys {
    private static final int MAX_WORDS = 6;

    private BundleKeys() {}

    /** Lower-case ASCII words joined by '-': "Tô Lâm" → "to-lam", "Võ Văn Thưởng" → "vo-van-thuong". */
    public static String slug(String text, int maxWords) {
        String folded = TextFolding.fold(text);
        StringBuilder sb = new StringBuilder();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < folded.length() && words <= maxWords; i++) {
            char c = folded.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                if (!inWord) {
                    words++;
                    if (words > maxWords) break;
                    if (sb.length() > 0) sb.append('-');
                }
                sb.append(c);
            }
            inWord = keep;
        }
        return sb.toString();
    }

    static String actorBase(Actor a) {
        if (a.isoCode() != null) return a.isoCode();
        String s = slug(a.name(), MAX_WORDS);
        return s.isEmpty() ? "actor" : s;
    }

    static String sourceBase(Source s) {
        String publisher = s.publisher() == null ? "" : slug(s.publisher(), 3);
        String rest = s.date() != null ? s.date().toString().replace("~", "") : slug(s.title(), 5);
        String base = "s-" + (publisher.isEmpty() ? "" : publisher + "-") + (rest.isEmpty() ? "source" : rest);
        return base;
    }

    static String eventBase(Event e) {
        String title = slug(e.title(), MAX_WORDS);
        return "e-" + e.when().start().toString().replace("~", "") + (title.isEmpty() ? "" : "-" + title);
    }

    /** Keys for events in order, unique: a repeated base gets "-2", "-3"… */
    public static List<String> eventKeys(List<Event> events) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>(events.size());
        for (Event e : events) keys.add(unique(eventBase(e), used));
        return keys;
    }

    static String unique(String base, Set<String> used) {
        String key = base;
        for (int n = 2; !used.add(key); n++) key = base + "-" + n;
        return key;
    }
}

package org.entente.model;

import java.util.List;
import java.util.Locale;

/**
 * The kind of an event. The vocabulary is open: the defaults below ship with every library and
 * users may add their own keys.
 *
 * @param key   a stable lower-case key, e.g. {@code state-visit}
 * @param label a reader's label, e.g. "State visit"
 */
public record Category(String key, String label) {

    public static final Category STATE_VISIT = new Category("state-visit", "State visit");
    public static final Category MEETING = new Category("meeting", "Meeting");
    public static final Category AGREEMENT = new Category("agreement", "Agreement");
    public static final Category PARTNERSHIP_CHANGE = new Category("partnership-change", "Partnership change");
    public static final Category UN_VOTE = new Category("un-vote", "UN vote");
    public static final Category LEADERSHIP_CHANGE = new Category("leadership-change", "Leadership change");
    public static final Category STATEMENT = new Category("statement", "Statement");
    public static final Category ECONOMIC = new Category("economic", "Economic");
    public static final Category MILITARY = new Category("military", "Military");
    public static final Category OTHER = new Category("other", "Other");

    public static final List<Category> DEFAULTS = List.of(STATE_VISIT, MEETING, AGREEMENT, PARTNERSHIP_CHANGE,
            UN_VOTE, LEADERSHIP_CHANGE, STATEMENT, ECONOMIC, MILITARY, OTHER);

    public Category {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a category needs a key");
        key = key.strip().toLowerCase(Locale.ROOT);
        if (label == null || label.isBlank()) label = key;
    }

    /** The default category with this key, or a new one labelled after the key. */
    public static Category of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (Category c : DEFAULTS) if (c.key.equals(k)) return c;
        String label = k.replace('-', ' ');
        return new Category(k, Character.toUpperCase(label.charAt(0)) + label.substring(1));
    }

    @Override
    public String toString() { return label; }
}

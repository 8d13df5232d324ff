package org.entente.model;

import java.util.Locale;

/** How one event relates to another. */
public enum LinkKind {
    LED_TO("led to"), IN_RESPONSE_TO("in response to"), FOLLOW_UP_OF("follow-up of");

    private final String label;

    LinkKind(String label) { this.label = label; }

    public String label() { return label; }

    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static LinkKind of(String key) { return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_')); }
}

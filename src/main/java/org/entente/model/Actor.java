package org.entente.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A country, organisation, person or bloc that takes part in events and partnerships.
 *
 * @param id     the library's id, or 0 for an actor not yet stored
 * @param name   display name in full Unicode (Tô Lâm, Путин, 习近平)
 * @param kind   what it is
 * @param isoCode ISO 3166-1 alpha-3 code for a country (e.g. VNM), else null
 * @param colour a CSS hex colour (#rrggbb) used to draw it, or null for the theme's choice
 */
public record Actor(long id, String name, ActorKind kind, String isoCode, String colour) {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public Actor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an actor needs a name");
        if (kind == null) throw new IllegalArgumentException("an actor needs a kind");
        name = name.strip();
        if (isoCode != null && isoCode.isBlank()) isoCode = null;
        if (isoCode != null) {
            isoCode = isoCode.strip().toUpperCase(Locale.ROOT);
            if (!ISO3.matcher(isoCode).matches())
                throw new IllegalArgumentException("\"" + isoCode + "\" is not an ISO 3166 alpha-3 code");
        }
        if (colour != null && colour.isBlank()) colour = null;
        if (colour != null && !HEX.matcher(colour).matches())
            throw new IllegalArgumentException("\"" + colour + "\" is not a colour like #1f77b4");
    }

    public static Actor country(String name, String isoCode) {
        return new Actor(0, name, ActorKind.COUNTRY, isoCode, null);
    }

    public Actor withId(long newId) { return new Actor(newId, name, kind, isoCode, colour); }

    /** "Vietnam (VNM)" for countries, the name alone otherwise. */
    public String label() { return isoCode == null ? name : name + " (" + isoCode + ")"; }
}

package org.entente.exchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and ISO 3166 codes, from the JDK's own locale data (no file, no network), with
 * the alternative spellings that trade tables use ("Viet Nam", "Russian Federation", "Korea, Rep.").
 */
public final class Countries {
    private static final Map<String, String> ISO3_BY_KEY = new HashMap<>();
    private static final Map<String, String> NAME_BY_ISO3 = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            String iso3;
            try {
                iso3 = l.getISO3Country();
            } catch (java.util.MissingResourceException e) {
                continue;
            }
            if (iso3 == null || iso3.length() != 3) continue;
            String name = l.getDisplayCountry(Locale.ENGLISH);
            NAME_BY_ISO3.put(iso3, name);
            ISO3_BY_KEY.put(key(name), iso3);
            ISO3_BY_KEY.put(key(iso3), iso3);
            ISO3_BY_KEY.put(key(iso2), iso3);
        }
        alias("Viet Nam", "VNM");
        alias("Socialist Republic of Vietnam", "VNM");
        alias("Russian Federation", "RUS");
        alias("China, People's Republic of", "CHN");
        alias("People's Republic of China", "CHN");
        alias("PRC", "CHN");
        alias("United States of America", "USA");
        alias("US", "USA");
        alias("U.S.", "USA");
        alias("UK", "GBR");
        alias("Britain", "GBR");
        alias("Great Britain", "GBR");
        alias("Korea, Rep.", "KOR");
        alias("Republic of Korea", "KOR");
        alias("Korea", "KOR");
        alias("Korea, Dem. People's Rep.", "PRK");
        alias("DPRK", "PRK");
        alias("Lao PDR", "LAO");
        alias("Lao People's Democratic Republic", "LAO");
        alias("Iran, Islamic Rep.", "IRN");
        alias("Czech Republic", "CZE");
        alias("Türkiye", "TUR");
        alias("Turkey", "TUR");
        alias("Hong Kong SAR, China", "HKG");
        alias("Taiwan, China", "TWN");
        alias("Chinese Taipei", "TWN");
        alias("Brunei Darussalam", "BRN");
        alias("Egypt, Arab Rep.", "EGY");
        alias("Venezuela, RB", "VEN");
    }

    private Countries() {}

    private static void alias(String name, String iso3) { ISO3_BY_KEY.put(key(name), iso3); }

    /** Case-, accent- and punctuation-insensitive key: "Viet Nam" and "viet-nam" match. */
    private static String key(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The ISO 3166-1 alpha-3 code of a country given by name, alpha-2 or alpha-3 code. */
    public static Optional<String> iso3(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) return Optional.empty();
        return Optional.ofNullable(ISO3_BY_KEY.get(key(nameOrCode)));
    }

    /** The English short name of a country by its alpha-3 code ("VNM" → "Vietnam"). */
    public static Optional<String> name(String iso3) {
        if (iso3 == null) return Optional.empty();
        return Optional.ofNullable(NAME_BY_ISO3.get(iso3.strip().toUpperCase(Locale.ROOT)));
    }

    /** Whether the text is a three-letter code that names a country. */
    public static boolean isIso3(String text) {
        return text != null && text.strip().length() == 3 && NAME_BY_ISO3.containsKey(text.strip().toUpperCase(Locale.ROOT));
    }
}

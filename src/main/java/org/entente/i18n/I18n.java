package org.entente.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The interface's language: every user-visible text of the app and the command line comes from
 * here, through keys in UTF-8 {@code .properties} bundles under {@code org/entente/i18n/}.
 *
 * <p>A key's first segment names its bundle ("timeline.zoom.in" is in {@code timeline.properties}
 * and {@code timeline_vi.properties}), so each part of the app keeps its own texts. Every text is a
 * {@link MessageFormat} pattern, with or without arguments, so translators write an apostrophe as
 * {@code ''} everywhere and plurals as {@code {0,choice,0#no events|1#one event|1<{0,number,integer} events}};
 * Vietnamese has no plural forms, which is why {@code java.text} is enough (ADR 0013).
 *
 * <p>The data stay in their own language: titles, summaries and names of the library are never
 * passed through here; only the interface, dates, numbers, and the names of the built-in
 * partnership levels and categories are.
 */
public final class I18n {
    private static final Logger LOG = Logger.getLogger(I18n.class.getName());

    /** English as Entente writes it: British dates ("19 June 2024") and separators ("1,234.5"). */
    public static final Locale ENGLISH = Locale.UK;
    /** Vietnamese as written in Vietnam: "19 tháng 6 năm 2024", "171,2 tỷ USD". */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** The interface's languages, in the order the Language menu lists them. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, VIETNAMESE);

    /** The bundles, one per part of the app; a key's first segment is its bundle's name. */
    public static final List<String> BUNDLES = List.of(
            "common", "shell", "timeline", "network", "measures", "story", "editor", "events", "exchange", "cli", "changes", "library");

    private static final String PACKAGE = "org.entente.i18n.";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The language now in use with its parsed patterns: replaced whole on a change, so a pattern is never read in the wrong language. */
    private record Texts(Locale locale, ConcurrentHashMap<String, MessageFormat> formats) {
        Texts(Locale locale) { this(locale, new ConcurrentHashMap<>()); }
    }

    private static volatile Texts texts = new Texts(supportedOrEnglish(Locale.getDefault()));

    private I18n() {}

    /** The interface language now in use. */
    public static Locale locale() { return texts.locale(); }

    /**
     * Sets the interface language: one of {@link #SUPPORTED}, or the closest of them (another
     * English is English; a language Entente does not speak is English). Windows built before keep
     * their texts: the main window is rebuilt on a change.
     */
    public static void setLocale(Locale requested) {
        texts = new Texts(supportedOrEnglish(Objects.requireNonNull(requested, "locale")));
    }

    private static volatile boolean fixed;

    /**
     * Sets the language for this run from the command line ({@code --language vi}): the app then
     * starts in it whatever the Language menu remembers.
     */
    public static void fixLocale(Locale requested) {
        setLocale(requested);
        fixed = true;
    }

    /** Whether the command line chose the language for this run. */
    public static boolean fixedForThisRun() { return fixed; }

    /** The supported locale for a system or remembered locale: Vietnamese for "vi", else English. */
    public static Locale supportedOrEnglish(Locale requested) {
        return requested != null && "vi".equals(requested.getLanguage()) ? VIETNAMESE : ENGLISH;
    }

    /** Whether the interface is in Vietnamese. */
    public static boolean vietnamese() { return locale().getLanguage().equals("vi"); }

    /** The text of {@code key} with its arguments put in, in the interface language. */
    public static String t(String key, Object... args) {
        // Called while drawing (lane subtitles, axis captions): one look-up by key, no string built.
        Texts now = texts;
        MessageFormat format = now.formats().computeIfAbsent(key, k -> {
            String pattern = pattern(k, now.locale());
            return pattern == null ? null : new MessageFormat(pattern, now.locale());
        });
        if (format == null) return missing(key);
        synchronized (format) { // MessageFormat is not thread-safe; imports format texts off the FX thread
            return format.format(args);
        }
    }

    /** Whether {@code key} exists; for names that may or may not have a translation (levels, categories). */
    public static boolean has(String key) { return pattern(key, locale()) != null; }

    /** The text of {@code key} if it exists, else {@code fallback} as it is (a user's own level or category). */
    public static String tOr(String key, String fallback) { return has(key) ? t(key) : fallback; }

    /** The raw pattern of {@code key} in {@code in}, or null. */
    static String pattern(String key, Locale in) {
        int dot = key.indexOf('.');
        if (dot <= 0) return null;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(PACKAGE + key.substring(0, dot), in, NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String missing(String key) {
        if (Boolean.getBoolean("entente.strictI18n")) throw new MissingResourceException("No text for " + key, PACKAGE, key);
        LOG.log(Level.WARNING, "No text for {0}", key);
        return key;
    }

    /**
     * Every text as one {@link ResourceBundle}, for FXML's {@code text="%shell.about.title"}: the
     * values are the formatted texts (no arguments), so an FXML file shows an apostrophe once.
     */
    public static ResourceBundle fxmlBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) { return pattern(key, locale()) == null ? null : t(key); }

            @Override
            public java.util.Enumeration<String> getKeys() { return java.util.Collections.emptyEnumeration(); }

            @Override
            public boolean containsKey(String key) { return pattern(key, locale()) != null; }
        };
    }

    // ---- numbers ---------------------------------------------------------------------------------

    /** A whole number with the language's grouping: "12,345" or "12.345". */
    public static String integer(long n) { return NumberFormat.getIntegerInstance(locale()).format(n); }

    /** A number with at most {@code digits} decimals: "3.6" or "3,6". */
    public static String decimal(double x, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(digits);
        f.setMinimumFractionDigits(0);
        return f.format(x);
    }

    /** A number with exactly {@code digits} decimals: "0.50" or "0,50". */
    public static String fixed(double x, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(digits);
        f.setMinimumFractionDigits(digits);
        return f.format(x);
    }

    /** A share as a percentage with at most {@code digits} decimals: "45.5%" or "45,5%". */
    public static String percent(double share, int digits) {
        return t("common.percent", decimal(share * 100, digits));
    }

    /** US dollars in billions, at most {@code digits} decimals: "US$171.2 bn" or "171,2 tỷ USD". */
    public static String usdBillions(double usd, int digits) {
        return t("common.usd.billions", decimal(usd / 1e9, digits));
    }

    /** US dollars in full: "US$1,234,567" or "1.234.567 USD". */
    public static String usd(long usd) { return t("common.usd", integer(usd)); }
}

package org.entente.controls.timeline.impl;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * What the painter reads from CSS and fonts: category and state paints resolved through invisible
 * probe regions (so that themes style the canvas), and cached text widths and fitted labels.
 */
final class TimelineStyles {
    private final TimelineViewSkin skin;

    TimelineStyles(TimelineViewSkin skin) { this.skin = skin; }

    final Text measurer = new Text();
    final Map<String, Region> probeRegions = new HashMap<>();
    final Map<String, Paint> probePaints = new HashMap<>();
    final Map<String, Double> widthCache = new HashMap<>();
    final Map<String, String> fitCache = new HashMap<>();
    Font widthCacheFont;
    double itemCharWidth = 6.8;
    double digitWidth = 7;
    Font boldCacheBase;
    Font boldCache;

    Font boldOf(Font f) {
        if (f != boldCacheBase) {
            boldCacheBase = f;
            boldCache = Font.font(f.getFamily(), FontWeight.BOLD, f.getSize());
        }
        return boldCache;
    }

    /** The colour of a category, from the CSS class tl-category-&lt;key&gt; (or a palette colour by hash). */
    Paint categoryPaint(String category) {
        // cached per category so that a frame does not build class names per item
        Paint cached = categoryPaints.get(category);
        if (cached != null) return cached;
        String key = category == null ? "other" : cssName(category);
        String base = "tl-palette-" + Math.floorMod(key.hashCode(), 8), specific = "tl-category-" + key;
        Paint p = probe(base, specific);
        if (probePaints.containsKey(base + " " + specific)) categoryPaints.put(category, p); // only once CSS resolved it
        return p;
    }

    final Map<String, Paint> categoryPaints = new HashMap<>();

    /** The background colour CSS gives a hidden region with these classes (cached until the CSS changes). */
    Paint probe(String baseClass, String specificClass) {
        String cacheKey = specificClass == null ? baseClass : baseClass + " " + specificClass;
        Paint cached = probePaints.get(cacheKey);
        if (cached != null) return cached;
        Region r = probeRegions.get(cacheKey);
        if (r == null) {
            r = new Region();
            r.getStyleClass().setAll("tl-probe", baseClass);
            if (specificClass != null) r.getStyleClass().add(specificClass);
            probeRegions.put(cacheKey, r);
            Region region = r;
            r.backgroundProperty().addListener(o -> {
                probePaints.remove(cacheKey);
                categoryPaints.clear();
                if (region.getParent() != null) skin.markDirty();
            });
            probesChildren().add(r);
            if (skin.getSkinnable().getScene() != null) r.applyCss();
        }
        Background bg = r.getBackground();
        Paint p = bg == null || bg.getFills().isEmpty() ? Color.GRAY : bg.getFills().get(0).getFill();
        if (bg != null) probePaints.put(cacheKey, p);
        return p;
    }

    final javafx.scene.layout.Pane probePane = new javafx.scene.layout.Pane();

    ObservableList<javafx.scene.Node> probesChildren() {
        if (probePane.getParent() == null) {
            probePane.setManaged(false);
            probePane.setMouseTransparent(true);
            probePane.setOpacity(0);
            skin.getChildren().add(probePane);
        }
        return probePane.getChildren();
    }

    static String cssName(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char ch = Character.toLowerCase(key.charAt(i));
            sb.append((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' ? ch : '-');
        }
        return sb.toString();
    }

    /** The dark text on light bars and tiers. */
    static final Color DARK_TEXT = Color.web("#1f2328");

    /** How much of a faded bar's colour shows under the start of its label (its fullest is 0.54, its start 0.12). */
    static final double FADED_LABEL_ALPHA = 0.4;

    /**
     * Dark or white text for a label inside a bar of {@code bar} drawn with {@code alpha} over
     * {@code background}: whichever contrasts more with the colour the reader sees.
     */
    static Color textOnBar(Color bar, javafx.scene.paint.Paint background, double alpha) {
        Color bg = background instanceof Color b ? b : Color.WHITE;
        Color seen = new Color(bg.getRed() + (bar.getRed() - bg.getRed()) * alpha, bg.getGreen() + (bar.getGreen() - bg.getGreen()) * alpha,
                bg.getBlue() + (bar.getBlue() - bg.getBlue()) * alpha, 1);
        return contrast(DARK_TEXT, seen) >= contrast(Color.WHITE, seen) ? DARK_TEXT : Color.WHITE;
    }

    /** WCAG 2 contrast ratio of two colours (1 to 21). */
    static double contrast(Color a, Color b) {
        double la = relativeLuminance(a), lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }

    static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    double measure(Font f, String s) {
        // the item font's widths in widthCache, each other font's in its own map: no key is built
        // per text (a frame measures a few hundred axis labels and bold or cut titles)
        Map<String, Double> widths = f == widthCacheFont || f == null ? widthCache : widthsOf(f);
        Double w = widths.get(s);
        if (w != null) return w;
        double m = rawMeasure(f, s);
        if (widths.size() > 20_000) widths.clear();
        widths.put(s, m);
        return m;
    }

    /**
     * Text widths in fonts other than the item font, by font (a frame draws in a handful); a font
     * never changes its widths, so a new font from the stylesheet or type size gets a new map.
     */
    private final Map<Font, Map<String, Double>> otherFontWidths = new IdentityHashMap<>();

    private Map<String, Double> widthsOf(Font f) {
        Map<String, Double> widths = otherFontWidths.get(f);
        if (widths == null) {
            if (otherFontWidths.size() > 32) otherFontWidths.clear(); // fonts of type sizes no longer shown
            widths = new HashMap<>();
            otherFontWidths.put(f, widths);
        }
        return widths;
    }

    /** Each font's part of the cut texts' keys ("11.0System Regular"), made once per font rather than per text. */
    private final Map<Font, String> fontKeys = new IdentityHashMap<>();

    private String fontKey(Font f) {
        String key = fontKeys.get(f);
        if (key == null) {
            if (fontKeys.size() > 32) fontKeys.clear();
            key = f.getSize() + f.getName();
            fontKeys.put(f, key);
        }
        return key;
    }

    double rawMeasure(Font f, String s) {
        measurer.setFont(f);
        measurer.setText(s);
        return measurer.getLayoutBounds().getWidth();
    }

    /**
     * A title "topic: point" cut in its topic so that the point after the colon stays whole ("UN
     * vote ES-11/1 on…: Vietnam abstains"), or null when that does not fit with a few of the topic's letters.
     */
    private static final int MIN_TOPIC = 16;

    String fitKeepingPoint(Font f, String s, double max) {
        int colon = s.indexOf(": ");
        if (colon < 4) return null;
        String tail = "…: " + s.substring(colon + 2);
        // the topic keeps enough letters to be recognised ("Xi Jinp…" would not be)
        int least = Math.min(colon, MIN_TOPIC);
        if (rawMeasure(f, s.substring(0, least) + tail) > max) return null;
        int lo = least, hi = colon;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rawMeasure(f, s.substring(0, mid).stripTrailing() + tail) <= max) lo = mid;
            else hi = mid - 1;
        }
        return s.substring(0, lo).stripTrailing() + tail;
    }

    /** The text cut with an ellipsis to fit {@code max} pixels ("" when not even a few letters fit). */
    String fit(Font f, String s, double max) {
        if (s == null || max < 12) return "";
        if (measure(f, s) <= max) return s;
        String key = fontKey(f) + '\u0001' + (int) max + '\u0000' + s;
        String cached = fitCache.get(key);
        if (cached != null) return cached;
        String out = fitKeepingPoint(f, s, max);
        if (out == null) {
            int lo = 0, hi = s.length();
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (rawMeasure(f, s.substring(0, mid).stripTrailing() + "…") <= max) lo = mid;
                else hi = mid - 1;
            }
            out = lo < 2 ? "" : s.substring(0, lo).stripTrailing() + "…";
        }
        if (fitCache.size() > 20_000) fitCache.clear();
        fitCache.put(key, out);
        return out;
    }
}

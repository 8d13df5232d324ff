package org.entente.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** Settings remembered between runs: window bounds, theme, type size, large type, recent libraries. */
public final class AppPreferences {
    private static final int MAX_RECENT = 8;
    private final Preferences node;

    public AppPreferences(Preferences node) { this.node = node; }

    public static AppPreferences user() { return new AppPreferences(Preferences.userRoot().node("org/entente")); }

    /** Reads the stored settings now, so that later reads are quick; returns this. */
    public AppPreferences preload() {
        node.get("theme", null);
        return this;
    }

    public double getDouble(String key, double fallback) { return node.getDouble(key, fallback); }

    public void putDouble(String key, double value) { node.putDouble(key, value); }

    public String getString(String key, String fallback) { return node.get(key, fallback); }

    public void putString(String key, String value) { node.put(key, value); }

    public int getInt(String key, int fallback) { return node.getInt(key, fallback); }

    public void putInt(String key, int value) { node.putInt(key, value); }

    public boolean getBoolean(String key, boolean fallback) { return node.getBoolean(key, fallback); }

    public void putBoolean(String key, boolean value) { node.putBoolean(key, value); }

    public List<Path> recentLibraries() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) out.add(Path.of(p));
        }
        return out;
    }

    public void addRecent(Path library) {
        List<Path> list = recentLibraries();
        Path abs = library.toAbsolutePath();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) node.put("recent." + i, list.get(i).toString());
            else node.remove("recent." + i);
        }
    }
}

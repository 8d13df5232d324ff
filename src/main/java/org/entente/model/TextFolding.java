package org.entente.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching: lower case, accents removed, Vietnamese đ as d. "Tô Lâm" and
 * "To Lam" fold alike; Cyrillic and Han text keep their letters.
 */
public final class TextFolding {
    private TextFolding() {}

    public static String fold(String text) {
        if (text == null || text.isEmpty()) return "";
        // Plain ASCII has nothing to decompose or strip (the search index folds millions of such
        // strings in a bulk load): lower case is the whole fold.
        if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case 'đ', 'Đ' -> sb.append('d');
                case 'ø', 'Ø' -> sb.append('o');
                case 'ł', 'Ł' -> sb.append('l');
                case 'ß' -> sb.append("ss");
                default -> sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }
}

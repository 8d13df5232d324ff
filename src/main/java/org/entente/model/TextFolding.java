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
}

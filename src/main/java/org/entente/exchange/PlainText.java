package org.entente.exchange;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the HTML found in imported text (TimelineJS slides, descriptions) into safe plain text:
 * tags dropped, paragraphs and line breaks kept as new lines, entities decoded, scripts and styles
 * removed with their content. Nothing of the markup survives, so nothing in an imported file can
 * make a view load a resource or run code.
 */
public final class PlainText {
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("copy", "©"), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
            Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("aacute", "á"),
            Map.entry("oacute", "ó"), Map.entry("iacute", "í"), Map.entry("ntilde", "ñ"), Map.entry("ccedil", "ç"));

    private PlainText() {}

    /** Plain text of an HTML fragment; null for null or blank. */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) return null;
        StringBuilder out = new StringBuilder(html.length());
        int i = 0, n = html.length();
        while (i < n) {
            char ch = html.charAt(i);
            if (ch == '<') {
                int close = html.indexOf('>', i + 1);
                if (close < 0) { // a lone '<' is text
                    out.append(ch);
                    i++;
                    continue;
                }
                String tag = html.substring(i + 1, close).strip().toLowerCase(Locale.ROOT);
                String name = tagName(tag);
                if (tag.startsWith("!--")) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                if (name.equals("script") || name.equals("style")) {
                    int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, close);
                    int endClose = end < 0 ? -1 : html.indexOf('>', end);
                    i = endClose < 0 ? n : endClose + 1;
                    continue;
                }
                if (name.equals("br") || name.equals("p") || name.equals("/p") || name.equals("div") || name.equals("/div")
                        || name.equals("li") || name.equals("blockquote") || name.equals("/blockquote") || name.matches("/?h[1-6]"))
                    newline(out);
                else if (name.equals("cite")) out.append(out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1)) ? " — " : "— ");
                i = close + 1;
            } else if (ch == '&') {
                int semi = html.indexOf(';', i + 1);
                if (semi > i && semi - i <= 10) {
                    String ent = html.substring(i + 1, semi);
                    String decoded = decode(ent);
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
                out.append(ch);
                i++;
            } else {
                out.append(ch);
                i++;
            }
        }
        String text = collapse(out.toString());
        return text.isEmpty() ? null : text;
    }

    private static String tagName(String tag) {
        int end = 0;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>'
                && !(tag.charAt(end) == '/' && end > 0)) end++;
        return tag.substring(0, end);
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }

    private static String decode(String ent) {
        if (ent.startsWith("#")) {
            try {
                int cp = ent.startsWith("#x") || ent.startsWith("#X") ? Integer.parseInt(ent.substring(2), 16) : Integer.parseInt(ent.substring(1));
                if (Character.isValidCodePoint(cp) && cp != 0) return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
            return null;
        }
        return ENTITIES.get(ent);
    }

    /** Spaces and tabs collapsed, lines trimmed, at most one blank line, no control characters. */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String l = line.replaceAll("[\\p{Cntrl}&&[^\t]]", "").replaceAll("[ \t\u00a0]+", " ").strip();
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    /** Escapes text for HTML output (TimelineJS export). */
    public static String escapeHtml(String text) {
        if (text == null) return null;
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("<br>");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}

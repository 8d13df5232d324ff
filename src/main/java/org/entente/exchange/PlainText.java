package org.entente.exchange;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML found in imported text (TimelineJS slides, descriptions) into safe plain text:
 * parsed by jsoup as a browser would (every named entity, a lone {@code <} as text), tags dropped,
 * paragraphs and line breaks kept as new lines, scripts and styles removed with their content. Nothing of the markup survives, so nothing in an imported file can
 * make a view load a resource or run code.
 */
public final class PlainText {
    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "header", "footer", "pre", "dt", "dd", "figcaption");
    /** Stands for a {@code <br>} until the lines are tidied: a break always makes a line, even an empty one. */
    private static final char BREAK = '\u2029';

    private PlainText() {}

    /** Plain text of an HTML fragment; null for null or blank. */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) return null;
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) out.append(t.getWholeText());
                else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("br")) out.append(BREAK);
                    else if (BLOCKS.contains(name)) out.append('\n');
                    else if (name.equals("cite"))
                        out.append(out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1)) ? " — " : "— ");
                }
                // Comments, and the contents of script and style (data nodes to jsoup), are not text.
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) out.append('\n');
            }
        }, Jsoup.parseBodyFragment(html).body());
        String text = collapse(out.toString());
        return text.isEmpty() ? null : text;
    }

    /**
     * Spaces and tabs collapsed, lines trimmed, no control characters. Lines left empty by
     * markup and layout (between paragraphs, around blocks) are dropped; a break ({@code <br>})
     * always makes a line, so blank lines written as {@code <br><br>} stay.
     */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String[] pieces = line.split(String.valueOf(BREAK), -1);
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) l.append('\n');
                l.append(pieces[i].replaceAll("[\\p{Cntrl}&&[^\t]]", "").replaceAll("[ \t\u00a0]+", " ").strip());
            }
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        // A break at the very start or end makes no line.
        int start = 0, end = out.length();
        while (start < end && out.charAt(start) == '\n') start++;
        while (end > start && out.charAt(end - 1) == '\n') end--;
        return out.substring(start, end);
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

package org.entente.model.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light Markdown of notes: *emphasis* and _emphasis_, **strong** and __strong__,
 * {@code `code`}, [label](url) links, "#" headings, "-", "*" or "+" bullets and "1." or "1)"
 * numbered lists, with "\" escaping a punctuation character. Anything else is plain text, and
 * unmatched markers stay as typed: a note never fails to parse. Lines of a paragraph keep
 * their line breaks (notes are written line by line, not reflowed prose).
 */
public final class Markdown {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+][ \\t]+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^ {0,3}(\\d{1,9})[.)][ \\t]+(.*)$");
    private static final String ESCAPABLE = "\\`*_[]()#+-.!{}<>|~";

    private Markdown() {}

    /** The blocks of {@code text} (null or blank: none). */
    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) return blocks;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder paragraph = null;
        Boolean listOrdered = null;
        int listStart = 1;
        List<StringBuilder> items = new ArrayList<>();
        for (String line : lines) {
            Matcher h = HEADING.matcher(line), b = BULLET.matcher(line), n = NUMBERED.matcher(line);
            boolean blank = line.isBlank();
            boolean heading = h.matches(), bullet = !heading && b.matches() && !isRule(line), numbered = !heading && n.matches();
            // An indented line right after a list item continues that item.
            if (listOrdered != null && !blank && !bullet && !numbered && !heading && Character.isWhitespace(line.charAt(0))) {
                items.get(items.size() - 1).append('\n').append(line.strip());
                continue;
            }
            if (listOrdered != null && (blank || heading || (!bullet && !numbered) || (bullet && listOrdered) || (numbered && !listOrdered))) {
                blocks.add(list(listOrdered, listStart, items));
                listOrdered = null;
                items = new ArrayList<>();
            }
            if (paragraph != null && (blank || heading || bullet || numbered)) {
                blocks.add(new Block.Paragraph(inlines(paragraph.toString())));
                paragraph = null;
            }
            if (blank) continue;
            if (heading) {
                blocks.add(new Block.Heading(h.group(1).length(), inlines(h.group(2) == null ? "" : h.group(2))));
            } else if (bullet || numbered) {
                if (listOrdered == null) {
                    listOrdered = numbered;
                    listStart = numbered ? Integer.parseInt(n.group(1)) : 1;
                }
                items.add(new StringBuilder(bullet ? b.group(1) : n.group(2)));
            } else if (paragraph == null) {
                paragraph = new StringBuilder(line.strip());
            } else {
                paragraph.append('\n').append(line.strip());
            }
        }
        if (listOrdered != null) blocks.add(list(listOrdered, listStart, items));
        if (paragraph != null) blocks.add(new Block.Paragraph(inlines(paragraph.toString())));
        return blocks;
    }

    /** "---" and "***" are rules in Markdown, not bullets; shown here as the plain line they are. */
    private static boolean isRule(String line) { return line.strip().matches("([-*+])(\\s*\\1){2,}"); }

    private static Block.ListBlock list(boolean ordered, int start, List<StringBuilder> items) {
        List<List<Inline>> parsed = new ArrayList<>();
        for (StringBuilder item : items) parsed.add(inlines(item.toString()));
        return new Block.ListBlock(ordered, start, parsed);
    }

    /** The runs of one block's text. */
    public static List<Inline> inlines(String text) {
        List<Inline> out = new ArrayList<>();
        parseInline(text, EnumSet.noneOf(Style.class), out);
        return merge(out);
    }

    private static void parseInline(String s, Set<Style> styles, List<Inline> out) {
        StringBuilder buf = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                buf.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int ticks = run(s, i, '`');
                int close = s.indexOf("`".repeat(ticks), i + ticks);
                while (close >= 0 && run(s, close, '`') != ticks) close = s.indexOf("`".repeat(ticks), close + run(s, close, '`'));
                if (close > i + ticks) {
                    flush(buf, styles, out);
                    Set<Style> code = copyWith(styles, Style.CODE);
                    String inner = s.substring(i + ticks, close);
                    // one space padding lets code start or end with a backtick: `` `x` ``
                    if (inner.length() > 2 && inner.startsWith(" ") && inner.endsWith(" ") && !inner.isBlank())
                        inner = inner.substring(1, inner.length() - 1);
                    out.add(new Inline(inner, code, null));
                    i = close + ticks;
                    continue;
                }
                buf.append(s, i, i + ticks);
                i += ticks;
                continue;
            }
            if (c == '[') {
                int[] link = link(s, i);
                if (link != null) {
                    flush(buf, styles, out);
                    String url = s.substring(link[1] + 2, link[2]).strip();
                    List<Inline> label = new ArrayList<>();
                    parseInline(s.substring(i + 1, link[1]), styles, label);
                    for (Inline l : label) out.add(new Inline(l.text(), l.styles(), url));
                    i = link[2] + 1;
                    continue;
                }
            }
            if (c == '*' || c == '_') {
                boolean dbl = i + 1 < s.length() && s.charAt(i + 1) == c;
                int width = dbl ? 2 : 1;
                int close = canOpen(s, i, width, c) ? closer(s, i + width, c, width) : -1;
                if (close > 0) {
                    flush(buf, styles, out);
                    parseInline(s.substring(i + width, close), copyWith(styles, dbl ? Style.BOLD : Style.ITALIC), out);
                    i = close + width;
                    continue;
                }
                int lit = run(s, i, c); // "***" with no closer stays as typed
                buf.append(s, i, i + lit);
                i += lit;
                continue;
            }
            buf.append(c);
            i++;
        }
        flush(buf, styles, out);
    }

    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) j++;
        return j - i;
    }

    /** A delimiter opens when text follows it directly; "_" also needs no letter before it (snake_case stays). */
    private static boolean canOpen(String s, int i, int width, char c) {
        int after = i + width;
        if (after >= s.length() || Character.isWhitespace(s.charAt(after))) return false;
        return c != '_' || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    /** The index of the delimiter closing one opened at {@code from}, or -1; strong runs inside emphasis are skipped whole. */
    private static int closer(String s, int from, char c, int width) {
        int j = from;
        while (j < s.length()) {
            char ch = s.charAt(j);
            if (ch == '\\') {
                j += 2;
                continue;
            }
            if (ch == '`') {
                int ticks = run(s, j, '`');
                int end = s.indexOf("`".repeat(ticks), j + ticks);
                j = end < 0 ? j + ticks : end + ticks;
                continue;
            }
            if (ch == c) {
                int n = run(s, j, c);
                boolean closes = j > from && !Character.isWhitespace(s.charAt(j - 1))
                        && (c != '_' || j + n >= s.length() || !Character.isLetterOrDigit(s.charAt(j + n)));
                if (closes && n == width) return j;
                if (closes && width == 1 && n == 3) return j + 2; // *a **b***: the last star closes
                if (closes && width == 2 && n == 3) return j + 1;
                if (width == 1 && n == 2) {
                    // a nested strong run: skip to its end
                    int inner = closer(s, j + 2, c, 2);
                    if (inner > 0) {
                        j = inner + 2;
                        continue;
                    }
                }
                j += n;
                continue;
            }
            j++;
        }
        return -1;
    }

    /** {open, closeBracket, closeParen} of "[label](url)" at {@code i}, or null. */
    private static int[] link(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char ch = s.charAt(j);
            if (ch == '\\') {
                j++;
                continue;
            }
            if (ch == '[') depth++;
            else if (ch == ']' && --depth == 0) {
                if (j + 1 >= s.length() || s.charAt(j + 1) != '(' || j == i + 1) return null;
                int close = s.indexOf(')', j + 2);
                if (close < 0) return null;
                String url = s.substring(j + 2, close).strip();
                if (url.isEmpty() || url.contains(" ")) return null;
                return new int[] {i, j, close};
            }
        }
        return null;
    }

    private static Set<Style> copyWith(Set<Style> styles, Style extra) {
        EnumSet<Style> out = styles.isEmpty() ? EnumSet.noneOf(Style.class) : EnumSet.copyOf(styles);
        out.add(extra);
        return out;
    }

    private static void flush(StringBuilder buf, Set<Style> styles, List<Inline> out) {
        if (buf.length() == 0) return;
        out.add(new Inline(buf.toString(), styles, null));
        buf.setLength(0);
    }

    private static List<Inline> merge(List<Inline> runs) {
        List<Inline> out = new ArrayList<>();
        for (Inline r : runs) {
            if (r.text().isEmpty()) continue;
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.styles().equals(r.styles()) && java.util.Objects.equals(last.url(), r.url()))
                out.set(out.size() - 1, new Inline(last.text() + r.text(), r.styles(), r.url()));
            else out.add(r);
        }
        return out;
    }

    /** The note as plain text, links as "label (url)": for tooltips, exports and search. */
    public static String plainText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append('\n');
            if (b instanceof Block.Paragraph p) appendRuns(sb, p.inlines());
            else if (b instanceof Block.Heading h) appendRuns(sb, h.inlines());
            else if (b instanceof Block.ListBlock l) {
                for (int k = 0; k < l.items().size(); k++) {
                    if (k > 0) sb.append('\n');
                    sb.append(l.ordered() ? (l.start() + k) + ". " : "• ");
                    appendRuns(sb, l.items().get(k));
                }
            }
        }
        return sb.toString();
    }

    private static void appendRuns(StringBuilder sb, List<Inline> runs) {
        for (int k = 0; k < runs.size(); k++) {
            Inline r = runs.get(k);
            sb.append(r.text());
            boolean linkEnds = r.isLink() && (k + 1 == runs.size() || !r.url().equals(runs.get(k + 1).url()));
            if (linkEnds) sb.append(" (").append(r.url()).append(')');
        }
    }
}

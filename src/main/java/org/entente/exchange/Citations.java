package org.entente.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.EventDate;
import org.entente.model.Source;

/** Sources as citations for reference managers: CSL-JSON (Zotero, Pandoc) and BibTeX (biblatex, UTF-8). */
public final class Citations {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Citations() {}

    /** A CSL-JSON array of the sources. */
    public static void writeCslJson(List<Source> sources, OutputStream out) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        List<String> keys = keys(sources);
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            ObjectNode n = array.addObject();
            n.put("id", keys.get(i));
            n.put("type", s.url() != null ? "webpage" : "document");
            n.put("title", s.title());
            if (s.author() != null) n.putArray("author").addObject().put("literal", s.author());
            if (s.publisher() != null) {
                n.put("publisher", s.publisher());
                n.put("container-title", s.publisher());
            }
            if (s.date() != null) datePartsOf(n.putObject("issued"), s.date());
            if (s.url() != null) n.put("URL", s.url());
            if (s.accessed() != null) datePartsOf(n.putObject("accessed"), EventDate.of(s.accessed()));
            if (s.note() != null) n.put("note", s.note());
        }
        MAPPER.writeValue(out, array);
    }

    private static void datePartsOf(ObjectNode n, EventDate d) {
        ArrayNode parts = n.putArray("date-parts").addArray();
        parts.add(d.year());
        if (d.month() != 0) parts.add(d.month());
        if (d.day() != 0) parts.add(d.day());
        if (d.approximate()) n.put("circa", true);
    }

    /** BibTeX entries ({@code @online} with a URL, else {@code @misc}), UTF-8, for biblatex. */
    public static void writeBibTeX(List<Source> sources, Writer out) throws IOException {
        List<String> keys = keys(sources);
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            out.write(s.url() != null ? "@online{" : "@misc{");
            out.write(keys.get(i));
            field(out, "title", s.title());
            if (s.author() != null) raw(out, "author", "{" + escape(s.author()) + "}");
            field(out, "publisher", s.publisher());
            if (s.url() != null) field(out, "organization", s.publisher());
            EventDate d = s.date();
            if (d != null) {
                raw(out, "date", d.toString().replace("~", ""));
                raw(out, "year", Integer.toString(d.year()));
                if (d.month() != 0) raw(out, "month", Integer.toString(d.month()));
            }
            if (s.url() != null) raw(out, "url", s.url());
            LocalDate acc = s.accessed();
            if (acc != null) raw(out, "urldate", acc.toString());
            field(out, "note", s.note());
            out.write("\n}\n\n");
        }
        out.flush();
    }

    private static void field(Writer out, String name, String value) throws IOException {
        if (value != null) raw(out, name, escape(value));
    }

    /** A field whose value is already BibTeX (escaped, or a date or URL written verbatim). */
    private static void raw(Writer out, String name, String value) throws IOException {
        if (value == null) return;
        out.write(",\n  ");
        out.write(name);
        out.write(" = {");
        out.write(value);
        out.write('}');
    }

    /** Escapes BibTeX's special characters; Unicode letters stay as they are (biblatex reads UTF-8). */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '$', '_' -> sb.append('\\').append(ch);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Citation keys: first word of the author or publisher (ASCII-folded) and the year, made unique. */
    static List<String> keys(List<Source> sources) {
        Set<String> used = new HashSet<>();
        return sources.stream().map(s -> {
            String who = s.author() != null ? s.author() : s.publisher() != null ? s.publisher() : s.title();
            String word = Normalizer.normalize(who, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replaceAll("[^A-Za-z0-9 ]", " ").strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (word.isEmpty()) word = "source";
            String base = word + (s.date() != null ? Integer.toString(Math.abs(s.date().year())) : "nd");
            String key = base;
            for (int n = 1; !used.add(key); n++) key = base + letters(n);
            return key;
        }).toList();
    }

    /** 1 → a, 26 → z, 27 → aa, 28 → ab…: suffixes that stay letters however many keys share a base. */
    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (; n > 0; n = (n - 1) / 26) sb.append((char) ('a' + (n - 1) % 26));
        return sb.reverse().toString();
    }
}

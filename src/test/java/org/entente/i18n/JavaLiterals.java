package org.entente.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The string literals of Java sources, with their lines, comments skipped: what the text scans read. */
final class JavaLiterals {
    private JavaLiterals() {}

    /** A string literal's value (escapes kept as written) and where it is. */
    record Literal(Path file, int line, String value, String sourceLine) {
        @Override
        public String toString() { return file.getFileName() + ":" + line + " \"" + value + "\""; }
    }

    static final Path MAIN = Path.of("src/main/java/org/entente");

    static List<Path> javaFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Literal> of(Path file) {
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = src.split("\n", -1);
        List<Literal> out = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n') line++;
            else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '/') {
                while (i < src.length() && src.charAt(i) != '\n') i++;
                line++;
            } else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 1;
                for (int k = i; k < end; k++) if (src.charAt(k) == '\n') line++;
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < src.length() && src.charAt(i) != '\'') i += src.charAt(i) == '\\' ? 2 : 1;
            } else if (c == '"' && src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                String value = src.substring(i + 3, end);
                out.add(new Literal(file, line, value, lines[line - 1]));
                for (int k = i; k < end; k++) if (src.charAt(k) == '\n') line++;
                i = end + 2;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < src.length() && src.charAt(i) != '"') {
                    if (src.charAt(i) == '\\') sb.append(src.charAt(i++));
                    sb.append(src.charAt(i++));
                }
                out.add(new Literal(file, line, sb.toString(), lines[line - 1]));
            }
        }
        return out;
    }
}

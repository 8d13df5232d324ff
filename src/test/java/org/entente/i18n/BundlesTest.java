package org.entente.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundles are complete and in step: English and Vietnamese have the same keys with the same
 * placeholders, every pattern parses, every key is used and every key the code asks for exists.
 */
class BundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/entente/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties read(String bundle, String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesUnderItsOwnName() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : I18n.BUNDLES) {
            Properties en = read(bundle, ""), vi = read(bundle, "_vi");
            for (String k : en.stringPropertyNames()) {
                if (!vi.containsKey(k)) problems.add(bundle + "_vi lacks " + k);
                if (!k.startsWith(bundle + ".")) problems.add(bundle + ": " + k + " does not start with " + bundle + ".");
            }
            for (String k : vi.stringPropertyNames()) if (!en.containsKey(k)) problems.add(bundle + " (English) lacks " + k);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPatternParsesAndBothLanguagesTakeTheSameArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : I18n.BUNDLES) {
            Properties en = read(bundle, ""), vi = read(bundle, "_vi");
            for (String k : en.stringPropertyNames()) {
                String e = en.getProperty(k), v = vi.getProperty(k, e);
                for (String value : List.of(e, v)) {
                    try {
                        new MessageFormat(value);
                    } catch (IllegalArgumentException ex) {
                        problems.add(k + ": " + ex.getMessage() + " in \"" + value + "\"");
                    }
                    if (LONE_APOSTROPHE.matcher(value).find()) problems.add(k + ": a lone ' (write '') in \"" + value + "\"");
                }
                if (!placeholders(e).equals(placeholders(v)))
                    problems.add(k + ": English takes " + placeholders(e) + ", Vietnamese " + placeholders(v));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyIsUsedAndEveryKeyAskedForExists() throws IOException {
        Set<String> all = new TreeSet<>();
        for (String bundle : I18n.BUNDLES) all.addAll(read(bundle, "").stringPropertyNames());
        Set<String> used = new HashSet<>();
        Pattern key = Pattern.compile("^(" + String.join("|", I18n.BUNDLES) + ")\\.[A-Za-z0-9._-]+$");
        List<String> missing = new ArrayList<>();
        for (Path f : JavaLiterals.javaFiles(JavaLiterals.MAIN)) {
            for (JavaLiterals.Literal l : JavaLiterals.of(f)) {
                if (!key.matcher(l.value()).matches()) continue;
                used.add(l.value());
                // Asked for: the key given to t(…) or tOr(…); other literals that look like keys may
                // be a view's state names ("timeline.from"), which share the views' prefixes.
                boolean askedFor = Pattern.compile("(?<![\\w])(t|tOr|has)\\(\"" + Pattern.quote(l.value()) + "\"")
                        .matcher(l.sourceLine()).find();
                // A literal ending in "." is a prefix the code completes ("common.role." + role).
                if (askedFor && !l.value().endsWith(".") && !all.contains(l.value())) missing.add(l.toString());
            }
        }
        try (Stream<Path> fxml = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : fxml.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = Pattern.compile("\"%([A-Za-z0-9._-]+)\"").matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                    if (!all.contains(m.group(1))) missing.add(f.getFileName() + ": %" + m.group(1));
                }
            }
        }
        List<String> prefixes = Files.readAllLines(Path.of("src/test/resources/i18n/dynamic-keys.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        List<String> unused = all.stream().filter(k -> !used.contains(k))
                .filter(k -> prefixes.stream().noneMatch(k::startsWith)).toList();
        assertThat(missing).as("keys the code asks for that no bundle has").isEmpty();
        assertThat(unused).as("keys no code uses (or add a dynamic prefix to src/test/resources/i18n/dynamic-keys.txt)").isEmpty();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> s = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) s.add(m.group(1));
        return s;
    }
}

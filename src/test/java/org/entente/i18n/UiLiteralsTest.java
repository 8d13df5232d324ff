package org.entente.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * No user-visible English literal in the interface's code: texts come from the bundles. A literal
 * "looks user-visible" when it starts with a capital followed by a small letter, or holds two
 * words; ids, style classes, keys, CSS, log lines and resource names are passed over. The rare
 * literal that must stay (the app's name, a unit symbol) is listed with a reason in
 * {@code src/test/resources/i18n/allowed-literals.txt} as {@code File.java|literal}.
 */
class UiLiteralsTest {
    private static final List<Path> SCANNED = List.of(JavaLiterals.MAIN.resolve("ui"), JavaLiterals.MAIN.resolve("controls"));
    private static final Pattern LOOKS_LIKE_TEXT = Pattern.compile("^\\p{Lu}\\p{Ll}.*|.*\\p{L}{2,}[ ,:]+\\p{L}{2,}.*|.*….*");
    private static final Pattern KEY = Pattern.compile("^(" + String.join("|", I18n.BUNDLES) + ")\\.[A-Za-z0-9._-]+$");
    private static final List<String> NOT_TEXT_ON_LINES = List.of("getStyleClass", "setId(", "lookup(", "lookupAll(", "LOG.",
            "Logger", "PseudoClass", "-fx-", "setStyle(", "getResource", "System.getProperty", "Thread(", "ikonli", "FontIcon(");

    static boolean isUserText(JavaLiterals.Literal l) {
        String v = l.value();
        if (!LOOKS_LIKE_TEXT.matcher(v).matches() || KEY.matcher(v).matches()) return false;
        if (v.contains("-fx-") || v.endsWith(".css") || v.endsWith(".fxml") || v.endsWith(".png")) return false;
        return NOT_TEXT_ON_LINES.stream().noneMatch(l.sourceLine()::contains);
    }

    @Test
    void theInterfaceHasNoLiteralTextOutsideTheBundles() throws IOException {
        Set<String> allowed = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/i18n/allowed-literals.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\\|", 3);
            allowed.add(parts[0].strip() + "|" + parts[1]);
        }
        // -Di18n.scan=ui/editor,ui/events scans only those folders (while a part is being moved into bundles).
        String only = System.getProperty("i18n.scan", "");
        List<Path> roots = only.isBlank() ? SCANNED
                : java.util.Arrays.stream(only.split(",")).map(String::strip).map(JavaLiterals.MAIN::resolve).toList();
        List<String> found = roots.stream().flatMap(root -> JavaLiterals.javaFiles(root).stream())
                .flatMap(f -> JavaLiterals.of(f).stream())
                .filter(UiLiteralsTest::isUserText)
                .filter(l -> !allowed.contains(l.file().getFileName() + "|" + l.value()))
                .map(JavaLiterals.Literal::toString).toList();
        assertThat(found).as("user-visible literals: move each into a bundle (org/entente/i18n) and use I18n.t").isEmpty();
    }
}

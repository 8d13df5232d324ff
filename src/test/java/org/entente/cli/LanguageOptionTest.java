package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.entente.Launcher;
import org.entente.store.Library;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language of a run: the system's, unless {@code --language} (before or after the command)
 * asks for another. Each case runs the real launcher in a child JVM with the system language given
 * as the JVM's locale: {@code --language} fixes the language for the whole JVM it runs in.
 */
class LanguageOptionTest {
    @TempDir static Path dir;
    static Path library;

    /** Generous for a loaded 2-core machine. */
    static final long LIMIT_SECONDS = 90;

    @BeforeAll
    static void aLibraryWithoutBackups() {
        library = dir.resolve("lib.entente");
        Library.open(library).close();
    }

    @Test
    void languageViBeforeTheCommandOnAnEnglishSystem() throws Exception {
        Result r = run("en", "--language", "vi", "backups", "--library", library.toString());
        assertThat(r.exitCode).as(r.stderr).isZero();
        assertThat(r.stdout.strip()).startsWith(library + " chưa có bản sao lưu nào (bản sao lưu sẽ được lưu trong ");
    }

    @Test
    void withoutTheOptionTheSystemLanguage() throws Exception {
        Result r = run("vi", "backups", "--library", library.toString());
        assertThat(r.exitCode).as(r.stderr).isZero();
        assertThat(r.stdout).contains("chưa có bản sao lưu nào");
    }

    @Test
    void languageEnAfterTheCommandOnAVietnameseSystem() throws Exception {
        Result r = run("vi", "backups", "--library", library.toString(), "--language", "en");
        assertThat(r.exitCode).as(r.stderr).isZero();
        assertThat(r.stdout.strip()).startsWith(library + " has no backups yet (they go to ");
    }

    record Result(int exitCode, String stdout, String stderr) {}

    /** Runs {@code entente ARGS…} in a child JVM whose system language is {@code systemLanguage}. */
    private static Result run(String systemLanguage, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String country = systemLanguage.equals("vi") ? "VN" : "GB";
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Duser.language=" + systemLanguage, "-Duser.country=" + country, "-Dentente.strictI18n=true",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-Duser.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process child = pb.start();
        if (!child.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + LIMIT_SECONDS + " s; stderr: " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}

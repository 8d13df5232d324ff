package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.entente.Launcher;
import org.entente.store.Library;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --measure-startup} and {@code screenshot} have nobody to close an error dialog: on a library
 * that cannot be opened they print the error, naming the file, and exit 1 at once instead of waiting
 * behind the dialog. Each case runs the real launcher in a child JVM, headless.
 */
class UnopenableLibraryTest {
    @TempDir static Path dir;

    /** Generous for a loaded 2-core machine; a child that waits behind a dialog never exits at all. */
    static final long LIMIT_SECONDS = 180;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("random bytes", "not an Entente library"),
                Arguments.of("truncated", "damaged"),
                Arguments.of("newer schema", "newer Entente"));
    }

    static Path make(String kind) throws Exception {
        Path file = dir.resolve(kind.replace(' ', '-') + "-" + System.nanoTime() + ".db");
        switch (kind) {
            case "random bytes" -> {
                byte[] noise = new byte[64 * 1024];
                new Random(13).nextBytes(noise);
                Files.write(file, noise);
            }
            case "truncated" -> {
                Library.open(file).close();
                checkpoint(file);
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
            }
            case "newer schema" -> {
                Library.open(file).close();
                try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
                    st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                            + " installed_by, execution_time, success) VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql',"
                            + " 0, 'x', 0, 1)");
                }
                checkpoint(file);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    private static void checkpoint(Path file) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    @ParameterizedTest(name = "--measure-startup on {0}")
    @MethodSource("cases")
    void measureStartupPrintsTheErrorAndExits1(String kind, String reason) throws Exception {
        Path library = make(kind);
        byte[] before = Files.readAllBytes(library);
        Result r = run(List.of("--library", library.toString(), "--measure-startup"));
        assertThat(r.exitCode).as("exit code; stderr: %s", r.stderr).isEqualTo(1);
        assertThat(r.stderr).contains("Could not open the library", library.getFileName().toString(), reason);
        assertThat(r.stdout).doesNotContain("library shown");
        assertThat(Files.readAllBytes(library)).as("the file is not touched").isEqualTo(before);
    }

    @ParameterizedTest(name = "screenshot on {0}")
    @MethodSource("cases")
    void screenshotPrintsTheErrorAndExits1(String kind, String reason) throws Exception {
        Path library = make(kind);
        Path png = dir.resolve("shot-" + System.nanoTime() + ".png");
        Result r = run(List.of("--library", library.toString(), "screenshot", "--view", "Events", "--out", png.toString(), "--headless"));
        assertThat(r.exitCode).as("exit code; stderr: %s", r.stderr).isEqualTo(1);
        assertThat(r.stderr).contains("Could not open the library", library.getFileName().toString(), reason);
        assertThat(png).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void withoutADisplayTheAppSaysSoAndExits1() throws Exception {
        Path library = dir.resolve("never-opened-" + System.nanoTime() + ".db");
        // The desktop platform (GTK) with DISPLAY unset: the toolkit cannot start.
        Result r = run(List.of("--library", library.toString(), "--measure-startup"), false);
        assertThat(r.exitCode).as("exit code; stderr: %s", r.stderr).isEqualTo(1);
        assertThat(r.stderr).contains("Entente cannot open a window");
    }

    /**
     * The good case, for contrast: a new library is seeded with the starter library, shown, and the
     * marks are printed in order ("library shown" is the frame after the last start-up task, so it
     * cannot come before the first frame), and the app exits 0 by itself.
     */
    @org.junit.jupiter.api.Test
    void onANewLibraryItPrintsTheFirstFrameThenTheLibraryShownAndExits0() throws Exception {
        Path library = dir.resolve("new-" + System.nanoTime() + ".db");
        Result r = run(List.of("--library", library.toString(), "--measure-startup"));
        assertThat(r.exitCode).as("exit code; stderr: %s", r.stderr).isZero();
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("(?m)^first frame: (\\d+) ms$").matcher(r.stdout);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("(?m)^library shown: (\\d+) ms$").matcher(r.stdout);
        assertThat(first.find()).as("stdout: %s", r.stdout).isTrue();
        assertThat(shown.find()).as("stdout: %s", r.stdout).isTrue();
        assertThat(Long.parseLong(shown.group(1))).isGreaterThanOrEqualTo(Long.parseLong(first.group(1)));
        assertThat(r.stdout.indexOf("first frame")).isLessThan(r.stdout.indexOf("library shown"));
        // The timeline, the first view, is drawn with the starter library's events between the two
        // (a library this small needs no provisional overview, so there is no later "in full" mark).
        java.util.regex.Matcher timeline = java.util.regex.Pattern.compile("(?m)^timeline drawn: (\\d+) ms$").matcher(r.stdout);
        assertThat(timeline.find()).as("stdout: %s", r.stdout).isTrue();
        assertThat(Long.parseLong(timeline.group(1))).isBetween(Long.parseLong(first.group(1)), Long.parseLong(shown.group(1)));
        assertThat(r.stdout).doesNotContain("timeline in full");
        // JavaFX's warning that it runs from the class path (by design here) is kept off the console.
        assertThat(r.stderr).doesNotContain("Unsupported JavaFX configuration");
        try (Library opened = Library.open(library)) {
            assertThat(opened.counts().events()).as("the starter library was seeded").isPositive();
        }
    }

    record Result(int exitCode, String stdout, String stderr) {}

    private static Result run(List<String> args) throws IOException, InterruptedException {
        return run(args, true);
    }

    private static Result run(List<String> args, boolean headless) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        // The headless platform, for --measure-startup on a machine without a display (the test's own settings).
        if (headless) command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1200-32"));
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-Duser.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(args);
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process child = pb.start();
        if (!child.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + LIMIT_SECONDS + " s (waiting behind an error dialog?); stderr: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}

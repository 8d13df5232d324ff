package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15, defect 12: what killed first runs leave beside a library goes at the next start, once their process is gone. */
class AbandonedCreationsTest {
    @TempDir Path dir;

    @Test
    void theNextStartRemovesHalfBuiltLibrariesOfProcessesThatAreGoneAndKeepsThoseOfLiveOnes() throws Exception {
        Path library = dir.resolve("Thư viện.db");
        Library.open(library).close();
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        finished.waitFor();
        long gone = finished.pid(), alive = ProcessHandle.current().pid();
        String dead = Library.CREATING_PREFIX + gone + "-123-Thư viện.db", live = Library.CREATING_PREFIX + alive + "-456-Thư viện.db";
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.writeString(dir.resolve(dead + suffix), "half-built");
            Files.writeString(dir.resolve(live + suffix), "being built");
        }
        Files.writeString(dir.resolve(Library.CREATING_PREFIX + "Thư viện.db.lock"), "");

        Library.open(library).close();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(Library.CREATING_PREFIX)))
                    .containsExactlyInAnyOrder(live, live + "-wal", live + "-shm", Library.CREATING_PREFIX + "Thư viện.db.lock");
        }
    }
}

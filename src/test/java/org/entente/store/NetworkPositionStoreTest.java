package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.entente.model.Actor;
import org.entente.model.LibraryContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkPositionStoreTest {
    @TempDir Path dir;

    @Test
    void positionsArePerLayoutReplacedAsAWholeAndSurviveReopening() {
        Path file = dir.resolve("positions.db");
        long vn, ru;
        try (Library lib = Library.open(file)) {
            lib.importContent(new LibraryContent(List.of(Actor.country("Việt Nam", "VNM"), Actor.country("Россия", "RUS")),
                    null, null, null, null, null), "test");
            vn = lib.actors().byName("Việt Nam").orElseThrow().id();
            ru = lib.actors().byName("Россия").orElseThrow().id();
            lib.networkPositions().save("force", List.of(new NetworkPosition(vn, 0, 0, false), new NetworkPosition(ru, 120.5, -40, true)));
            lib.networkPositions().save("ego", List.of(new NetworkPosition(ru, 1, 2, false)));
            lib.networkPositions().save("force", List.of(new NetworkPosition(ru, 10, 20, true)));
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.networkPositions().load("force")).containsExactly(new NetworkPosition(ru, 10, 20, true));
            assertThat(lib.networkPositions().load("ego")).containsExactly(new NetworkPosition(ru, 1, 2, false));
            lib.networkPositions().clear("ego");
            assertThat(lib.networkPositions().load("ego")).isEmpty();
            assertThat(lib.networkPositions().load("force")).hasSize(1);
        }
    }

    @Test
    void aPositionForAnUnknownActorIsRefusedAndNothingIsWritten() {
        try (Library lib = Library.open(dir.resolve("refused.db"))) {
            lib.importContent(new LibraryContent(List.of(Actor.country("Vietnam", "VNM")), null, null, null, null, null), "test");
            long vn = lib.actors().byName("Vietnam").orElseThrow().id();
            lib.networkPositions().save("force", List.of(new NetworkPosition(vn, 5, 5, false)));
            assertThatThrownBy(() -> lib.networkPositions().save("force",
                    List.of(new NetworkPosition(vn, 1, 1, true), new NetworkPosition(vn + 999, 0, 0, false))))
                    .isInstanceOf(LibraryException.class);
            assertThat(lib.networkPositions().load("force")).containsExactly(new NetworkPosition(vn, 5, 5, false));
        }
    }
}

package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FileLocksTest {
    @Test
    void readsTheInodesOfThisProcesssPosixLocksAndNothingElse() {
        List<String> lines = List.of(
                "1: POSIX  ADVISORY  READ 4242 00:2f:1311 1073741826 1073742335",
                "2: POSIX  ADVISORY  READ 4242 00:2f:1312 128 128",
                "3: -> POSIX  ADVISORY  WRITE 4242 00:2f:1313 0 EOF",
                "4: POSIX  ADVISORY  READ 777 00:2f:1314 1073741826 1073742335",
                "5: FLOCK  ADVISORY  WRITE 4242 fd:01:1315 0 EOF",
                "6: OFDLCK ADVISORY  READ -1 00:2f:1316 0 0",
                "garbage");
        assertThat(FileLocks.parse(lines, 4242)).containsExactlyInAnyOrder(1311L, 1312L);
    }
}

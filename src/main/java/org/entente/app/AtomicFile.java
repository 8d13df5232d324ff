package org.entente.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all or nothing: into a temporary file beside it, moved into place once complete.
 * A failure or a cancel (any exception from the writing) leaves no file behind, and an existing
 * file as it was. The open library is refused as a target ({@link OpenLibraryFiles}).
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** What goes into the file. */
    @FunctionalInterface
    public interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    public static Path write(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        OpenLibraryFiles.refuseAsExportTarget(absolute);
        Path tmp = Files.createTempFile(absolute.getParent(), ".entente-export", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writing.writeTo(out);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}

package org.entente.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

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

    /** What goes into a file that its writer must seek in (a video whose index is written last). */
    @FunctionalInterface
    public interface SeekableWriting {
        void writeTo(FileChannel file) throws IOException;
    }

    public static Path write(Path target, Writing writing) throws IOException {
        return writeSeekable(target, file -> {
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(file))) {
                writing.writeTo(out);
            }
        });
    }

    /** As {@link #write(Path, Writing)}, the temporary file given as a channel the writing may seek in. */
    public static Path writeSeekable(Path target, SeekableWriting writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        OpenLibraryFiles.refuseAsExportTarget(absolute);
        Path tmp = Files.createTempFile(absolute.getParent(), ".entente-export", ".tmp");
        try {
            try (FileChannel file = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
                writing.writeTo(file);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}

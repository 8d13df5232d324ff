package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Which files a library's connection has open: the library itself, its write-ahead log
 * ({@code -wal}) and its shared-memory index ({@code -shm}), each by the file system's key for
 * the file (device and inode on Unix; null where the system has none, as on Windows).
 *
 * <p>While a connection is open SQLite never removes its {@code -wal} or {@code -shm}: only the
 * last connection to close does, and the connection's lock tells every other one that it is not
 * the last. So if the files under those names are no longer the ones the connection opened,
 * another program removed them because it could not see this process's locks (ADR 0008), and the
 * connection would go on writing into files nobody will ever read.
 */
record FileIdentity(Object library, Object wal, Object shm) {

    /** The files now at the names of {@code library} (its real path: SQLite puts side files beside the link's target). */
    static FileIdentity of(Path library) {
        return new FileIdentity(key(library), key(side(library, "-wal")), key(side(library, "-shm")));
    }

    static Path side(Path library, String suffix) { return library.resolveSibling(library.getFileName() + suffix); }

    /** Whether the system identifies files at all (not on Windows, where the hazard does not exist either). */
    boolean known() { return library != null; }

    /** Whether the library file at the same name is still the one opened. */
    boolean sameLibrary(FileIdentity now) { return Objects.equals(library, now.library); }

    /** Whether the side files at the same names are still the ones opened. */
    boolean sameSideFiles(FileIdentity now) { return Objects.equals(wal, now.wal) && Objects.equals(shm, now.shm); }

    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null; // not there
        }
    }
}

package org.entente.store;

import java.nio.file.Path;

/** A library that cannot be opened or written, with a message that names the file and the reason. */
public final class LibraryException extends RuntimeException {

    /** Why it failed. */
    public enum Reason { NOT_AN_ENTENTE_LIBRARY, DAMAGED, NEWER_SCHEMA, IN_USE, INVALID_DATA, IO }

    private final Reason reason;
    private final Path file;

    public LibraryException(Reason reason, Path file, String message, Throwable cause) {
        super(file == null ? message : file + ": " + message, cause);
        this.reason = reason;
        this.file = file;
    }

    public LibraryException(Reason reason, Path file, String message) { this(reason, file, message, null); }

    public Reason reason() { return reason; }

    public Path file() { return file; }
}

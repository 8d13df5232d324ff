package org.entente.store;

import java.nio.file.Path;

/** A library that cannot be opened or written, with a message that names the file and the reason. */
public final class LibraryException extends RuntimeException {

    /** Why it failed. */
    public enum Reason {
        NOT_AN_ENTENTE_LIBRARY, DAMAGED, NEWER_SCHEMA, IN_USE, INVALID_DATA, IO,
        /** The file (or its folder, or the whole disk) cannot be written: opened for reading only, edits refused. */
        READ_ONLY,
        /** The disk (or the file system's quota) is full: the edit was rolled back, the library is as it was. */
        DISK_FULL,
        /** The file was removed or replaced by another program while open: nothing more is written to it. */
        GONE
    }

    private final Reason reason;
    private final Path file;

    public LibraryException(Reason reason, Path file, String message, Throwable cause) {
        super(file == null ? message : file + ": " + message, cause);
        this.reason = reason;
        this.file = file;
    }

    public LibraryException(Reason reason, Path file, String message) { this(reason, file, message, null); }

    /** The message a user sees when another window or process kept the library locked. */
    public static final String BUSY_MESSAGE = "The library is busy in another Entente window or another program; try again";

    private LibraryException(Reason reason, Path file, Throwable cause, String wholeMessage) {
        super(wholeMessage, cause);
        this.reason = reason;
        this.file = file;
    }

    /**
     * An edit that could not start because another Entente window or process held the library's
     * write lock for longer than the busy timeout; nothing was written.
     */
    public static LibraryException busy(Path file, Throwable cause) {
        return new LibraryException(Reason.IN_USE, file, cause, file == null ? BUSY_MESSAGE : BUSY_MESSAGE + " (" + file + ")");
    }

    /** The same failure, with a sentence added to its message (what the user can do about it). */
    public LibraryException withAdvice(String sentence) {
        LibraryException e = new LibraryException(reason, file, getCause(), getMessage() + ". " + sentence);
        e.setStackTrace(getStackTrace());
        return e;
    }

    public Reason reason() { return reason; }

    public Path file() { return file; }
}

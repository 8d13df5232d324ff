package org.entente.app.edit;

/** An edit or an undo that could not be made; the message is for the user. The library was left unchanged. */
public final class EditException extends RuntimeException {
    public EditException(String message) { super(message); }

    public EditException(String message, Throwable cause) { super(message, cause); }
}

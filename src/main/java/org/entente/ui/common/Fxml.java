package org.entente.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;

import javafx.fxml.FXMLLoader;

/**
 * Loads a view's {@code .fxml} with the given object as its controller: the layout in the file,
 * the behaviour in the small class beside it, bound to the existing view model
 * (docs/decisions/0010-fxml-for-static-layouts.md).
 */
public final class Fxml {
    private Fxml() {}

    /** Loads {@code fxml} with {@code controller} (its {@code @FXML} fields are filled) and returns the root node. */
    public static <T> T load(URL fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(fxml, "fxml"));
        loader.setController(controller);
        // Texts written "%key" in the file come from the interface language's bundles.
        loader.setResources(org.entente.i18n.I18n.fxmlBundle());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + fxml, e);
        }
    }
}

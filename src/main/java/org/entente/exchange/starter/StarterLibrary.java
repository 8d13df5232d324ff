package org.entente.exchange.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.entente.exchange.bundle.Bundle;
import org.entente.exchange.bundle.BundleReader;
import org.entente.model.LibraryContent;

/**
 * The starter library "Vietnam's bamboo diplomacy, 2008–2024" that seeds a new library: events,
 * partnership spells, trade figures and periods drawn from the project's reference material, each
 * with its sources. It ships as an Entente JSON bundle ({@value #RESOURCE}).
 */
public final class StarterLibrary {
    /** Classpath location of the bundle. */
    public static final String RESOURCE = "/org/entente/starter/starter-library.json";
    /** The origin to give {@code Library.importContent} for these records. */
    public static final String ORIGIN = "starter";

    private StarterLibrary() {}

    /** The starter library's records, ready for {@code library.importContent(content, "starter")}. */
    public static LibraryContent read() {
        return readBundle().content();
    }

    /**
     * The whole starter bundle, with its title and the links between its events (which
     * {@link LibraryContent} cannot carry).
     *
     * @throws IllegalStateException if the shipped file is missing or broken (a build error, caught by the tests)
     */
    public static Bundle readBundle() {
        try (InputStream in = StarterLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the starter library " + RESOURCE + " is not on the classpath");
            return BundleReader.read(in, "starter-library.json").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("the starter library could not be read", e);
        }
    }
}

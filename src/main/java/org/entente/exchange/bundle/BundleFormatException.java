package org.entente.exchange.bundle;

import java.util.List;

/** A bundle that could not be read; the message lists every error with file, line and field. */
public final class BundleFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<BundleProblem> problems;

    public BundleFormatException(String message, List<BundleProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<BundleProblem> problems() { return problems; }
}

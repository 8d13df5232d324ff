package org.entente.exchange.bundle;

import java.util.List;

/**
 * What reading a bundle gave: the bundle when it could be read without errors, and every problem
 * found (errors and warnings), in file order. Reading is all-or-nothing: with any error there is
 * no bundle, so half a file never reaches a library.
 */
public record BundleReadResult(Bundle bundle, List<BundleProblem> problems) {
    public BundleReadResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
        if (bundle != null)
            for (BundleProblem p : problems)
                if (p.isError()) throw new IllegalArgumentException("a result with errors carries no bundle");
    }

    public boolean ok() { return bundle != null; }

    public List<BundleProblem> errors() { return problems.stream().filter(BundleProblem::isError).toList(); }

    public List<BundleProblem> warnings() { return problems.stream().filter(p -> !p.isError()).toList(); }

    /** The bundle, or an exception listing the errors (for files that ship with the app). */
    public Bundle orElseThrow() {
        if (bundle != null) return bundle;
        StringBuilder sb = new StringBuilder(org.entente.i18n.I18n.t("exchange.bundle.could-not-read"));
        for (BundleProblem p : errors()) sb.append(System.lineSeparator()).append("  ").append(p);
        throw new BundleFormatException(sb.toString(), errors());
    }
}

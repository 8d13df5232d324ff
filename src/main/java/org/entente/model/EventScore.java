package org.entente.model;

/**
 * The numbers a coded event file (GDELT) gives an event beside its date, actors and category. Any
 * of them may be missing (null): a row of the file may leave a field blank.
 *
 * @param goldstein  the event code's score on the Goldstein scale, −10 (conflict) to +10 (cooperation)
 * @param avgTone    the mean tone of the articles that mention it, −100 to +100
 * @param mentions   how many mentions the event had in the first 15 minutes or day of reports
 * @param sources    how many information sources mentioned it
 * @param articles   how many source documents mentioned it
 * @param cameoCode  the full CAMEO event code, e.g. "0423"
 * @param gdeltId    GDELT's GLOBALEVENTID, unique across its files
 */
public record EventScore(Double goldstein, Double avgTone, Integer mentions, Integer sources, Integer articles,
                         String cameoCode, Long gdeltId) {
    public EventScore {
        if (goldstein != null && (goldstein.isNaN() || goldstein < -10 || goldstein > 10))
            throw new IllegalArgumentException("Goldstein score " + goldstein + " is not between -10 and 10");
        if (avgTone != null && (avgTone.isNaN() || avgTone < -100 || avgTone > 100))
            throw new IllegalArgumentException("tone " + avgTone + " is not between -100 and 100");
        if (mentions != null && mentions < 0) throw new IllegalArgumentException("mentions cannot be negative");
        if (sources != null && sources < 0) throw new IllegalArgumentException("sources cannot be negative");
        if (articles != null && articles < 0) throw new IllegalArgumentException("articles cannot be negative");
        cameoCode = cameoCode == null || cameoCode.isBlank() ? null : cameoCode.strip();
    }
}

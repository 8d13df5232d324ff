package org.entente.model;

/**
 * Every yes / abstain / no cast on the library's roll calls (events in category "UN vote" whose
 * participants have one of those three roles), packed in arrays for the agreement measures: roll
 * call {@code r}'s votes are the entries {@code [start[r], start[r + 1])} of {@code actor} and
 * {@code vote}. A country that did not vote has no entry: absence is not a vote.
 *
 * @param year        the year of each roll call
 * @param start       where each roll call's votes begin; one entry more than roll calls
 * @param actor       the voting actor's id
 * @param vote        {@link #YES}, {@link #ABSTAIN} or {@link #NO}, in half points (yes = 1, abstain = 0.5, no = 0)
 * @param fingerprint a checksum of all of the above, which changes when any vote, roll call or date does
 */
public record RollCallVotes(int[] year, int[] start, long[] actor, byte[] vote, long fingerprint) {
    public static final byte NO = 0, ABSTAIN = 1, YES = 2;

    public RollCallVotes {
        if (start.length != year.length + 1) throw new IllegalArgumentException("start needs one entry per roll call and one more");
        if (actor.length != vote.length || start[start.length - 1] != actor.length)
            throw new IllegalArgumentException("actor and vote must hold every vote");
    }

    public int rollCalls() { return year.length; }

    public int votes() { return actor.length; }

    /** The vote code of a role ("yes", "abstain", "no", any case), or -1 when the role is no vote. */
    public static int code(String role) {
        if (role == null) return -1;
        return switch (role.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> YES;
            case "abstain" -> ABSTAIN;
            case "no" -> NO;
            default -> -1;
        };
    }
}

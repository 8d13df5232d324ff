package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.model.RollCallVotes.ABSTAIN;
import static org.entente.model.RollCallVotes.NO;
import static org.entente.model.RollCallVotes.YES;

import java.util.List;

import org.entente.model.RollCallVotes;
import org.junit.jupiter.api.Test;

/** Agreement on hand-made roll calls whose answers are worked out by hand in the comments. */
class UnAgreementTest {
    /** Roll calls as {year, actor, vote, actor, vote, …}. */
    static RollCallVotes votes(int[]... rollCalls) {
        int total = 0;
        for (int[] rc : rollCalls) total += (rc.length - 1) / 2;
        int[] year = new int[rollCalls.length], start = new int[rollCalls.length + 1];
        long[] actor = new long[total];
        byte[] vote = new byte[total];
        int v = 0;
        for (int r = 0; r < rollCalls.length; r++) {
            year[r] = rollCalls[r][0];
            start[r] = v;
            for (int i = 1; i < rollCalls[r].length; i += 2) {
                actor[v] = rollCalls[r][i];
                vote[v] = (byte) rollCalls[r][i + 1];
                v++;
            }
        }
        start[rollCalls.length] = v;
        return new RollCallVotes(year, start, actor, vote, 42);
    }

    @Test
    void shareSAndKappaOfAKnownCase() {
        // 1990, four roll calls; countries 7 and 9:
        //   yes/yes, no/no, yes/no, yes/abstain; country 8 votes only on the first (absent elsewhere).
        UnAgreement a = UnAgreement.compute(votes(
                new int[] {1990, 7, YES, 9, YES, 8, NO},
                new int[] {1990, 9, NO, 7, NO},
                new int[] {1990, 7, YES, 9, NO},
                new int[] {1990, 7, YES, 9, ABSTAIN}));
        List<UnAgreement.Year> s = a.series(7, 9);
        assertThat(s).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(1990);
            assertThat(y.shared()).isEqualTo(4);
            assertThat(y.same()).isEqualTo(2);
            assertThat(y.agreement()).isEqualTo(0.5);
            // distances |x - y|: 0, 0, 1, 0.5 -> mean 0.375 -> S = 1 - 2 * 0.375 = 0.25
            assertThat(y.s()).isCloseTo(0.25, within(1e-12));
            // marginals: 7 = {yes 3/4, no 1/4}; 9 = {yes 1/4, no 2/4, abstain 1/4}
            // expected distance = 3/4*(1/4*0 + 2/4*1 + 1/4*0.5) + 1/4*(1/4*1 + 2/4*0 + 1/4*0.5) = 0.46875 + 0.09375 = 0.5625
            // kappa = 1 - 0.375 / 0.5625 = 1/3
            assertThat(y.kappa()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(y.unsure()).isTrue(); // 4 < 10 shared roll calls
        });
        // the pair read the other way round: the same figures, the table transposed
        UnAgreement.Year back = a.series(9, 7).get(0);
        assertThat(back.agreement()).isEqualTo(0.5);
        assertThat(back.kappa()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(back.table()[NO * 3 + YES]).isEqualTo(1); // 9 said no where 7 said yes
        // country 8 shared one roll call with each: agreement 0 with both, S = -1
        assertThat(a.series(8, 7)).singleElement().satisfies(y -> {
            assertThat(y.shared()).isEqualTo(1);
            assertThat(y.agreement()).isZero();
            assertThat(y.s()).isEqualTo(-1);
        });
    }

    @Test
    void yearsAreSeparateAndGapsStayGaps() {
        UnAgreement a = UnAgreement.compute(votes(
                new int[] {1980, 1, YES, 2, YES},
                new int[] {1982, 1, YES, 2, NO},
                new int[] {1982, 1, ABSTAIN, 3, ABSTAIN}));
        assertThat(a.series(1, 2)).extracting(UnAgreement.Year::year).containsExactly(1980, 1982); // no 1981
        assertThat(a.series(1, 2)).extracting(UnAgreement.Year::agreement).containsExactly(1.0, 0.0);
        assertThat(a.series(2, 3)).isEmpty(); // never voted on the same roll call
        assertThat(a.series(1, 3).get(0).kappa()).isNaN(); // both always abstained: chance explains everything, kappa undefined
        assertThat(a.series(1, 1)).isEmpty();
        assertThat(a.series(1, 99)).isEmpty();
        assertThat(a.pairYears()).isEqualTo(3);
    }

    @Test
    void noVotesNoFigures() {
        UnAgreement a = UnAgreement.compute(new RollCallVotes(new int[0], new int[] {0}, new long[0], new byte[0], 0));
        assertThat(a.pairYears()).isZero();
        assertThat(a.series(1, 2)).isEmpty();
    }
}

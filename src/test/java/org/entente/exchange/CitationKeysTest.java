package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.entente.model.EventDate;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;

/** Issue #15, defect 8: BibTeX keys stay letters and digits however many sources share an author and year. */
class CitationKeysTest {
    @Test
    void manySourcesOfOneAuthorAndYearGetDistinctPlainKeys() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 760; i++)
            sources.add(new Source(0, "Report " + i, "VNA", "Vietnam News Agency", EventDate.ofYear(2024), null, null, null));
        List<String> keys = Citations.keys(sources);
        assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.matches("vietnam2024[a-z]*"), "letters after the year");
        assertThat(keys.subList(0, 3)).containsExactly("vietnam2024", "vietnam2024a", "vietnam2024b");
        assertThat(keys.get(26)).isEqualTo("vietnam2024z");
        assertThat(keys.get(27)).isEqualTo("vietnam2024aa");
        assertThat(keys.get(28)).isEqualTo("vietnam2024ab");
        assertThat(keys.get(26 + 26 * 26 + 1)).isEqualTo("vietnam2024aaa");
    }
}

package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.entente.model.Category;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.junit.jupiter.api.Test;

class UnVotesReaderTest {
    /** The hand-made files of src/test/resources/un-votes-small, gzipped as the shipped ones are, with one replaced. */
    static UnVotesReader.Files small(String replacedName, String replacedText) {
        return name -> {
            byte[] text;
            if (name.equals(replacedName)) text = replacedText.getBytes(StandardCharsets.UTF_8);
            else try (InputStream in = UnVotesReaderTest.class.getResourceAsStream("/un-votes-small/" + name.replace(".gz", ""))) {
                text = in.readAllBytes();
            }
            return gzip(text);
        };
    }

    static InputStream gzip(byte[] text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    @Test
    void rollCallsBecomeEventsWithTheVotesAsRoles() {
        UnVotesReader.Result r = UnVotesReader.read(small(null, null));
        assertThat(r.ok()).isTrue();
        assertThat(r.events()).hasSize(3);
        assertThat(r.votes()).isEqualTo(10);
        Event first = r.events().get(0);
        assertThat(first.title()).isEqualTo("R/1/1: FIRST");
        assertThat(first.category()).isEqualTo(Category.UN_VOTE);
        assertThat(first.when().start().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(first.when().toString()).isEqualTo("1950-03-01");
        assertThat(first.importance()).isEqualTo(UnVotesReader.ORDINARY);
        assertThat(first.tags()).containsExactly("Colonialism");
        assertThat(first.summary()).contains("THE FIRST ROLL CALL", "session 1", "Yes 2, no 1, abstain 1");
        assertThat(first.sources()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(UnVotesReader.SOURCE);
            assertThat(c.locator()).isEqualTo("roll call 1, R/1/1");
        });
        Map<String, String> votes = first.participants().stream().collect(Collectors.toMap(p -> p.actor().name(), Participant::role));
        assertThat(votes).containsExactlyInAnyOrderEntriesOf(Map.of("Namibia", "yes", "Zanzibar", "no", "Russia", "yes", "Vietnam", "abstain"));
        Event second = r.events().get(1);
        assertThat(second.importance()).isEqualTo(UnVotesReader.IMPORTANT);
        assertThat(second.tags()).containsExactly("Colonialism", "Human rights");
        assertThat(second.summary()).contains("an amendment");
        Event third = r.events().get(2);
        assertThat(third.summary()).contains("a paragraph", "not known");
        // absent countries did not vote: no participant for them
        assertThat(third.participants()).extracting(p -> p.actor().name()).containsExactly("Vietnam", "Russia");
    }

    @Test
    void quirksAreMappedAsDocumented() {
        UnVotesReader.Result r = UnVotesReader.read(small(null, null));
        Map<String, String> iso = r.countries().stream()
                .collect(Collectors.toMap(a -> a.name(), a -> String.valueOf(a.isoCode())));
        assertThat(iso).containsEntry("Namibia", "NAM") // "NA" is a code, not a missing value
                .containsEntry("Zanzibar", "null") // no code: a country by name
                .containsEntry("Yugoslavia", "null") // withdrawn code: no current alpha-3
                .containsEntry("Russia", "RUS") // the Soviet Union's votes too, as the dataset codes them
                .containsEntry("Vietnam", "VNM");
        assertThat(UnVotesReader.iso3("NA")).isEqualTo("NAM");
        assertThat(UnVotesReader.iso3("")).isNull();
        assertThat(UnVotesReader.iso3("DD")).isNull();
    }

    @Test
    void badRowsAreNamedByFileLineAndFieldAndYieldNothing() {
        UnVotesReader.Result r = UnVotesReader.read(small(UnVotesReader.VOTES,
                "\"rcid\",\"country\",\"country_code\",\"vote\"\n1,\"Vietnam\",\"VN\",\"yes\"\n1,\"Russia\",\"RU\",\"maybe\"\n9,\"Russia\",\"RU\",\"no\"\n"));
        assertThat(r.ok()).isFalse();
        assertThat(r.events()).isEmpty();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("un_votes.csv.gz");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("vote");
            assertThat(p.message()).contains("\"maybe\" is not yes, no or abstain");
        });
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("roll call 9 is not in un_roll_calls.csv.gz");
        });
        UnVotesReader.Result dates = UnVotesReader.read(small(UnVotesReader.ROLL_CALLS,
                "\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n1,1,0,1950-13-01,\"R\",0,0,\"X\",\"Y\"\n"));
        assertThat(dates.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("date");
        });
    }
}

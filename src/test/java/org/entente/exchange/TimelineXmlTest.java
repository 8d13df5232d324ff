package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.entente.model.DateRange;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.Period;
import org.junit.jupiter.api.Test;

class TimelineXmlTest {
    static final Path VERSIONS = org.entente.TestFiles.corpus("thetimelineproj/versions.timeline");

    static ImportResult read(String xml, TimelineXml.CategoryMode mode) {
        return TimelineXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.timeline", mode);
    }

    @Test
    void readsTheVersionsTimeline() {
        ImportResult r = TimelineXml.read(VERSIONS);
        assertThat(r.hasErrors()).isFalse();
        List<Event> events = r.content().events();
        assertThat(events).hasSize(59);
        Event first = events.get(0);
        assertThat(first.title()).isEqualTo("Timeline 0.20.0");
        assertThat(first.when()).isEqualTo(DateRange.of(EventDate.ofDay(2013, 3, 30)));
        assertThat(first.category().label()).isEqualTo("Planned Release");
        assertThat(first.summary()).startsWith("Timeline 0.20.0, released on 30 March 2013");
        Event last = events.get(58);
        assertThat(last.title()).isEqualTo("Timeline 2.3.0");
        assertThat(last.category().label()).isEqualTo("Future Release");
        // &lt; and &gt; in the file are text, decoded once.
        assertThat(last.summary()).contains("`Download source <https://jenkins.rickardlindberg.me/");
        assertThat(events).extracting(e -> e.category().label()).containsOnly("Planned Release", "Correction Release", "Future Release");
    }

    @Test
    void categoriesCanArriveAsTags() {
        ImportResult r = TimelineXml.read(VERSIONS, TimelineXml.CategoryMode.TAGS);
        assertThat(r.content().events().get(0).tags()).containsExactly("Planned Release");
        assertThat(r.content().events().get(0).category().key()).isEqualTo("other");
    }

    static final String SAMPLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <timeline>
              <version>2.9.0</version>
              <timetype>gregoriantime</timetype>
              <categories>
                <category><name>Diplomacy</name><color>255,0,0</color></category>
                <category><name>Visits</name><color>0,0,255</color><parent>Diplomacy</parent></category>
              </categories>
              <events>
                <event><start>2024-06-19 09:00:00</start><end>2024-06-20 18:00:00</end><text>[1]Putin's tour</text><fuzzy>False</fuzzy></event>
                <event><start>2024-06-19 09:00:00</start><end>2024-06-20 00:00:00</end><text>(1)Hà Nội talks</text>
                  <fuzzy>True</fuzzy><category>Visits</category><hyperlink>https://example.org/visit</hyperlink></event>
                <event><start>2024-06-18 00:00:00</start><end>2024-06-18 00:00:00</end><text>(1)Pyongyang</text><milestone>True</milestone></event>
                <event><start>1986-12-15 00:00:00</start><end>1986-12-15 00:00:00</end><text>Đổi Mới</text><ends_today>True</ends_today></event>
              </events>
              <eras>
                <era><name>Russia's war</name><start>2022-02-24 00:00:00</start><end>2022-02-24 00:00:00</end><color>200,100,50</color><ends_today>True</ends_today></era>
              </eras>
            </timeline>
            """;

    @Test
    void containersFuzzyMilestonesErasAndSubcategories() {
        ImportResult r = read(SAMPLE, TimelineXml.CategoryMode.TAGS);
        assertThat(r.hasErrors()).isFalse();
        List<Event> events = r.content().events();
        assertThat(events).extracting(Event::title).containsExactly("Hà Nội talks", "Pyongyang", "Đổi Mới");
        Event talks = events.get(0);
        assertThat(talks.when().toString()).isEqualTo("~2024-06-19/~2024-06-20");
        assertThat(talks.tags()).containsExactly("Putin's tour", "Visits", "Diplomacy");
        assertThat(talks.sources().get(0).source().url()).isEqualTo("https://example.org/visit");
        assertThat(events.get(1).tags()).containsExactly("Putin's tour", "milestone");
        assertThat(events.get(1).importance()).isEqualTo(4);
        assertThat(events.get(2).when()).isEqualTo(DateRange.ongoingFrom(EventDate.ofDay(1986, 12, 15)));
        assertThat(r.content().periods()).containsExactly(new Period(0, "Russia's war", DateRange.ongoingFrom(EventDate.ofDay(2022, 2, 24)), "#c86432", null));
        assertThat(r.problems()).extracting(Problem::message).containsExactly("1 container became tags on their sub-events");
    }

    @Test
    void anXmlBombIsRefusedQuicklyAndSafely() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE timeline [\n <!ENTITY lol \"lol\">\n");
        bomb.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            bomb.append(" <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) bomb.append("&lol").append(i - 1).append(';');
            bomb.append("\">\n");
        }
        bomb.append("]>\n<timeline><events><event><text>&lol9;</text><start>2020-01-01 00:00:00</start></event></events></timeline>");
        long t0 = System.nanoTime();
        ImportResult r = read(bomb.toString(), TimelineXml.CategoryMode.CATEGORIES);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.content().size()).isZero();
        assertThat(r.problems().get(0).toString()).startsWith("t.timeline line ").contains("not a readable Timeline file", "DOCTYPE");
    }

    @Test
    void externalEntitiesAreNeverFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE timeline [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<timeline><events><event><text>&x;</text><start>2020-01-01 00:00:00</start></event></events></timeline>";
        ImportResult r = read(xxe, TimelineXml.CategoryMode.CATEGORIES);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.content().events()).isEmpty();
        String netDtd = "<?xml version=\"1.0\"?><!DOCTYPE timeline SYSTEM \"http://127.0.0.1:9/evil.dtd\"><timeline/>";
        assertThat(read(netDtd, TimelineXml.CategoryMode.CATEGORIES).hasErrors()).isTrue();
    }

    @Test
    void deepNestingTruncationEmptinessAndBadDatesAreProblems() {
        String deep = "<timeline>" + "<a>".repeat(200) + "</a>".repeat(200) + "</timeline>";
        assertThat(read(deep, TimelineXml.CategoryMode.CATEGORIES).problems().get(0).message()).contains("nested more than 64 deep");
        String truncated = SAMPLE.substring(0, SAMPLE.length() / 2);
        assertThat(read(truncated, TimelineXml.CategoryMode.CATEGORIES).hasErrors()).isTrue();
        assertThat(read("", TimelineXml.CategoryMode.CATEGORIES).hasErrors()).isTrue();
        String badDate = "<timeline><events><event>\n<text>x</text><start>2020-02-30 00:00:00</start></event></events></timeline>";
        assertThat(read(badDate, TimelineXml.CategoryMode.CATEGORIES).problems()).extracting(Problem::toString)
                .containsExactly("t.timeline line 1, column \"start\": \"2020-02-30\" is not a date: day 30 (February 2020 has 29 days)");
        assertThat(read("<svg/>", TimelineXml.CategoryMode.CATEGORIES).problems().get(0).message()).contains("not <timeline>");
    }
}

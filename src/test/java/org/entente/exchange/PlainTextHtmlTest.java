package org.entente.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #15, defects 5 and 6: HTML in imported text is read by a real HTML parser (jsoup), and blank lines survive. */
class PlainTextHtmlTest {
    @Test
    void namedEntitiesOfTheWholeHtmlTableAreDecoded() {
        assertThat(PlainText.fromHtml("T&ocirc; L&acirc;m met V&otilde; V&#259;n Th&#432;&#7903;ng")).isEqualTo("Tô Lâm met Võ Văn Thưởng");
        assertThat(PlainText.fromHtml("&laquo;&nbsp;Đổi Mới&nbsp;&raquo; &euro;5 &times; 2")).isEqualTo("« Đổi Mới » €5 × 2");
    }

    @Test
    void aLessThanSignFollowedByASpaceIsText() {
        assertThat(PlainText.fromHtml("1 < 2 and 3 > 2")).isEqualTo("1 < 2 and 3 > 2");
        assertThat(PlainText.fromHtml("<p>a<b and c>d</p>")).isEqualTo("ad"); // a real (if odd) tag is dropped
    }

    @Test
    void markupAndScriptsLeaveNoTrace() {
        assertThat(PlainText.fromHtml("<p>Talks in <b>Hà Nội</b></p><script>alert('x')</script><style>p{}</style><!-- note -->"
                + "<img src=\"http://example.org/x.png\" onerror=\"alert(1)\"><p>Second</p>")).isEqualTo("Talks in Hà Nội\nSecond");
        assertThat(PlainText.fromHtml("<blockquote>We are friends</blockquote><cite>Tô Lâm</cite>")).isEqualTo("We are friends\n— Tô Lâm");
    }

    @Test
    void blankLinesWrittenAsBreaksSurviveAndRoundTripThroughTheExportsEscaping() {
        assertThat(PlainText.fromHtml("First<br><br>Third")).isEqualTo("First\n\nThird");
        for (String text : new String[] {"One line", "Line 1\nLine 2", "Para 1\n\nPara 2", "a\n\n\nb", "1 < 2 & 3 > 2 \"quoted\"",
                "Tô Lâm\n\n习近平 & Путин"})
            assertThat(PlainText.fromHtml(PlainText.escapeHtml(text))).as(text).isEqualTo(text);
    }
}

package org.entente.model.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.model.markdown.Inline.plain;
import static org.entente.model.markdown.Inline.styled;

import java.util.List;
import java.util.Set;

import org.entente.model.markdown.Block.Heading;
import org.entente.model.markdown.Block.ListBlock;
import org.entente.model.markdown.Block.Paragraph;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void emphasisStrongAndCodeInOneLine() {
        assertThat(Markdown.inlines("Vietnam's *bamboo diplomacy* under **Đổi Mới** (`VNM`)")).containsExactly(
                plain("Vietnam's "), styled("bamboo diplomacy", Style.ITALIC), plain(" under "), styled("Đổi Mới", Style.BOLD),
                plain(" ("), styled("VNM", Style.CODE), plain(")"));
        assertThat(Markdown.inlines("__Tô Lâm__ and _Путин_")).containsExactly(
                styled("Tô Lâm", Style.BOLD), plain(" and "), styled("Путин", Style.ITALIC));
    }

    @Test
    void nestedStylesCombine() {
        assertThat(Markdown.inlines("*a **b** c*")).containsExactly(
                styled("a ", Style.ITALIC), styled("b", Style.ITALIC, Style.BOLD), styled(" c", Style.ITALIC));
        assertThat(Markdown.inlines("**bold with *italic* inside**")).containsExactly(
                styled("bold with ", Style.BOLD), styled("italic", Style.BOLD, Style.ITALIC), styled(" inside", Style.BOLD));
        assertThat(Markdown.inlines("***both***")).containsExactly(styled("both", Style.BOLD, Style.ITALIC));
    }

    @Test
    void unmatchedOrSpacedMarkersStayAsTyped() {
        assertThat(Markdown.inlines("2 * 3 * 4")).containsExactly(plain("2 * 3 * 4"));
        assertThat(Markdown.inlines("**not closed")).containsExactly(plain("**not closed"));
        assertThat(Markdown.inlines("trade_figure and snake_case_name")).containsExactly(plain("trade_figure and snake_case_name"));
        assertThat(Markdown.inlines("a `dangling tick")).containsExactly(plain("a `dangling tick"));
        assertThat(Markdown.inlines("\\*literal\\* stars")).containsExactly(plain("*literal* stars"));
        assertThat(Markdown.inlines("")).isEmpty();
    }

    @Test
    void codeIsNotParsedInside() {
        assertThat(Markdown.inlines("run `**x** and *y*` now")).containsExactly(
                plain("run "), styled("**x** and *y*", Style.CODE), plain(" now"));
        assertThat(Markdown.inlines("``a ` tick``")).containsExactly(styled("a ` tick", Style.CODE));
    }

    @Test
    void linksKeepTheirUrlAndAreShownAsLabelAndUrlInPlainText() {
        List<Inline> runs = Markdown.inlines("See [UN Press **GA/12407**](https://press.un.org/en/2022/ga12407.doc.htm).");
        assertThat(runs).containsExactly(plain("See "),
                new Inline("UN Press ", Set.of(), "https://press.un.org/en/2022/ga12407.doc.htm"),
                new Inline("GA/12407", Set.of(Style.BOLD), "https://press.un.org/en/2022/ga12407.doc.htm"),
                plain("."));
        assertThat(Markdown.plainText(Markdown.parse("See [UN Press](https://press.un.org/x).")))
                .isEqualTo("See UN Press (https://press.un.org/x).");
        // not a link: a space in the target, or no target
        assertThat(Markdown.inlines("[a](not a url) [b]()")).containsExactly(plain("[a](not a url) [b]()"));
    }

    @Test
    void headingsListsAndParagraphs() {
        String note = """
                # Vietnam–Russia, 2024

                Putin's visit came *after* the
                Swiss peace summit.

                - first **point**
                - second point
                  continued here
                * third

                3. later
                4) then
                ## Open questions ##
                """;
        List<Block> blocks = Markdown.parse(note);
        assertThat(blocks).containsExactly(
                new Heading(1, List.of(plain("Vietnam–Russia, 2024"))),
                new Paragraph(List.of(plain("Putin's visit came "), styled("after", Style.ITALIC), plain(" the\nSwiss peace summit."))),
                new ListBlock(false, 1, List.of(
                        List.of(plain("first "), styled("point", Style.BOLD)),
                        List.of(plain("second point\ncontinued here")),
                        List.of(plain("third")))),
                new ListBlock(true, 3, List.of(List.of(plain("later")), List.of(plain("then")))),
                new Heading(2, List.of(plain("Open questions"))));
        assertThat(Markdown.plainText(blocks)).isEqualTo("""
                Vietnam–Russia, 2024
                Putin's visit came after the
                Swiss peace summit.
                • first point
                • second point
                continued here
                • third
                3. later
                4. then
                Open questions""");
    }

    @Test
    void aListEndsWhereAnUnindentedLineOrTheOtherKindOfListStarts() {
        List<Block> blocks = Markdown.parse("- a\n1. one\nplain text\n#not a heading\n---");
        assertThat(blocks).containsExactly(
                new ListBlock(false, 1, List.of(List.of(plain("a")))),
                new ListBlock(true, 1, List.of(List.of(plain("one")))),
                new Paragraph(List.of(plain("plain text\n#not a heading\n---"))));
    }

    @Test
    void nothingToParse() {
        assertThat(Markdown.parse(null)).isEmpty();
        assertThat(Markdown.parse("  \n\n ")).isEmpty();
        assertThat(Markdown.parse("\r\nline one\r\nline two")).containsExactly(new Paragraph(List.of(plain("line one\nline two"))));
    }
}

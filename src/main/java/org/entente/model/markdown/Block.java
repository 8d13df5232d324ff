package org.entente.model.markdown;

import java.util.List;

/** One block of a note: a paragraph, a heading or a list. */
public sealed interface Block {

    /** Lines of text; lines of one paragraph are kept apart by '\n' in its runs. */
    record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph { inlines = List.copyOf(inlines); }
    }

    /** A heading of level 1–6 ("#" to "######"). */
    record Heading(int level, List<Inline> inlines) implements Block {
        public Heading {
            if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level + " is not 1–6");
            inlines = List.copyOf(inlines);
        }
    }

    /**
     * A bulleted or numbered list.
     *
     * @param ordered whether numbered
     * @param start   the first number of a numbered list (1 for bullets)
     * @param items   each item's runs
     */
    record ListBlock(boolean ordered, int start, List<List<Inline>> items) implements Block {
        public ListBlock { items = items.stream().map(List::copyOf).toList(); }
    }
}

package org.entente.exchange;

import java.util.List;

import org.entente.model.LibraryContent;

/**
 * What a reader made of a file: the records it could read and every problem it found. Records
 * are returned even when there are errors, so a preview can show both; an importer must not
 * store content whose result {@link #hasErrors() has errors}.
 *
 * @param format   a reader's name for the format, e.g. "TimelineJS JSON"
 * @param content  the records read
 * @param problems the problems, in file order
 */
public record ImportResult(String format, LibraryContent content, List<Problem> problems) {
    public ImportResult {
        content = content == null ? LibraryContent.empty() : content;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ImportResult failed(String format, Problem problem) {
        return new ImportResult(format, LibraryContent.empty(), List.of(problem));
    }

    public boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }

    public List<Problem> errors() { return problems.stream().filter(Problem::isError).toList(); }
}

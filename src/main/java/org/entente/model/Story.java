package org.entente.model;

import java.util.List;

/**
 * A lecturer's story: an ordered list of slides, played full screen one after another.
 *
 * @param id     the library's id, or 0 when not yet stored
 * @param title  the story's name
 * @param slides in playing order
 */
public record Story(long id, String title, List<Slide> slides) {
    public Story {
        title = title == null || title.isBlank() ? "Untitled story" : title.strip();
        slides = slides == null ? List.of() : List.copyOf(slides);
    }
}

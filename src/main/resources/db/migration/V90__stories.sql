-- Stories: a lecturer's ordered slides, each a saved state of the main window's views.
-- A slide's state is a set of named text fields ("view", "timeline.from", "network.date", …) so a
-- field added by a later version is kept by an older one and compared field by field.
CREATE TABLE story (
    id      INTEGER PRIMARY KEY,
    title   TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE slide (
    id       INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title    TEXT NOT NULL,
    notes    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX slide_by_story ON slide (story_id, position);

CREATE TABLE slide_state (
    slide_id INTEGER NOT NULL REFERENCES slide(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (slide_id, name)
) WITHOUT ROWID;

-- A researcher's marks on any record: a star, a highlight colour and free tags, one row per
-- record. A row exists only while the record carries at least one mark (clearing them all
-- deletes it), so "annotated" is simply "has a row here or a note".
-- record_kind takes the names of org.entente.model.RecordKind, like note.record_kind.
CREATE TABLE annotation (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('EVENT', 'PARTNERSHIP', 'TRADE_FIGURE', 'ACTOR', 'SOURCE', 'PERIOD')),
    record_id   INTEGER NOT NULL,
    starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    highlight   TEXT CHECK (highlight IS NULL OR highlight GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    tags        TEXT NOT NULL DEFAULT '',   -- '|'-separated, like note.tags
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (record_kind, record_id)
) WITHOUT ROWID;

-- Records the user marked or wrote a note on: the "my annotations" filter of every view.
CREATE VIEW annotated_record (record_kind, record_id) AS
    SELECT record_kind, record_id FROM annotation
    UNION
    SELECT record_kind, record_id FROM note;

-- A deleted record takes its marks with it (in the delete's transaction), so that a later
-- record given the same id does not inherit them.
CREATE TRIGGER annotation_event_gone AFTER DELETE ON event BEGIN
    DELETE FROM annotation WHERE record_kind = 'EVENT' AND record_id = old.id;
END;
CREATE TRIGGER annotation_partnership_gone AFTER DELETE ON partnership BEGIN
    DELETE FROM annotation WHERE record_kind = 'PARTNERSHIP' AND record_id = old.id;
END;
CREATE TRIGGER annotation_trade_figure_gone AFTER DELETE ON trade_figure BEGIN
    DELETE FROM annotation WHERE record_kind = 'TRADE_FIGURE' AND record_id = old.id;
END;
CREATE TRIGGER annotation_actor_gone AFTER DELETE ON actor BEGIN
    DELETE FROM annotation WHERE record_kind = 'ACTOR' AND record_id = old.id;
END;
CREATE TRIGGER annotation_source_gone AFTER DELETE ON source BEGIN
    DELETE FROM annotation WHERE record_kind = 'SOURCE' AND record_id = old.id;
END;
CREATE TRIGGER annotation_period_gone AFTER DELETE ON period BEGIN
    DELETE FROM annotation WHERE record_kind = 'PERIOD' AND record_id = old.id;
END;

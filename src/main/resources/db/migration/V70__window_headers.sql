-- One-year windows at a million events: what the timeline needs of each event comes from one
-- covering index, in start order, as one packed text per event, so a window of ~8,000 events is
-- one index range scan and one string handed to Java (EventStore.inWindow). Reading nine columns
-- per row through JDBC cost more than the query itself (BENCHMARKS.md, "window query").

-- The participants' actor ids in position order, comma-separated ('' for none). Written with the
-- participants by EventStore.save and the bulk loader, in the same transaction.
ALTER TABLE event ADD COLUMN actor_ids TEXT NOT NULL DEFAULT '';
UPDATE event SET actor_ids = coalesce((SELECT group_concat(x.actor_id, ',' ORDER BY x.position)
                                         FROM event_actor x WHERE x.event_id = event.id), '');

-- The packed header: fields separated by U+001F, in the order EventStore.parseHeader reads them.
-- Titles never hold control characters (Event strips them), so the separators are unambiguous.
-- VIRTUAL: computed, stored only in the index below.
ALTER TABLE event ADD COLUMN window_header TEXT GENERATED ALWAYS AS (
    id || char(31) || start_day || char(31) || end_day || char(31) || ongoing || char(31) || importance
       || char(31) || category || char(31) || actor_ids || char(31) || when_text || char(31) || title) VIRTUAL;

-- (start_day, id) first: the scan order is the timeline's order, with ties by id.
CREATE INDEX event_window ON event (start_day, id, window_header);
-- event_window serves every query by start_day that event_by_start did.
DROP INDEX event_by_start;

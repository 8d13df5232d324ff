-- Counts per timeline lane and block of 512 days, with each cell's most important event, so that
-- the lane catalogue and the wide overviews ("fit all") read a few thousand summary rows instead
-- of every event_lane row (a full pass cost 1.8 s CPU at 1,000,000 events, ~18 s at 10,000,000;
-- BENCHMARKS.md, "Ten million events"). docs/decisions/0019-lane-block-summary.md says why blocks
-- of 2^9 days and not calendar months. LaneBlocks.BLOCK_SHIFT must match the 9 below.
--
-- lane: the lane key as LaneKeys writes it, for three families:
--   'pair:LO-HI' / 'pair:ID' / 'pair:none'  one per event, from event_lane (its first two countries);
--   'country:ID'                            one per country participant (event_actor, actor.kind);
--                                           'country:none' is not stored: it is exactly 'pair:none';
--   'category:KEY'                          one per event; grouping "none" is the sum of these.
-- block: start_day >> 9 (floor division: 512-day blocks from 1970-01-01, any year, BCE too).
-- top_*: the cell's most important event, earliest start and then lowest id among equals. NULL
--   ("stale") after that event left the cell: the triggers only count, and LaneBlocks.settle
--   recomputes stale tops, once per write, before Library.write commits (a dataset removal
--   deletes thousands of tops; recomputing one by one inside the triggers would be quadratic).
--   A stale cell whose count fell to 0 is deleted by the same settle.
CREATE TABLE lane_block (
    lane           TEXT    NOT NULL,
    block          INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    top_event      INTEGER,
    top_importance INTEGER,
    top_start      INTEGER,
    PRIMARY KEY (lane, block)
) WITHOUT ROWID;
CREATE INDEX lane_block_stale ON lane_block (lane, block) WHERE top_event IS NULL;

-- ---- actor pairs (and 'country:none'): follow event_lane, which V20's triggers keep -------------

CREATE TRIGGER lane_block_pair_insert AFTER INSERT ON event_lane BEGIN
    UPDATE lane_block SET events = events + 1,
           top_event = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.event_id) < (-top_importance, top_start, top_event) THEN new.event_id ELSE top_event END,
           top_importance = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.event_id) < (-top_importance, top_start, top_event) THEN new.importance ELSE top_importance END,
           top_start = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.event_id) < (-top_importance, top_start, top_event) THEN new.start_day ELSE top_start END
     WHERE lane = (CASE WHEN new.actor_a IS NULL THEN 'pair:none' WHEN new.actor_b IS NULL THEN 'pair:' || new.actor_a
                        ELSE 'pair:' || min(new.actor_a, new.actor_b) || '-' || max(new.actor_a, new.actor_b) END)
       AND block = new.start_day >> 9;
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT k, new.start_day >> 9, 1, new.event_id, new.importance, new.start_day
      FROM (SELECT CASE WHEN new.actor_a IS NULL THEN 'pair:none' WHEN new.actor_b IS NULL THEN 'pair:' || new.actor_a
                        ELSE 'pair:' || min(new.actor_a, new.actor_b) || '-' || max(new.actor_a, new.actor_b) END AS k)
     WHERE NOT EXISTS (SELECT 1 FROM lane_block WHERE lane = k AND block = new.start_day >> 9);
END;

CREATE TRIGGER lane_block_pair_delete AFTER DELETE ON event_lane BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.event_id THEN NULL ELSE top_event END
     WHERE lane = (CASE WHEN old.actor_a IS NULL THEN 'pair:none' WHEN old.actor_b IS NULL THEN 'pair:' || old.actor_a
                        ELSE 'pair:' || min(old.actor_a, old.actor_b) || '-' || max(old.actor_a, old.actor_b) END)
       AND block = old.start_day >> 9;
END;

-- An update is a removal from the old cell and an addition to the new one (same statements as above).
CREATE TRIGGER lane_block_pair_update AFTER UPDATE OF start_day, actor_a, actor_b, importance ON event_lane
WHEN old.start_day IS NOT new.start_day OR old.actor_a IS NOT new.actor_a OR old.actor_b IS NOT new.actor_b
  OR old.importance IS NOT new.importance
BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.event_id THEN NULL ELSE top_event END
     WHERE lane = (CASE WHEN old.actor_a IS NULL THEN 'pair:none' WHEN old.actor_b IS NULL THEN 'pair:' || old.actor_a
                        ELSE 'pair:' || min(old.actor_a, old.actor_b) || '-' || max(old.actor_a, old.actor_b) END)
       AND block = old.start_day >> 9;
    UPDATE lane_block SET events = events + 1,
           top_event = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.event_id) < (-top_importance, top_start, top_event) THEN new.event_id ELSE top_event END,
           top_importance = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.event_id) < (-top_importance, top_start, top_event) THEN new.importance ELSE top_importance END,
           top_start = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.event_id) < (-top_importance, top_start, top_event) THEN new.start_day ELSE top_start END
     WHERE lane = (CASE WHEN new.actor_a IS NULL THEN 'pair:none' WHEN new.actor_b IS NULL THEN 'pair:' || new.actor_a
                        ELSE 'pair:' || min(new.actor_a, new.actor_b) || '-' || max(new.actor_a, new.actor_b) END)
       AND block = new.start_day >> 9;
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT k, new.start_day >> 9, 1, new.event_id, new.importance, new.start_day
      FROM (SELECT CASE WHEN new.actor_a IS NULL THEN 'pair:none' WHEN new.actor_b IS NULL THEN 'pair:' || new.actor_a
                        ELSE 'pair:' || min(new.actor_a, new.actor_b) || '-' || max(new.actor_a, new.actor_b) END AS k)
     WHERE NOT EXISTS (SELECT 1 FROM lane_block WHERE lane = k AND block = new.start_day >> 9);
END;

-- ---- categories: follow the event row ----------------------------------------------------------

CREATE TRIGGER lane_block_category_insert AFTER INSERT ON event BEGIN
    UPDATE lane_block SET events = events + 1,
           top_event = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.id ELSE top_event END,
           top_importance = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.importance ELSE top_importance END,
           top_start = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.start_day ELSE top_start END
     WHERE lane = 'category:' || new.category AND block = new.start_day >> 9;
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT 'category:' || new.category, new.start_day >> 9, 1, new.id, new.importance, new.start_day
     WHERE NOT EXISTS (SELECT 1 FROM lane_block WHERE lane = 'category:' || new.category AND block = new.start_day >> 9);
END;

CREATE TRIGGER lane_block_category_delete AFTER DELETE ON event BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.id THEN NULL ELSE top_event END
     WHERE lane = 'category:' || old.category AND block = old.start_day >> 9;
END;

CREATE TRIGGER lane_block_category_update AFTER UPDATE OF start_day, importance, category ON event
WHEN old.start_day IS NOT new.start_day OR old.importance IS NOT new.importance OR old.category IS NOT new.category
BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.id THEN NULL ELSE top_event END
     WHERE lane = 'category:' || old.category AND block = old.start_day >> 9;
    UPDATE lane_block SET events = events + 1,
           top_event = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.id ELSE top_event END,
           top_importance = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.importance ELSE top_importance END,
           top_start = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.start_day ELSE top_start END
     WHERE lane = 'category:' || new.category AND block = new.start_day >> 9;
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT 'category:' || new.category, new.start_day >> 9, 1, new.id, new.importance, new.start_day
     WHERE NOT EXISTS (SELECT 1 FROM lane_block WHERE lane = 'category:' || new.category AND block = new.start_day >> 9);
END;

-- ---- countries: one cell per country participant, at its event's start and importance ---------

CREATE TRIGGER lane_block_country_insert AFTER INSERT ON event_actor
WHEN (SELECT kind FROM actor WHERE id = new.actor_id) = 'country'
BEGIN
    UPDATE lane_block SET events = events + 1,
           top_event = CASE WHEN top_event IS NOT NULL AND (-e.importance, e.start_day, e.id) < (-top_importance, top_start, top_event) THEN e.id ELSE top_event END,
           top_importance = CASE WHEN top_event IS NOT NULL AND (-e.importance, e.start_day, e.id) < (-top_importance, top_start, top_event) THEN e.importance ELSE top_importance END,
           top_start = CASE WHEN top_event IS NOT NULL AND (-e.importance, e.start_day, e.id) < (-top_importance, top_start, top_event) THEN e.start_day ELSE top_start END
      FROM (SELECT id, importance, start_day FROM event WHERE id = new.event_id) e
     WHERE lane = 'country:' || new.actor_id AND block = e.start_day >> 9;
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT 'country:' || new.actor_id, e.start_day >> 9, 1, e.id, e.importance, e.start_day FROM event e
     WHERE e.id = new.event_id
       AND NOT EXISTS (SELECT 1 FROM lane_block WHERE lane = 'country:' || new.actor_id AND block = e.start_day >> 9);
END;

-- A participant removed from an event that stays. When the event itself is deleted, its rows here
-- go by cascade after the event row (the WHEN is false then): lane_block_country_event_delete
-- counted them out before.
CREATE TRIGGER lane_block_country_delete AFTER DELETE ON event_actor
WHEN (SELECT kind FROM actor WHERE id = old.actor_id) = 'country' AND EXISTS (SELECT 1 FROM event WHERE id = old.event_id)
BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.event_id THEN NULL ELSE top_event END
     WHERE lane = 'country:' || old.actor_id
       AND block = (SELECT start_day >> 9 FROM event WHERE id = old.event_id);
END;

-- Before the row goes: its participants are still there to be counted out.
CREATE TRIGGER lane_block_country_event_delete BEFORE DELETE ON event BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.id THEN NULL ELSE top_event END
     WHERE block = old.start_day >> 9
       AND lane IN (SELECT 'country:' || x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                     WHERE x.event_id = old.id AND a.kind = 'country');
END;

CREATE TRIGGER lane_block_country_event_move AFTER UPDATE OF start_day, importance ON event
WHEN old.start_day IS NOT new.start_day OR old.importance IS NOT new.importance
BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.id THEN NULL ELSE top_event END
     WHERE block = old.start_day >> 9
       AND lane IN (SELECT 'country:' || x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                     WHERE x.event_id = new.id AND a.kind = 'country');
    UPDATE lane_block SET events = events + 1,
           top_event = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.id ELSE top_event END,
           top_importance = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.importance ELSE top_importance END,
           top_start = CASE WHEN top_event IS NOT NULL AND (-new.importance, new.start_day, new.id) < (-top_importance, top_start, top_event) THEN new.start_day ELSE top_start END
     WHERE block = new.start_day >> 9
       AND lane IN (SELECT 'country:' || x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                     WHERE x.event_id = new.id AND a.kind = 'country');
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT 'country:' || x.actor_id, new.start_day >> 9, 1, new.id, new.importance, new.start_day
      FROM event_actor x JOIN actor a ON a.id = x.actor_id
     WHERE x.event_id = new.id AND a.kind = 'country'
       AND NOT EXISTS (SELECT 1 FROM lane_block b WHERE b.lane = 'country:' || x.actor_id AND b.block = new.start_day >> 9);
END;

-- A participant row re-pointed (no code does it today; undo writes rows by their key): out and in again.
CREATE TRIGGER lane_block_country_repoint AFTER UPDATE OF event_id, actor_id ON event_actor
WHEN old.event_id IS NOT new.event_id OR old.actor_id IS NOT new.actor_id
BEGIN
    UPDATE lane_block SET events = events - 1,
           top_event = CASE WHEN top_event = old.event_id THEN NULL ELSE top_event END
     WHERE lane = 'country:' || old.actor_id AND (SELECT kind FROM actor WHERE id = old.actor_id) = 'country'
       AND block = (SELECT start_day >> 9 FROM event WHERE id = old.event_id);
    UPDATE lane_block SET events = events + 1, top_event = NULL
     WHERE lane = 'country:' || new.actor_id AND (SELECT kind FROM actor WHERE id = new.actor_id) = 'country'
       AND block = (SELECT start_day >> 9 FROM event WHERE id = new.event_id);
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT 'country:' || new.actor_id, e.start_day >> 9, 1, e.id, e.importance, e.start_day FROM event e
     WHERE e.id = new.event_id AND (SELECT kind FROM actor WHERE id = new.actor_id) = 'country'
       AND NOT EXISTS (SELECT 1 FROM lane_block WHERE lane = 'country:' || new.actor_id AND block = e.start_day >> 9);
END;

-- An actor that becomes, or stops being, a country: its whole lane goes, and comes back counted
-- from its events with stale tops (settled before the commit).
CREATE TRIGGER lane_block_country_kind AFTER UPDATE OF kind ON actor WHEN old.kind IS NOT new.kind BEGIN
    DELETE FROM lane_block WHERE lane = 'country:' || new.id;
    INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
    SELECT 'country:' || new.id, e.start_day >> 9, count(*), NULL, NULL, NULL
      FROM event_actor x JOIN event e ON e.id = x.event_id
     WHERE new.kind = 'country' AND x.actor_id = new.id
     GROUP BY e.start_day >> 9;
END;

-- ---- libraries made before this migration: filled from what is stored, set-based --------------
-- (the cells LaneBlocks.fill computes for a range of event ids, here with window functions; fill
-- packs each cell's top into one rank and groups once, which a bulk load pays on every import)

INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
SELECT lane, block, n, event_id, importance, start_day FROM (
    SELECT lane, start_day >> 9 AS block, event_id, importance, start_day,
           count(*) OVER (PARTITION BY lane, start_day >> 9) AS n,
           row_number() OVER (PARTITION BY lane, start_day >> 9 ORDER BY importance DESC, start_day, event_id) AS rn
      FROM (SELECT CASE WHEN l.actor_a IS NULL THEN 'pair:none' WHEN l.actor_b IS NULL THEN 'pair:' || l.actor_a
                        ELSE 'pair:' || min(l.actor_a, l.actor_b) || '-' || max(l.actor_a, l.actor_b) END AS lane,
                   l.start_day, l.event_id, l.importance FROM event_lane l))
 WHERE rn = 1;

INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
SELECT lane, block, n, event_id, importance, start_day FROM (
    SELECT lane, start_day >> 9 AS block, event_id, importance, start_day,
           count(*) OVER (PARTITION BY lane, start_day >> 9) AS n,
           row_number() OVER (PARTITION BY lane, start_day >> 9 ORDER BY importance DESC, start_day, event_id) AS rn
      FROM (SELECT 'category:' || e.category AS lane, e.start_day, e.id AS event_id, e.importance FROM event e))
 WHERE rn = 1;

INSERT INTO lane_block (lane, block, events, top_event, top_importance, top_start)
SELECT lane, block, n, event_id, importance, start_day FROM (
    SELECT lane, start_day >> 9 AS block, event_id, importance, start_day,
           count(*) OVER (PARTITION BY lane, start_day >> 9) AS n,
           row_number() OVER (PARTITION BY lane, start_day >> 9 ORDER BY importance DESC, start_day, event_id) AS rn
      FROM (SELECT 'country:' || x.actor_id AS lane, e.start_day, e.id AS event_id, e.importance
              FROM event_actor x JOIN actor a ON a.id = x.actor_id JOIN event e ON e.id = x.event_id
             WHERE a.kind = 'country'))
 WHERE rn = 1;

-- Timeline lanes: each event's actor pair (its first two country participants, by position,
-- stored lowest id first; a single country leaves actor_hi NULL) and its start day, kept in step
-- by triggers in the same transaction as the event's participants. The zoomed-out timeline of a
-- big library counts events per lane and time bucket from the covering index below instead of
-- loading every row (1,000,000 events at "fit all").

CREATE TABLE event_lane (
    event_id  INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    start_day INTEGER NOT NULL,
    actor_lo  INTEGER,
    actor_hi  INTEGER,
    importance INTEGER NOT NULL DEFAULT 3
);
-- Covering indexes: counts per lane and bucket, and the most important event of each, read
-- from the index alone.
CREATE INDEX event_lane_by_start ON event_lane (start_day, actor_lo, actor_hi, importance);
CREATE INDEX event_lane_by_pair ON event_lane (actor_lo, actor_hi, start_day, importance);

-- The trigger bodies UPDATE rather than INSERT OR REPLACE: a conflict clause on the statement
-- that fires a trigger (EventStore inserts participants with INSERT OR IGNORE) overrides the
-- trigger's own, which would silently skip the change.
CREATE TRIGGER event_lane_actor_insert AFTER INSERT ON event_actor BEGIN
    UPDATE event_lane
       SET actor_lo = (SELECT min(actor_id) FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                                   WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 2)),
           actor_hi = (SELECT CASE WHEN count(*) = 2 THEN max(actor_id) END
              FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                    WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 2))
     WHERE event_id = new.event_id;
END;

CREATE TRIGGER event_lane_actor_delete AFTER DELETE ON event_actor BEGIN
    UPDATE event_lane
       SET actor_lo = (SELECT min(actor_id) FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                                   WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 2)),
           actor_hi = (SELECT CASE WHEN count(*) = 2 THEN max(actor_id) END
              FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                    WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 2))
     WHERE event_id = old.event_id;
END;

-- An event with no participants yet still gets a row, so counts cover every event.
CREATE TRIGGER event_lane_event_insert AFTER INSERT ON event BEGIN
    INSERT OR IGNORE INTO event_lane (event_id, start_day, importance) VALUES (new.id, new.start_day, new.importance);
END;

CREATE TRIGGER event_lane_event_move AFTER UPDATE OF start_day, importance ON event BEGIN
    UPDATE event_lane SET start_day = new.start_day, importance = new.importance WHERE event_id = new.id;
END;

CREATE TRIGGER event_lane_event_delete AFTER DELETE ON event BEGIN
    DELETE FROM event_lane WHERE event_id = old.id;
END;

-- An actor that becomes (or stops being) a country changes the pairs of its events.
CREATE TRIGGER event_lane_actor_kind AFTER UPDATE OF kind ON actor BEGIN
    UPDATE event_lane
       SET actor_lo = (SELECT min(actor_id) FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                                   WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 2)),
           actor_hi = (SELECT CASE WHEN count(*) = 2 THEN max(actor_id) END
              FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                    WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 2))
     WHERE event_id IN (SELECT event_id FROM event_actor WHERE actor_id = new.id);
END;

-- Libraries made before this migration: fill the table from what is stored.
INSERT INTO event_lane (event_id, start_day, importance, actor_lo, actor_hi)
SELECT e.id, e.start_day, e.importance,
       (SELECT min(actor_id) FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                                   WHERE x.event_id = e.id AND a.kind = 'country' ORDER BY x.position LIMIT 2)),
       (SELECT CASE WHEN count(*) = 2 THEN max(actor_id) END
          FROM (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                WHERE x.event_id = e.id AND a.kind = 'country' ORDER BY x.position LIMIT 2))
  FROM event e;

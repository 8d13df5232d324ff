-- Timeline lanes: each event's actor pair, that is its first two country participants by
-- position (actor_b NULL with one country, both NULL with none), with its start day and
-- importance, kept in step by triggers in the same transaction as the event's participants.
-- The zoomed-out timeline of a big library counts events per lane and time bucket from the
-- covering index below instead of loading every row (1,000,000 events at "fit all"). Lane keys
-- put the lower id first, so Vietnam–Russia and Russia–Vietnam are one lane.

CREATE TABLE event_lane (
    event_id   INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    start_day  INTEGER NOT NULL,
    actor_a    INTEGER,
    actor_b    INTEGER,
    importance INTEGER NOT NULL DEFAULT 3
);
-- Covering: counts per lane and bucket, and the most important event of each, from the index alone.
CREATE INDEX event_lane_by_start ON event_lane (start_day, actor_a, actor_b, importance);

-- An event gets its row when it is stored; its participants fill in the pair.
CREATE TRIGGER event_lane_event_insert AFTER INSERT ON event BEGIN
    INSERT OR IGNORE INTO event_lane (event_id, start_day, importance) VALUES (new.id, new.start_day, new.importance);
END;

-- Participants are stored in position order (EventStore.save and the bulk loader both do), so a
-- new country participant is the first or the second country unless two are known already. This
-- keeps the trigger to one indexed UPDATE per country participant: bulk loads of a million events
-- stay fast. (Trigger bodies avoid INSERT OR REPLACE: the conflict clause of the statement that
-- fires a trigger, here INSERT OR IGNORE, overrides the trigger's own.)
CREATE TRIGGER event_lane_actor_insert AFTER INSERT ON event_actor
WHEN (SELECT kind FROM actor WHERE id = new.actor_id) = 'country'
BEGIN
    UPDATE event_lane
       SET actor_b = CASE WHEN actor_a IS NOT NULL AND actor_a <> new.actor_id THEN new.actor_id END,
           actor_a = coalesce(actor_a, new.actor_id)
     WHERE event_id = new.event_id AND actor_b IS NULL;
END;

-- Removing a participant (an edit replaces them all) recomputes the pair from what remains.
CREATE TRIGGER event_lane_actor_delete AFTER DELETE ON event_actor BEGIN
    UPDATE event_lane
       SET actor_a = (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                       WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 1),
           actor_b = (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                       WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 1 OFFSET 1)
     WHERE event_id = old.event_id;
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
       SET actor_a = (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                       WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 1),
           actor_b = (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
                       WHERE x.event_id = event_lane.event_id AND a.kind = 'country' ORDER BY x.position LIMIT 1 OFFSET 1)
     WHERE event_id IN (SELECT event_id FROM event_actor WHERE actor_id = new.id);
END;

-- Libraries made before this migration: fill the table from what is stored.
INSERT INTO event_lane (event_id, start_day, importance, actor_a, actor_b)
SELECT e.id, e.start_day, e.importance,
       (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
         WHERE x.event_id = e.id AND a.kind = 'country' ORDER BY x.position LIMIT 1),
       (SELECT x.actor_id FROM event_actor x JOIN actor a ON a.id = x.actor_id
         WHERE x.event_id = e.id AND a.kind = 'country' ORDER BY x.position LIMIT 1 OFFSET 1)
  FROM event e;

-- The R*Tree of time spans now holds only events longer than 32 days (year-precision dates,
-- long ranges, ongoing ties): about one event in eight. Since V70 a window's events that start
-- inside it come from the event_window index; those that began earlier and reach into it are
-- either long (the R*Tree's stabbing query) or began at most 32 days before the window (a short
-- range scan of event_window, EventStore.window). Inserting into the R*Tree cost ~15 µs per
-- event in a bulk load, the largest single share of a million-row import (BENCHMARKS.md, #7).
-- 32 days covers every day- and month-precision date; EventStore.SHORT_SPAN_DAYS must match.

DROP TRIGGER event_span_insert;
DROP TRIGGER event_span_update;
DROP TRIGGER event_span_delete;
DROP TABLE event_span;

CREATE VIRTUAL TABLE event_span USING rtree_i32 (id, first_day, last_day);
INSERT INTO event_span (id, first_day, last_day)
    SELECT id, start_day, end_day - 1 FROM event WHERE end_day - start_day > 32 ORDER BY id;

CREATE TRIGGER event_span_insert AFTER INSERT ON event WHEN new.end_day - new.start_day > 32 BEGIN
    INSERT INTO event_span (id, first_day, last_day) VALUES (new.id, new.start_day, new.end_day - 1);
END;
-- A changed event may cross the threshold either way: drop its span and add it again if long.
CREATE TRIGGER event_span_update AFTER UPDATE OF start_day, end_day ON event BEGIN
    DELETE FROM event_span WHERE id = old.id;
    INSERT INTO event_span (id, first_day, last_day)
        SELECT new.id, new.start_day, new.end_day - 1 WHERE new.end_day - new.start_day > 32;
END;
CREATE TRIGGER event_span_delete AFTER DELETE ON event BEGIN
    DELETE FROM event_span WHERE id = old.id;
END;

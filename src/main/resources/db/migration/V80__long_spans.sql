-- The R*Tree of time spans now holds only events longer than one day (month- and year-precision
-- dates, ranges, ongoing ties): about a third of a typical library. It answers one question since
-- V70 (the events that start inside a window come from the event_window index): which events
-- began before a window and still reach into it? A one-day event never does, as it ends when its
-- day does. Inserting into the R*Tree cost ~15 µs per event in a bulk load, the largest single
-- share of a million-row import (docs/decisions/0007-long-spans-only-in-rtree.md).
-- EventStore.SPANS_LONGER_THAN must match the 1 below.

DROP TRIGGER event_span_insert;
DROP TRIGGER event_span_update;
DROP TRIGGER event_span_delete;
DROP TABLE event_span;

CREATE VIRTUAL TABLE event_span USING rtree_i32 (id, first_day, last_day);
INSERT INTO event_span (id, first_day, last_day)
    SELECT id, start_day, end_day - 1 FROM event WHERE end_day - start_day > 1 ORDER BY id;

CREATE TRIGGER event_span_insert AFTER INSERT ON event WHEN new.end_day - new.start_day > 1 BEGIN
    INSERT INTO event_span (id, first_day, last_day) VALUES (new.id, new.start_day, new.end_day - 1);
END;
-- A changed event may cross the threshold either way: drop its span and add it again if long.
CREATE TRIGGER event_span_update AFTER UPDATE OF start_day, end_day ON event BEGIN
    DELETE FROM event_span WHERE id = old.id;
    INSERT INTO event_span (id, first_day, last_day)
        SELECT new.id, new.start_day, new.end_day - 1 WHERE new.end_day - new.start_day > 1;
END;
CREATE TRIGGER event_span_delete AFTER DELETE ON event BEGIN
    DELETE FROM event_span WHERE id = old.id;
END;

-- Reported changes of trade (issue #17): "Vietnam–Russia trade grew 2.3 % in 2023" as one side's
-- statistics put it, whether or not a level for that year is known. Kept in a table of its own
-- beside trade_figure (levels in US dollars) so that nothing summing levels can take in a
-- percentage. change_percent is the number as reported, written as a decimal string ("2.3",
-- "-35", "45.5"): TEXT keeps 2.3 exactly (a REAL would hold 2.29999...). One claim per reporter,
-- partner, year and flow, like the levels.
CREATE TABLE trade_change (
    id             INTEGER PRIMARY KEY,
    reporter_id    INTEGER NOT NULL REFERENCES actor (id),
    partner_id     INTEGER NOT NULL REFERENCES actor (id),
    year           INTEGER NOT NULL,
    flow           TEXT NOT NULL CHECK (flow IN ('export', 'import', 'total')),
    change_percent TEXT NOT NULL CHECK (typeof(change_percent) = 'text' AND change_percent <> '' AND CAST(change_percent AS REAL) >= -100),
    quality        TEXT NOT NULL DEFAULT 'reported' CHECK (quality IN ('reported', 'approximate', 'unsure')),
    source_id      INTEGER REFERENCES source (id),
    locator        TEXT,
    origin         TEXT NOT NULL DEFAULT 'user',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (reporter_id, partner_id, year, flow)
);
CREATE INDEX trade_change_by_partner ON trade_change (partner_id, reporter_id, flow, year);

-- Network diagram: where nodes were placed, per layout, so a drawing the user arranged by hand
-- (dragged and pinned nodes) comes back as it was. Layout keys: 'force', 'ego'.
CREATE TABLE network_position (
    layout   TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    x        REAL NOT NULL,
    y        REAL NOT NULL,
    pinned   INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    PRIMARY KEY (layout, actor_id)
) WITHOUT ROWID;

-- Entente library, schema 1. Days are proleptic-Gregorian epoch days (1970-01-01 = 0);
-- *_text columns keep each date at its own precision ("2012-07", "~2001", "-0044-03-15").

PRAGMA application_id = 1164866661; -- 0x456E7465, "Ente": marks the file as an Entente library

CREATE TABLE library_info (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE actor (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('country', 'organisation', 'person', 'bloc')),
    iso3       TEXT UNIQUE CHECK (iso3 IS NULL OR length(iso3) = 3),
    colour     TEXT,
    origin     TEXT NOT NULL DEFAULT 'user',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE source (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    publisher  TEXT,
    author     TEXT,
    date_text  TEXT,
    url        TEXT,
    accessed   TEXT,
    note       TEXT,
    origin     TEXT NOT NULL DEFAULT 'user',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE category (
    key    TEXT PRIMARY KEY,
    label  TEXT NOT NULL,
    colour TEXT
) WITHOUT ROWID;

INSERT INTO category (key, label) VALUES
    ('state-visit', 'State visit'), ('meeting', 'Meeting'), ('agreement', 'Agreement'),
    ('partnership-change', 'Partnership change'), ('un-vote', 'UN vote'),
    ('leadership-change', 'Leadership change'), ('statement', 'Statement'),
    ('economic', 'Economic'), ('military', 'Military'), ('other', 'Other');

CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    when_text  TEXT NOT NULL,
    start_day  INTEGER NOT NULL,
    end_day    INTEGER NOT NULL,          -- exclusive; ongoing events carry 2^31-1
    ongoing    INTEGER NOT NULL DEFAULT 0,
    category   TEXT NOT NULL REFERENCES category (key),
    place      TEXT,
    summary    TEXT,
    importance INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
    origin     TEXT NOT NULL DEFAULT 'user',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (end_day > start_day)
);
CREATE INDEX event_by_start ON event (start_day);
CREATE INDEX event_by_category ON event (category, start_day);

-- Time windows: an R*Tree over each event's [start_day, end_day - 1], kept by triggers in the
-- same transaction, so "what overlaps this window" stays fast with long and ongoing events.
CREATE VIRTUAL TABLE event_span USING rtree_i32 (id, first_day, last_day);
CREATE TRIGGER event_span_insert AFTER INSERT ON event BEGIN
    INSERT INTO event_span (id, first_day, last_day) VALUES (new.id, new.start_day, new.end_day - 1);
END;
CREATE TRIGGER event_span_update AFTER UPDATE OF start_day, end_day ON event BEGIN
    UPDATE event_span SET first_day = new.start_day, last_day = new.end_day - 1 WHERE id = new.id;
END;
CREATE TRIGGER event_span_delete AFTER DELETE ON event BEGIN
    DELETE FROM event_span WHERE id = old.id;
END;

CREATE TABLE event_actor (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actor (id),
    role     TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_actor_by_actor ON event_actor (actor_id, event_id);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE event_tag (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id),
    PRIMARY KEY (event_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX event_tag_by_tag ON event_tag (tag_id, event_id);

-- Citations of sources by events and partnerships ('event' or 'partnership' in record_kind).
CREATE TABLE citation (
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source (id),
    locator     TEXT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (record_kind, record_id, source_id)
) WITHOUT ROWID;
CREATE INDEX citation_by_source ON citation (source_id);

CREATE TABLE partnership_level (
    key   TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    rank  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO partnership_level (key, label, rank) VALUES
    ('free-trade-agreement', 'Free-trade agreement', 5),
    ('comprehensive', 'Comprehensive partnership', 10),
    ('strategic', 'Strategic partnership', 20),
    ('comprehensive-strategic', 'Comprehensive strategic partnership', 30),
    ('alliance', 'Alliance', 40);

CREATE TABLE partnership (
    id            INTEGER PRIMARY KEY,
    actor_a       INTEGER NOT NULL REFERENCES actor (id),
    actor_b       INTEGER NOT NULL REFERENCES actor (id),
    level         TEXT NOT NULL REFERENCES partnership_level (key),
    official_name TEXT,
    from_text     TEXT NOT NULL,
    from_day      INTEGER NOT NULL,
    until_text    TEXT,
    until_day     INTEGER,                -- first day no longer in force; NULL while ongoing
    note          TEXT,
    origin        TEXT NOT NULL DEFAULT 'user',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (actor_a <> actor_b),
    CHECK (until_day IS NULL OR until_day > from_day)
);
CREATE INDEX partnership_by_pair ON partnership (actor_a, actor_b, from_day);
CREATE INDEX partnership_by_from ON partnership (from_day);

CREATE TABLE trade_figure (
    id          INTEGER PRIMARY KEY,
    reporter_id INTEGER NOT NULL REFERENCES actor (id),
    partner_id  INTEGER NOT NULL REFERENCES actor (id),
    year        INTEGER NOT NULL,
    flow        TEXT NOT NULL CHECK (flow IN ('export', 'import', 'total')),
    value_usd   INTEGER NOT NULL CHECK (value_usd >= 0),
    quality     TEXT NOT NULL DEFAULT 'reported' CHECK (quality IN ('reported', 'approximate', 'unsure')),
    source_id   INTEGER REFERENCES source (id),
    locator     TEXT,
    origin      TEXT NOT NULL DEFAULT 'user',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (reporter_id, partner_id, year, flow)
);
CREATE INDEX trade_by_partner ON trade_figure (partner_id, reporter_id, flow, year);

CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    record_kind TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    text        TEXT NOT NULL,
    tags        TEXT NOT NULL DEFAULT '',   -- '|'-separated
    highlight   TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX note_by_record ON note (record_kind, record_id);

CREATE TABLE period (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    when_text  TEXT NOT NULL,
    start_day  INTEGER NOT NULL,
    end_day    INTEGER NOT NULL,
    colour     TEXT,
    note       TEXT,
    origin     TEXT NOT NULL DEFAULT 'user',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE event_link (
    id         INTEGER PRIMARY KEY,
    from_event INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    to_event   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('led-to', 'in-response-to', 'follow-up-of')),
    UNIQUE (from_event, to_event, kind)
);
CREATE INDEX event_link_by_to ON event_link (to_event);

-- Full-text search over events: title, summary, participant names and the event's notes, all
-- folded by the application (lower case, no accents, đ as d) so that "To Lam" finds "Tô Lâm".
-- Contentless: the text lives in the tables above; rows are kept in step by the repositories
-- inside the same transactions. rowid = event.id.
CREATE VIRTUAL TABLE event_fts USING fts5 (
    title, summary, participants, notes,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

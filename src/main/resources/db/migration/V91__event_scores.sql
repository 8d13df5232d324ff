-- Event scores (issue #17): the numbers a coded event file (GDELT) gives each event beside what an
-- Entente event already holds. One row per scored event; an event typed by hand has none.
-- Goldstein is the CAMEO event code's score on the Goldstein scale (-10 conflict .. +10
-- cooperation); avg_tone is the mean tone of the articles (-100 .. +100); mentions, sources and
-- articles are GDELT's counts. cameo_code is the full CAMEO event code ("0423"); the root (its
-- first two digits) is the event's category. gdelt_id is GDELT's GLOBALEVENTID, unique, so that
-- importing the same file twice skips the rows already there.
CREATE TABLE event_score (
    event_id   INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    goldstein  REAL,
    avg_tone   REAL,
    mentions   INTEGER,
    sources    INTEGER,
    articles   INTEGER,
    cameo_code TEXT,
    gdelt_id   INTEGER
);
CREATE UNIQUE INDEX event_score_by_gdelt_id ON event_score (gdelt_id) WHERE gdelt_id IS NOT NULL;

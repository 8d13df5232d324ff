-- The roll-call votes (participants whose role is yes, abstain or no) found through an index of
-- their own. RollCallStore's fingerprint and read (the UN agreement of the network view and of
-- Measures) walked every participant of every "UN vote" event to find the votes: at ten million
-- events, with 0.9 million such events and no vote among their 1.8 million participants, that was
-- two passes of 3.3 s each on every first read of the network (BENCHMARKS.md, "Network view at
-- 10M"). Through this index a UN-vote event's votes are one seek, and an event without votes costs
-- a seek that finds nothing. Partial, so that it holds the votes alone: the shipped UN dataset's
-- 870,109, none of the other participants. The expression must stay the same as RollCallStore's
-- (SQLite uses a partial index only for a query that repeats its WHERE term).
CREATE INDEX event_actor_vote ON event_actor (event_id, actor_id, role) WHERE lower(role) IN ('yes', 'abstain', 'no');

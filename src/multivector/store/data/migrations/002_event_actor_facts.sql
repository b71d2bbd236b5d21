-- Schema v2: event_actors child rows carry the event facts that analyses filter and aggregate on, so the
-- dyad, tilt and network queries are one filtered scan of event_actors without a join to events on text ids.
--   event_key      integer key shared by all rows of one event (unique per event; joins rows of an event)
--   status, event_date, quad_class, goldstein, cluster_id   copies of the events columns
--   no_recipients  the event has no recipients (len(events.recipients) = 0): a symmetric event
-- The store keeps these copies equal to events on write_batch, replace_events and write_clusters.
-- Existing rows are backfilled here; the table is rebuilt ordered by event_date (zonemaps for date ranges).
CREATE TABLE event_actors_v2 (
    event_id VARCHAR,
    article_id VARCHAR,
    side VARCHAR,
    position INTEGER,
    code VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    event_key BIGINT,
    status VARCHAR,
    event_date DATE,
    quad_class INTEGER,
    goldstein DOUBLE,
    no_recipients BOOLEAN,
    cluster_id VARCHAR
);

INSERT INTO event_actors_v2
SELECT ea.event_id, ea.article_id, ea.side, ea.position, ea.code, ea.country, ea.sector,
       e.event_key, e.status, e.event_date, e.quad_class, e.goldstein, len(e.recipients) = 0, e.cluster_id
FROM event_actors ea
LEFT JOIN (SELECT id, row_number() OVER () AS event_key, status, event_date, quad_class, goldstein, recipients,
                  cluster_id FROM events) e ON e.id = ea.event_id
ORDER BY e.event_date NULLS LAST, e.event_key, ea.side, ea.position;

DROP TABLE event_actors;

ALTER TABLE event_actors_v2 RENAME TO event_actors;

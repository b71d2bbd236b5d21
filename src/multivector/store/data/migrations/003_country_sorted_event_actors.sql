-- Schema v3: event_actors is stored sorted by (country, event_date, event_key), so a query filtered on a few
-- countries (dyads, tilt, networks of one state) reads only their row groups: DuckDB keeps min/max per column
-- and row group (zonemaps) and skips groups whose country range cannot match.
-- New rows are appended unsorted (the "tail"); EventStore.optimize() re-sorts when the tail is large.
-- store_layout records the largest event_key that was in the table when it was last sorted.
CREATE TABLE store_layout (name VARCHAR PRIMARY KEY, value BIGINT);

CREATE TABLE event_actors_v3 AS
SELECT * FROM event_actors ORDER BY country NULLS LAST, event_date NULLS LAST, event_key, side, position;

DROP TABLE event_actors;

ALTER TABLE event_actors_v3 RENAME TO event_actors;

INSERT INTO store_layout SELECT 'event_actors_sorted_key', coalesce(max(event_key), 0) FROM event_actors;

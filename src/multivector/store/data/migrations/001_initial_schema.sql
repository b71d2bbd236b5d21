-- Schema v1: articles, coded events with their actor child rows, quarantine and event clusters.
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    date DATE,
    source VARCHAR,
    url VARCHAR,
    origin VARCHAR,
    text VARCHAR,
    n_events INTEGER,
    coder_version VARCHAR,
    ingested_at TIMESTAMP
);

CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    sentence_index INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    text VARCHAR,
    trigger VARCHAR,
    event_type VARCHAR,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    actors STRUCT(text VARCHAR, id VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR)[],
    recipients STRUCT(text VARCHAR, id VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR)[],
    status VARCHAR,
    speaker STRUCT(text VARCHAR, id VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR),
    quote VARCHAR,
    date DATE,
    date_text VARCHAR,          -- the event's date as written when it is not a full ISO day ("2025-09")
    date_precision VARCHAR,
    date_source VARCHAR,
    event_date DATE,            -- date, else the article's publication date
    location STRUCT(name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT),
    confidence DOUBLE,
    rule VARCHAR,
    coder_version VARCHAR,
    cluster_id VARCHAR
);

CREATE TABLE event_actors (
    event_id VARCHAR,
    article_id VARCHAR,
    side VARCHAR,               -- actor | recipient
    position INTEGER,
    code VARCHAR,
    country VARCHAR,
    sector VARCHAR
);

CREATE TABLE quarantine (
    id VARCHAR,
    input VARCHAR,
    line INTEGER,
    error_code VARCHAR,
    error VARCHAR,
    "at" TIMESTAMP
);

CREATE TABLE clusters (
    id VARCHAR PRIMARY KEY,
    event_type VARCHAR,
    cameo_root VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    status VARCHAR,
    first_date DATE,
    last_date DATE,
    actor_countries VARCHAR[],
    recipient_countries VARCHAR[],
    n_mentions INTEGER,
    n_articles INTEGER,
    n_sources INTEGER,
    first_seen TIMESTAMP,
    last_seen TIMESTAMP,
    representative_event_id VARCHAR
);

-- Several Warrant instances on one PostgreSQL (decision 0019). Each running instance has a row, refreshed every
-- few seconds; who is on which map lives in the database so that editors on other instances see them. A lost
-- instance stops refreshing its row, and its people disappear from the maps once the row is stale.
-- H2 (one instance) has the tables and leaves them empty.
CREATE TABLE cluster_instance (
    id         VARCHAR(40)              NOT NULL PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE map_presence (
    instance_id VARCHAR(40)  NOT NULL REFERENCES cluster_instance (id) ON DELETE CASCADE,
    map_id      BIGINT       NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    editing     BIGINT,
    PRIMARY KEY (instance_id, map_id, username)
);
CREATE INDEX map_presence_map ON map_presence (map_id);
